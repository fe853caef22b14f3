import Foundation
import KompassTestSupport
import Testing

/// The built `kompass` binary on the bundled Kumla 2020 evaluation, compared byte for byte with
/// reviewed golden files.
@Suite("kompass output matches the golden files")
struct GoldenOutputTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var snapshot: String
    var testDescription: String { "kompass " + arguments.joined(separator: " ") }
  }

  static let kumla = "Evaluations/kumla-2020.json"

  static let cases: [Case] = [
    Case(arguments: ["score", kumla], snapshot: "score.sv.txt"),
    Case(arguments: ["score", "--language", "en", kumla], snapshot: "score.en.txt"),
    Case(arguments: ["score", "--format", "json", kumla], snapshot: "score.sv.json"),
    Case(
      arguments: ["score", "--format", "json", "--language", "en", kumla], snapshot: "score.en.json"
    ),
    Case(arguments: ["score", "--format", "csv", kumla], snapshot: "score.sv.excel.csv"),
    Case(
      arguments: [
        "score", "--format", "csv", "--csv-dialect", "rfc4180", "--language", "en", kumla,
      ], snapshot: "score.en.rfc4180.csv"),
    Case(arguments: ["score", "--format", "markdown", kumla], snapshot: "score.sv.md"),
    Case(
      arguments: ["score", "--format", "markdown", "--language", "en", kumla],
      snapshot: "score.en.md"),
    Case(arguments: ["profile", kumla], snapshot: "profile.sv.txt"),
    Case(arguments: ["profile", "--language", "en", kumla], snapshot: "profile.en.txt"),
    Case(arguments: ["profile", "--format", "markdown", kumla], snapshot: "profile.sv.md"),
    Case(
      arguments: ["profile", "--format", "markdown", "--language", "en", kumla],
      snapshot: "profile.en.md"),
    Case(arguments: ["rubric"], snapshot: "rubric-list.sv.txt"),
    Case(arguments: ["rubric", "kommunkompassen-2020"], snapshot: "rubric-2020.sv.txt"),
    Case(arguments: ["validate", kumla], snapshot: "validate.sv.txt"),
    Case(arguments: ["validate", "--language", "en", kumla], snapshot: "validate.en.txt"),
    Case(
      arguments: [
        "validate", "Rubrics/kommunkompassen-2020.json", "Rubrics/kommunkompassen-2016.json",
        "Rubrics/crosswalks/kommunkompassen-2016-to-2020.json",
      ], snapshot: "validate-rubrics.sv.txt"),
    Case(arguments: ["--help"], snapshot: "help.txt"),
  ]

  @Test("Standard output equals the golden file and the run succeeds", arguments: cases)
  func goldenOutput(_ testCase: Case) throws {
    let result = try KompassProcess.run(testCase.arguments)
    #expect(result.exitCode == 0, "\(result.standardError)")
    #expect(result.standardError.isEmpty)
    try Snapshot.assertMatches(result.standardOutput, named: testCase.snapshot)
  }

  @Test("The score table's figures are the published ones (spot check on the rendered text)")
  func renderedFigures() throws {
    let text = try KompassProcess.run(["score", Self.kumla]).standardOutput
    #expect(
      text.contains(
        "1.2  Kommunens information till medborgarna                    5     10     48\u{A0}%"))
    #expect(
      text.contains(
        "Totalt                                                       557    800     70\u{A0}%"))
  }

  @Test("CSV for Swedish Excel starts with a byte order mark and uses ; and decimal commas")
  func excelCSV() throws {
    let text = try KompassProcess.run(["score", "--format", "csv", Self.kumla]).standardOutput
    #expect(text.hasPrefix("\u{FEFF}Nivå;Område;Delområde;"))
    #expect(
      text.contains(
        "\r\ndelområde;1;1.2;Kommunens information till medborgarna;4,8;10;10;48;5;48;poängsatt;1881;Örebro län;B4;Pendlingskommun nära större stad\r\n"
      ))
  }

  @Test("The JSON export reads back with the published figures")
  func jsonExport() throws {
    let text = try KompassProcess.run(["score", "--format", "json", Self.kumla]).standardOutput
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let total = try #require(object["total"] as? [String: Any])
    #expect(total["displayPoints"] as? Int == 557)
    #expect(total["maxPoints"] as? Int == 800)
    let areas = try #require(object["areas"] as? [[String: Any]])
    #expect(
      areas.compactMap { ($0["score"] as? [String: Any])?["displayPoints"] as? Int } == [
        66, 73, 80, 60, 65, 71, 70, 72,
      ])
  }
}
