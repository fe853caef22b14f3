import Foundation
import Testing

/// `kompass compare`: refusals, permissions, the peers folder, targets' baselines, output files and
/// usage errors, on the made-up fixtures in `Tests/kompassTests/Fixtures/`.
@Suite("kompass compare")
struct CompareCommandTests {
  static let fixtures = CompareGoldenTests.fixtures
  static let draftWarning = CompareGoldenTests.draftWarning

  /// A temporary folder holding copies of fixture files, keeping their relative paths.
  static func copies(_ paths: [String]) throws -> URL {
    let folder = try KompassProcess.temporaryFolder()
    for path in paths {
      let target = folder.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: fixtures.appendingPathComponent(path), to: target)
    }
    return folder
  }

  static let peerFiles = ["exempelstad", "lillby", "mellanby", "provkoping", "storby"].map {
    "peers/\($0)-2020.json"
  }

  // MARK: Over time

  @Test("Evaluations of different municipalities are refused with exit code 1 and a clear message")
  func differentMunicipalities() throws {
    let result = try KompassProcess.run(
      ["compare", "evaluations/testby-2018.json", "peers/lillby-2020.json"], in: Self.fixtures)
    #expect(result.exitCode == 1)
    #expect(result.standardOutput.isEmpty)
    #expect(
      result.standardError == """
        evaluations/testby-2018.json:9:11: varning: date: utvärderingen är daterad 2018-10-15, men version 2019/2020 av Kommunkompassen användes från 2019; kontrollera datumet och "rubric"
        peers/lillby-2020.json: fel: municipality.code: utvärderingen gäller Lillby kommun (1896), inte Testby kommun (1899) som evaluations/testby-2018.json; en jämförelse över tid gäller en kommun, matchad på kommunkod
        tips: jämför ändå med --allow-different-municipalities

        """)

    let english = try KompassProcess.run(
      ["compare", "--language", "en", "evaluations/testby-2018.json", "peers/lillby-2020.json"],
      in: Self.fixtures)
    #expect(english.exitCode == 1)
    #expect(
      english.standardError == """
        evaluations/testby-2018.json:9:11: warning: date: the evaluation is dated 2018-10-15, but the 2019/2020 revision of Kommunkompassen was used from 2019; check the date and "rubric"
        peers/lillby-2020.json: error: municipality.code: the evaluation is of Lillby kommun (1896), not Testby kommun (1899) like evaluations/testby-2018.json; a comparison over time is of one municipality, matched by municipality code
        hint: compare them anyway with --allow-different-municipalities

        """)
  }

  @Test("--allow-different-municipalities compares them anyway, with a warning")
  func allowDifferentMunicipalities() throws {
    let result = try KompassProcess.run(
      [
        "compare", "--allow-different-municipalities", "evaluations/testby-2018.json",
        "peers/lillby-2020.json",
      ],
      in: Self.fixtures)
    #expect(result.exitCode == 0, "\(result.standardError)")
    #expect(
      result.standardError
        == "evaluations/testby-2018.json:9:11: varning: date: utvärderingen är daterad 2018-10-15, men version 2019/2020 av Kommunkompassen användes från 2019; kontrollera datumet och \"rubric\"\n"
        + "peers/lillby-2020.json: varning: municipality.code: utvärderingen gäller Lillby kommun (1896), inte Testby kommun (1899) som evaluations/testby-2018.json; jämförs ändå, på begäran\n"
    )
    // The heading names the latest evaluation's municipality; each evaluation line names its own.
    #expect(result.standardOutput.hasPrefix("Lillby kommun (1896): jämförelse över tid\n"))
    #expect(
      result.standardOutput.contains("  2018-10-15 · Testby kommun (1899) · Extern utvärdering · "))
    #expect(
      result.standardOutput.contains("  2020-10 · Lillby kommun (1896) · Extern utvärdering · "))
  }

  @Test("Evaluations that could be of the same day are refused unless --allow-same-date")
  func sameDate() throws {
    let folder = try Self.copies(["evaluations/testby-2018.json"])
    let original = try String(
      contentsOf: folder.appendingPathComponent("evaluations/testby-2018.json"), encoding: .utf8)
    try original.replacingOccurrences(of: "\"date\": \"2018-10-15\"", with: "\"date\": \"2018-10\"")
      .write(
        to: folder.appendingPathComponent("evaluations/testby-2018-10.json"), atomically: true,
        encoding: .utf8)
    let arguments = ["compare", "evaluations/testby-2018.json", "evaluations/testby-2018-10.json"]

    let refused = try KompassProcess.run(arguments, in: folder)
    #expect(refused.exitCode == 1)
    #expect(refused.standardOutput.isEmpty)
    #expect(
      refused.standardError == """
        evaluations/testby-2018.json:9:11: varning: date: utvärderingen är daterad 2018-10-15, men version 2019/2020 av Kommunkompassen användes från 2019; kontrollera datumet och "rubric"
        evaluations/testby-2018-10.json:9:11: varning: date: utvärderingen är daterad 2018-10, men version 2019/2020 av Kommunkompassen användes från 2019; kontrollera datumet och "rubric"
        evaluations/testby-2018.json: fel: date: datumet 2018-10-15 kan vara samma dag som 2018-10 i evaluations/testby-2018-10.json; ordningen avgör varje förändrings tecken, så jämförelsen görs inte
        tips: jämför ändå, i den ordning filerna gavs, med --allow-same-date

        """)

    let allowed = try KompassProcess.run(
      ["compare", "--allow-same-date"] + arguments.dropFirst(), in: folder)
    #expect(allowed.exitCode == 0, "\(allowed.standardError)")
    #expect(
      allowed.standardError.contains(
        ": varning: date: datumet 2018-10-15 kan vara samma dag som 2018-10"))
    #expect(allowed.standardOutput.contains("Oförändrat"))
  }

  @Test("A missing or invalid evaluation stops the comparison with exit code 1")
  func invalidEvaluation() throws {
    let result = try KompassProcess.run(
      ["compare", "evaluations/testby-2018.json", "saknas.json"], in: Self.fixtures)
    #expect(result.exitCode == 1)
    #expect(result.standardOutput.isEmpty)
    #expect(
      result.standardError
        == "evaluations/testby-2018.json:9:11: varning: date: utvärderingen är daterad 2018-10-15, men version 2019/2020 av Kommunkompassen användes från 2019; kontrollera datumet och \"rubric\"\nsaknas.json: fel: filen finns inte\n"
    )
  }

  @Test("The JSON document reads back with the hand-checked figures")
  func jsonDocument() throws {
    let result = try KompassProcess.run(
      [
        "compare", "--format", "json", "evaluations/testby-2018.json",
        "evaluations/testby-2020.json",
      ], in: Self.fixtures)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    #expect(object["comparison"] as? String == "overTime")
    #expect(object["crossesRevisions"] as? Bool == false)
    let rows = try #require(object["rows"] as? [[String: Any]])
    #expect(rows.count == 8 + 35 + 1)
    #expect(rows.last?["id"] as? String == "total")
    let area3 = try #require(rows.first { $0["id"] as? String == "3" })
    let change = try #require(area3["change"] as? [String: Any])
    // Area 3: 5 + 20 + 15 + 10 = 50 → 9 + 33 + 20 + 18 = 80.
    #expect(change["points"] as? Double == 30)
    #expect(change["classification"] as? String == "improved")
    let improvements = try #require(object["largestImprovements"] as? [[String: Any]])
    #expect(improvements.compactMap { $0["id"] as? String } == ["3.1", "3.4", "3.2", "3", "1.3"])
  }

  @Test("--output writes the same text to a file, atomically, and prints nothing")
  func outputFile() throws {
    let folder = try Self.copies(["evaluations/testby-2018.json", "evaluations/testby-2020.json"])
    let arguments = [
      "compare", "--format", "markdown", "evaluations/testby-2018.json",
      "evaluations/testby-2020.json",
    ]
    let printed = try KompassProcess.run(arguments, in: folder)
    let written = try KompassProcess.run(arguments + ["--output", "jamforelse.md"], in: folder)
    #expect(written.exitCode == 0)
    #expect(written.standardOutput.isEmpty)
    #expect(
      try String(contentsOf: folder.appendingPathComponent("jamforelse.md"), encoding: .utf8)
        == printed.standardOutput)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "evaluations", "jamforelse.md",
      ])
  }

  // MARK: Peers

  @Test("The evaluation compared is left out of the peers silently when it lies in the folder")
  func subjectInsideFolder() throws {
    let folder = try Self.copies(Self.peerFiles)
    try FileManager.default.copyItem(
      at: Self.fixtures.appendingPathComponent("evaluations/testby-2020.json"),
      to: folder.appendingPathComponent("peers/testby-2020.json"))
    let result = try KompassProcess.run(
      ["compare", "--peers", "peers", "peers/testby-2020.json"], in: folder)
    #expect(result.exitCode == 0, "\(result.standardError)")
    #expect(
      result.standardError
        == "peers/testby-2020.json: varning: 1 delområde är ännu inte poängsatt: 5.3\n")
    #expect(
      result.standardOutput.hasPrefix("Testby kommun (1899) · Jämförelsegrupp (5 kommuner)\n"))
    // The same table as with the evaluation outside the folder.
    let outside = try KompassProcess.run(
      ["compare", "--peers", "peers", "evaluations/testby-2020.json"], in: Self.fixtures)
    #expect(
      result.standardOutput.replacingOccurrences(
        of: "peers/testby-2020.json", with: "evaluations/testby-2020.json")
        == outside.standardOutput)
  }

  @Test("Another evaluation of the same municipality in the folder is left out with a warning")
  func sameMunicipalityInFolder() throws {
    let folder = try Self.copies(
      Self.peerFiles + ["evaluations/testby-2018.json", "evaluations/testby-2020.json"])
    try FileManager.default.moveItem(
      at: folder.appendingPathComponent("evaluations/testby-2018.json"),
      to: folder.appendingPathComponent("peers/testby-2018.json"))
    let result = try KompassProcess.run(
      ["compare", "--peers", "peers", "evaluations/testby-2020.json"], in: folder)
    #expect(result.exitCode == 0)
    #expect(
      result.standardError == Self.draftWarning
        + "peers/testby-2018.json:9:11: varning: date: utvärderingen är daterad 2018-10-15, men version 2019/2020 av Kommunkompassen användes från 2019; kontrollera datumet och \"rubric\"\n"
        + "peers/testby-2018.json: varning: municipality.code: Testby kommun (1899) är kommunen som jämförs och kan inte vara sin egen jämförelsekommun\n"
    )
    #expect(
      result.standardOutput.hasPrefix("Testby kommun (1899) · Jämförelsegrupp (5 kommuner)\n"))
  }

  @Test("An invalid file in the folder: every problem on standard error, exit code 1, no result")
  func invalidPeerFile() throws {
    let folder = try Self.copies(Self.peerFiles + ["evaluations/testby-2020.json"])
    try "{ \"rubric\": \"kommunkompassen-2020\", ".write(
      to: folder.appendingPathComponent("peers/trasig.json"), atomically: true, encoding: .utf8)
    try "inte en utvärdering".write(
      to: folder.appendingPathComponent("peers/LASMIG.txt"), atomically: true, encoding: .utf8)
    let result = try KompassProcess.run(
      ["compare", "--peers", "peers", "evaluations/testby-2020.json"], in: folder)
    #expect(result.exitCode == 1)
    #expect(result.standardOutput.isEmpty)
    let lines = result.standardError.split(separator: "\n").map(String.init)
    #expect(lines.first == String(Self.draftWarning.dropLast()))
    #expect(lines.dropFirst().first?.hasPrefix("peers/trasig.json:1:") == true)
    #expect(
      lines.last
        == "peers: fel: 1 av 6 filer i mappen är ogiltig, så ingen jämförelse görs; rätta den, eller hoppa över den med --skip-invalid"
    )
  }

  @Test("--skip-invalid skips invalid files with a warning, and the result says how many")
  func skipInvalidPeerFile() throws {
    let folder = try Self.copies(Self.peerFiles + ["evaluations/testby-2020.json"])
    try "{ \"rubric\": \"kommunkompassen-2020\", ".write(
      to: folder.appendingPathComponent("peers/trasig.json"), atomically: true, encoding: .utf8)
    let result = try KompassProcess.run(
      ["compare", "--peers", "peers", "--skip-invalid", "evaluations/testby-2020.json"], in: folder)
    #expect(result.exitCode == 0, "\(result.standardError)")
    #expect(
      result.standardError.contains(
        "peers/trasig.json: varning: filen är ogiltig och hoppas över (--skip-invalid)\n"))
    #expect(
      result.standardOutput.hasPrefix("Testby kommun (1899) · Jämförelsegrupp (5 kommuner)\n"))
    #expect(
      result.standardOutput.contains(
        "  - 1 fil i mappen var ogiltig och räknades inte: peers/trasig.json.\n"))

    let json = try KompassProcess.run(
      [
        "compare", "--peers", "peers", "--skip-invalid", "--format", "json",
        "evaluations/testby-2020.json",
      ], in: folder)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
    #expect(object["skippedFiles"] as? [String] == ["peers/trasig.json"])
  }

  @Test("A folder that does not exist is invalid input")
  func missingFolder() throws {
    let result = try KompassProcess.run(
      ["compare", "--peers", "saknas", "evaluations/testby-2020.json"], in: Self.fixtures)
    #expect(result.exitCode == 1)
    #expect(result.standardError.hasSuffix("saknas: fel: mappen finns inte\n"))
  }

  // MARK: Targets

  @Test("--baseline gives the same result as the baseline the target profile names")
  func explicitBaseline() throws {
    let arguments = [
      "compare", "--target", "profiles/testby-mal-2024.json", "evaluations/testby-2020.json",
    ]
    let named = try KompassProcess.run(arguments, in: Self.fixtures)
    let explicit = try KompassProcess.run(
      arguments + ["--baseline", "evaluations/testby-2018.json"], in: Self.fixtures)
    #expect(explicit.exitCode == 0)
    #expect(explicit.standardOutput == named.standardOutput)
  }

  @Test("A baseline the target profile names but that does not exist is invalid input")
  func missingBaseline() throws {
    let folder = try Self.copies(["profiles/testby-mal-2024.json", "evaluations/testby-2020.json"])
    let result = try KompassProcess.run(
      ["compare", "--target", "profiles/testby-mal-2024.json", "evaluations/testby-2020.json"],
      in: folder)
    #expect(result.exitCode == 1)
    #expect(result.standardOutput.isEmpty)
    #expect(
      result.standardError.hasSuffix(
        "profiles/testby-mal-2024.json: fel: baseline.file: utgångsläget ../evaluations/testby-2018.json finns inte (sökt som evaluations/testby-2018.json); ange utgångsläget med --baseline\n"
      ))
  }

  @Test("A baseline from another date than the profile's is refused")
  func wrongBaseline() throws {
    let result = try KompassProcess.run(
      [
        "compare", "--target", "profiles/testby-mal-2024.json", "--baseline",
        "evaluations/testby-2016.json",
        "evaluations/testby-2020.json",
      ], in: Self.fixtures)
    #expect(result.exitCode == 1)
    #expect(result.standardOutput.isEmpty)
    #expect(result.standardError.contains("baseline"))
  }

  // MARK: Usage

  struct UsageCase: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var testDescription: String { arguments.joined(separator: " ") }
  }

  @Test(
    "2: usage errors",
    arguments: [
      UsageCase(arguments: ["compare"]),
      UsageCase(arguments: ["compare", "evaluations/testby-2018.json"]),
      UsageCase(arguments: [
        "compare", "--peers", "peers", "evaluations/testby-2018.json",
        "evaluations/testby-2020.json",
      ]),
      UsageCase(arguments: [
        "compare", "--peers", "peers", "--reference", "profiles/testsnitt-2020.json",
        "evaluations/testby-2020.json",
      ]),
      UsageCase(arguments: [
        "compare", "--skip-invalid", "evaluations/testby-2018.json", "evaluations/testby-2020.json",
      ]),
      UsageCase(arguments: [
        "compare", "--baseline", "evaluations/testby-2018.json", "evaluations/testby-2018.json",
        "evaluations/testby-2020.json",
      ]),
      UsageCase(arguments: [
        "compare", "--reference", "profiles/testsnitt-2020.json", "--allow-same-date",
        "evaluations/testby-2020.json",
      ]),
      UsageCase(arguments: [
        "compare", "--format", "pdf", "evaluations/testby-2018.json",
        "evaluations/testby-2020.json",
      ]),
    ])
  func usageError(_ testCase: UsageCase) throws {
    let result = try KompassProcess.run(testCase.arguments, in: Self.fixtures)
    #expect(result.exitCode == 2, "\(result.standardError)")
    #expect(result.standardOutput.isEmpty)
  }
}
