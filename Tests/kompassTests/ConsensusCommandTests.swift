import Foundation
import KompassTestSupport
import Testing

@testable import KommunKompass

/// `kompass consensus`, `validate` and `report --proposals` on the made-up evaluators' files in
/// `Tests/kompassTests/Fixtures/consensus/` (Testby kommun, 1899, fictitious; so are all figures).
@Suite("kompass consensus")
struct ConsensusCommandTests {
  static let fixtures = KompassProcess.packageRoot.appendingPathComponent(
    "Tests/kompassTests/Fixtures")
  static let anna = "consensus/testby-2024-anna.json"
  static let bo = "consensus/testby-2024-bo.json"
  static let cecilia = "consensus/testby-2024-cecilia.json"
  static let agreed = "consensus/testby-2024-konsensus.json"

  struct Case: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var snapshot: String
    var testDescription: String { "kompass " + arguments.joined(separator: " ") }
  }

  static let cases: [Case] = [
    Case(arguments: ["consensus", anna, bo], snapshot: "consensus-two.sv.txt"),
    Case(
      arguments: ["consensus", "--language", "en", anna, bo, cecilia],
      snapshot: "consensus-three.en.txt"),
    Case(
      arguments: ["consensus", "--format", "markdown", anna, bo, cecilia],
      snapshot: "consensus-three.sv.md"),
    Case(
      arguments: ["consensus", "--format", "json", anna, bo, cecilia],
      snapshot: "consensus-three.sv.json"),
    Case(
      arguments: ["consensus", "--format", "csv", anna, bo, cecilia],
      snapshot: "consensus-three.sv.excel.csv"),
    Case(
      arguments: [
        "consensus", "--format", "csv", "--csv-dialect", "rfc4180", "--language", "en",
        "--threshold", "10", anna, bo,
      ],
      snapshot: "consensus-two-10.en.rfc4180.csv"),
    Case(
      arguments: [
        "consensus", "consensus/testby-2024-omraden-anna.json",
        "consensus/testby-2024-omraden-bo.json",
      ],
      snapshot: "consensus-areas.sv.txt"),
    Case(
      arguments: ["report", agreed, "--proposals", "--format", "markdown", "--output", "-"],
      snapshot: "report-proposals.sv.md"),
    Case(
      arguments: [
        "report", agreed, "--proposals", "--format", "markdown", "--language", "en", "--output",
        "-",
      ],
      snapshot: "report-proposals.en.md"),
  ]

  @Test("Output equals the golden file, with nothing on standard error", arguments: cases)
  func goldenOutput(_ testCase: Case) throws {
    let result = try KompassProcess.run(testCase.arguments, in: Self.fixtures)
    #expect(result.exitCode == 0, "\(result.standardError)")
    #expect(result.standardError == "")
    try Snapshot.assertMatches(result.standardOutput, named: testCase.snapshot)
  }

  @Test("Without --proposals the published report shows only the agreed figures")
  func reportWithoutProposals() throws {
    let result = try KompassProcess.run(
      ["report", Self.agreed, "--format", "markdown", "--output", "-"], in: Self.fixtures)
    #expect(result.exitCode == 0)
    #expect(!result.standardOutput.contains("Bilaga"))
    // The evaluators are named once, as the report's authors; none of their own proposals shows.
    #expect(result.standardOutput.components(separatedBy: "Bo Berg").count == 2)
    let with = try KompassProcess.run(
      ["report", Self.agreed, "--proposals", "--output", "-"], in: Self.fixtures)
    #expect(with.exitCode == 0)
    #expect(with.standardOutput.contains("<section id=\"proposals\">"))
    #expect(with.standardOutput.contains("Bo Berg (påhittad)"))
  }

  @Test("report --proposals on an evaluation without proposals is refused")
  func reportProposalsRefused() throws {
    let result = try KompassProcess.run(
      ["report", Self.anna, "--proposals", "--output", "-"], in: Self.fixtures)
    #expect(result.exitCode == 1)
    #expect(
      result.standardError
        == "\(Self.anna): fel: --proposals kräver en konsensusutvärdering med förslag (\"proposals\"), som kompass consensus --output skriver\n"
    )
  }

  /// Copies the evaluators' files into a fresh folder, where the commands then run.
  static func workspace() throws -> URL {
    let folder = try KompassProcess.temporaryFolder()
    for file in [anna, bo, cecilia] {
      try FileManager.default.copyItem(
        at: fixtures.appendingPathComponent(file),
        to: folder.appendingPathComponent(URL(fileURLWithPath: file).lastPathComponent))
    }
    return folder
  }

  @Test("The draft's round trip: consensus --output, validate, edit, validate, score, compare")
  func roundTrip() throws {
    let folder = try Self.workspace()
    let write = try KompassProcess.run(
      [
        "consensus", "testby-2024-anna.json", "testby-2024-bo.json", "--output",
        "konsensus.json",
      ], in: folder)
    #expect(write.exitCode == 0, "\(write.standardError)")
    #expect(
      write.standardError
        == "Skrev konsensus.json: 4 av 35 delområden väntar på konsensus: 1.3, 1.4, 3.2, 6.3.\n")
    #expect(write.standardOutput.hasPrefix("Testby kommun (1899): underlag för konsensusmöte\n"))

    let validate = try KompassProcess.run(["validate", "konsensus.json"], in: folder)
    #expect(validate.exitCode == 0)
    #expect(
      validate.standardOutput
        == "konsensus.json: giltigt konsensusutkast (Testby kommun, 2024-10-15, 4 av 35 delområden väntar på konsensus)\n"
    )
    #expect(
      validate.standardError
        == "konsensus.json: varning: 4 delområden väntar på konsensus: 1.3, 1.4, 3.2, 6.3\n")
    let english = try KompassProcess.run(
      ["validate", "--language", "en", "konsensus.json"], in: folder)
    #expect(
      english.standardError
        == "konsensus.json: warning: 4 sub-areas await consensus: 1.3, 1.4, 3.2, 6.3\n")

    // The draft's report shows what is still open.
    let draftReport = try KompassProcess.run(
      ["report", "konsensus.json", "--proposals", "--format", "markdown", "--output", "-"],
      in: folder)
    #expect(draftReport.exitCode == 0)
    #expect(
      draftReport.standardOutput.contains(
        "| 6.3 Förbättringsarbete | 30 | 15 | 25 | 10 (33\u{A0}%) | väntar på konsensus |"))

    // The group agrees: 1.3 18, 1.4 not assessed, 3.2 29, 6.3 20.
    let url = folder.appendingPathComponent("konsensus.json")
    var text = try String(contentsOf: url, encoding: .utf8)
    for (id, value) in [
      ("1.3", "18"), ("3.2", "29"), ("6.3", "20"),
    ] {
      let pattern = try NSRegularExpression(
        pattern:
          "(\"id\": \"\(NSRegularExpression.escapedPattern(for: id))\",\\n\\s+\"title\": \"[^\"]*\",\\n\\s+)\"points\": null"
      )
      let range = NSRange(text.startIndex..., in: text)
      #expect(pattern.numberOfMatches(in: text, range: range) == 1)
      text = pattern.stringByReplacingMatches(
        in: text, range: range, withTemplate: "$1\"points\": \(value)")
    }
    text = text.replacingOccurrences(
      of: "\"title\": \"Transparens kring resultat\",\n          \"points\": null",
      with:
        "\"title\": \"Transparens kring resultat\",\n          \"notAssessed\": \"Ingen intervju\"")
    try text.write(to: url, atomically: true, encoding: .utf8)

    let valid = try KompassProcess.run(["validate", "konsensus.json"], in: folder)
    #expect(valid.exitCode == 0)
    #expect(valid.standardError == "")
    #expect(
      valid.standardOutput
        == "konsensus.json: giltig konsensusutvärdering (Testby kommun, 2024-10-15, 35 delområden)\n"
    )
    let score = try KompassProcess.run(["score", "--format", "json", "konsensus.json"], in: folder)
    #expect(score.exitCode == 0)
    #expect(score.standardError == "")
    let loaded = try #require(Evaluation.load(contentsOf: url).value)
    let rubric = try #require(RubricCatalog.bundled.rubric(id: loaded.rubricID))
    let scorecard = ScoringEngine(rubric: rubric).score(loaded)
    // Anna's 436 of 780 assessed (8.2 not assessed), but 1.3 18 (−3), 3.2 29 (−4), 6.3 20 (+5),
    // 1.4 not assessed (−5, and 10 off the maximum), 2.2 agreed 15 (mean 14.5, +3), 4.1 12 (mean
    // 11.5, +2).
    #expect(scorecard.total.points == 434)
    #expect(scorecard.total.assessedMaxPoints == 770)
    let compare = try KompassProcess.run(
      ["compare", "testby-2024-anna.json", "konsensus.json", "--allow-same-date"], in: folder)
    #expect(compare.exitCode == 0, "\(compare.standardError)")
  }

  @Test("An existing draft is replaced only with --force")
  func noOverwriteWithoutForce() throws {
    let folder = try Self.workspace()
    let arguments = [
      "consensus", "testby-2024-anna.json", "testby-2024-bo.json", "--output", "konsensus.json",
    ]
    let url = folder.appendingPathComponent("konsensus.json")
    try "{\"redigerad\": true}\n".write(to: url, atomically: true, encoding: .utf8)
    let refused = try KompassProcess.run(arguments, in: folder)
    #expect(refused.exitCode == 1)
    #expect(refused.standardError.contains("konsensus.json"))
    #expect(refused.standardError.contains("--force"))
    #expect(try String(contentsOf: url, encoding: .utf8) == "{\"redigerad\": true}\n")
    let forced = try KompassProcess.run(arguments + ["--force"], in: folder)
    #expect(forced.exitCode == 0, "\(forced.standardError)")
    #expect(Evaluation.load(contentsOf: url).value?.idsAwaitingConsensus.count == 4)
    // Never an input, also with --force.
    let input = try KompassProcess.run(
      [
        "consensus", "testby-2024-anna.json", "testby-2024-bo.json", "--output",
        "./testby-2024-bo.json", "--force",
      ], in: folder)
    #expect(input.exitCode == 1)
  }

  @Test(
    "Files of another date or municipality are refused with the file, line:column, path and reason"
  )
  func refusedMismatch() throws {
    let folder = try Self.workspace()
    let bo = folder.appendingPathComponent("testby-2024-bo.json")
    let text = try String(contentsOf: bo, encoding: .utf8)
    try text.replacingOccurrences(of: "\"2024-10-15\"", with: "\"2024-10-20\"")
      .replacingOccurrences(of: "\"1899\"", with: "\"1898\"")
      .write(to: bo, atomically: true, encoding: .utf8)
    let result = try KompassProcess.run(
      ["consensus", "testby-2024-anna.json", "testby-2024-bo.json"], in: folder)
    #expect(result.exitCode == 1)
    #expect(result.standardOutput == "")
    #expect(
      result.standardError == """
        testby-2024-bo.json:6:13: fel: municipality.code: filen gäller Testby kommun (1898), inte Testby kommun (1899) som testby-2024-anna.json; en konsensus gäller en kommun
        testby-2024-bo.json:9:11: fel: date: datumet 2024-10-20 är inte 2024-10-15 som i testby-2024-anna.json; alla utvärderare bedömer samma tillfälle (tillåt olika datum med --allow-different-dates)

        """)
    let english = try KompassProcess.run(
      [
        "consensus", "--language", "en", "--allow-different-dates", "testby-2024-anna.json",
        "testby-2024-bo.json",
      ], in: folder)
    #expect(english.exitCode == 1)
    #expect(
      english.standardError == """
        testby-2024-bo.json:6:13: error: municipality.code: the file is about Testby kommun (1898), not Testby kommun (1899) like testby-2024-anna.json; a consensus is about one municipality
        testby-2024-bo.json:9:11: warning: date: the date 2024-10-20 is not 2024-10-15 as in testby-2024-anna.json; the consensus takes the latest date, as asked

        """)
  }

  @Test("An evaluator's name cannot steer the terminal or the spreadsheet")
  func hostileNames() throws {
    let folder = try Self.workspace()
    for (file, name) in [
      ("testby-2024-anna.json", "=HYPERLINK(\\\"x\\\")"), ("testby-2024-bo.json", "Bo\\u001b[2J"),
    ] {
      let url = folder.appendingPathComponent(file)
      let text = try String(contentsOf: url, encoding: .utf8)
      let original = file.contains("anna") ? "Anna Andersson (påhittad)" : "Bo Berg (påhittad)"
      try text.replacingOccurrences(of: "\"\(original)\"", with: "\"\(name)\"")
        .write(to: url, atomically: true, encoding: .utf8)
    }
    let arguments = ["consensus", "testby-2024-anna.json", "testby-2024-bo.json"]
    let text = try KompassProcess.run(arguments, in: folder)
    #expect(text.exitCode == 0, "\(text.standardError)")
    #expect(!text.standardOutput.contains("\u{1B}"))
    #expect(text.standardOutput.contains("B  Bo\\u{1B}[2J · testby-2024-bo.json"))
    let csv = try KompassProcess.run(arguments + ["--format", "csv"], in: folder)
    #expect(csv.standardOutput.contains(";\"'=HYPERLINK(\"\"x\"\")\";"))
  }

  @Test("One file, or a threshold outside 0–100\u{A0}%, is a usage error")
  func usage() throws {
    let one = try KompassProcess.run(["consensus", Self.anna], in: Self.fixtures)
    #expect(one.exitCode == 2)
    let zero = try KompassProcess.run(
      ["consensus", "--threshold", "0", Self.anna, Self.bo], in: Self.fixtures)
    #expect(zero.exitCode == 2)
    let comma = try KompassProcess.run(
      ["consensus", "--threshold", "33,4", Self.anna, Self.bo], in: Self.fixtures)
    #expect(comma.exitCode == 0)
    // 6.3's spread of 10 of 30 (33.3\u{A0}%) stays below 33.4\u{A0}%: no spread flag is left, only 1.4.
    #expect(
      comma.standardOutput.contains(
        "1 av 35 delområden flaggade: 0 för spridning (från 33,4\u{A0}% av maxpoängen)"))
  }
}
