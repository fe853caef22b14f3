import Foundation
import Testing

@Suite("kompass exit codes and error output")
struct ExitCodeTests {
  @Test("0: a valid evaluation")
  func success() throws {
    let result = try KompassProcess.run(["validate", "Evaluations/kumla-2020.json"])
    #expect(result.exitCode == 0)
  }

  @Test(
    "1: an invalid evaluation; every problem on standard error with file, line, path and message")
  func invalidInput() throws {
    let folder = try KompassProcess.temporaryFolder()
    let original = try String(
      contentsOf: KompassProcess.packageRoot.appendingPathComponent("Evaluations/kumla-2020.json"),
      encoding: .utf8)
    let broken =
      original
      .replacingOccurrences(of: "\"points\": 4.8,", with: "\"points\": 12,")
      .replacingOccurrences(of: "\"code\": \"1881\"", with: "\"code\": \"188\"")
    let file = folder.appendingPathComponent("kumla.json")
    try broken.write(to: file, atomically: true, encoding: .utf8)
    let before = try Data(contentsOf: file)

    let result = try KompassProcess.run(["score", "--language", "en", "kumla.json"], in: folder)
    #expect(result.exitCode == 1)
    #expect(result.standardOutput.isEmpty)
    #expect(
      result.standardError == """
        kumla.json:7:13: error: municipality.code: the municipality code must be SCB's four-digit code in quotes, for example "1881" for Kumla, but is "188"
        kumla.json:102:21: error: areas[0].subAreas[1].points: sub-area 1.2: the points 12 are above the maximum 10; allowed is 0–10

        """)
    #expect(try Data(contentsOf: file) == before, "the input file must not change")
  }

  @Test("1: a file that does not exist")
  func missingFile() throws {
    let result = try KompassProcess.run(["score", "no-such-file.json"])
    #expect(result.exitCode == 1)
    #expect(result.standardError == "no-such-file.json: fel: filen finns inte\n")
  }

  @Test("1: a JSON syntax error names line and column")
  func syntaxError() throws {
    let folder = try KompassProcess.temporaryFolder()
    try "{\n  \"rubric\": \"kommunkompassen-2020\"\n  \"date\": \"2020-11\"\n}\n".write(
      to: folder.appendingPathComponent("trasig.json"), atomically: true, encoding: .utf8)
    let result = try KompassProcess.run(["validate", "trasig.json"], in: folder)
    #expect(result.exitCode == 1)
    #expect(
      result.standardError
        == "trasig.json:3:3: fel: ogiltig JSON: kommatecken eller } väntades efter värdet för \"rubric\" men filen har tecknet \"\n"
    )
  }

  @Test("1: validate checks every file and fails if any is invalid")
  func validateMany() throws {
    let result = try KompassProcess.run(["validate", "Evaluations/kumla-2020.json", "saknas.json"])
    #expect(result.exitCode == 1)
    #expect(result.standardOutput.hasPrefix("Evaluations/kumla-2020.json: giltig"))
    #expect(result.standardError == "saknas.json: fel: filen finns inte\n")
  }

  struct UsageCase: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var testDescription: String { arguments.joined(separator: " ") }
  }

  @Test(
    "2: usage errors",
    arguments: [
      UsageCase(arguments: ["score"]),
      UsageCase(arguments: ["score", "--format", "pdf", "Evaluations/kumla-2020.json"]),
      UsageCase(arguments: ["score", "--language", "fi", "Evaluations/kumla-2020.json"]),
      UsageCase(arguments: ["frobnicate"]),
      UsageCase(arguments: ["init", "--date", "2026-03-01"]),
      UsageCase(arguments: [
        "init", "--municipality", "Kumla kommun", "--code", "188", "--date", "2026-03-01",
      ]),
      UsageCase(arguments: [
        "init", "--municipality", "Kumla kommun", "--code", "1881", "--date", "2026-02-30",
      ]),
    ])
  func usageError(_ testCase: UsageCase) throws {
    let result = try KompassProcess.run(testCase.arguments)
    #expect(result.exitCode == 2)
    #expect(result.standardOutput.isEmpty)
    #expect(!result.standardError.isEmpty)
  }

  @Test("The help documents the exit codes")
  func helpDocumentsExitCodes() throws {
    let help = try KompassProcess.run(["--help"]).standardOutput
    #expect(help.contains("0  allt gick bra / success"))
    #expect(help.contains("1  ogiltig indata"))
    #expect(help.contains("2  felaktigt kommando"))
  }
}
