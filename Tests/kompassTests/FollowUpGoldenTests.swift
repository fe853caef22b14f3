import Foundation
import KompassTestSupport
import Testing

/// `kompass follow-up` and the follow-up section of `kompass report` on the made-up Testby plans,
/// compared byte for byte with reviewed golden files.
@Suite("Follow-up output matches the golden files")
struct FollowUpGoldenTests {
  typealias Case = GoldenOutputTests.Case

  static let fixtures = "Tests/kompassTests/Fixtures/"
  static let plan2018 = fixtures + "plans/testby-plan-2018.json"
  static let plan2016 = fixtures + "plans/testby-plan-2016.json"
  static let testby2016 = fixtures + "evaluations/testby-2016.json"
  static let testby2018 = fixtures + "evaluations/testby-2018.json"
  static let testby2020 = fixtures + "evaluations/testby-2020.json"
  static let followUp = ["follow-up", plan2018, testby2018, testby2020]

  static let cases: [Case] = [
    Case(arguments: followUp, snapshot: "follow-up.sv.txt"),
    Case(arguments: followUp + ["--language", "en"], snapshot: "follow-up.en.txt"),
    Case(arguments: followUp + ["--format", "json"], snapshot: "follow-up.sv.json"),
    Case(
      arguments: followUp + ["--format", "json", "--language", "en"],
      snapshot: "follow-up.en.json"),
    Case(arguments: followUp + ["--format", "csv"], snapshot: "follow-up.sv.excel.csv"),
    Case(
      arguments: followUp + ["--format", "csv", "--csv-dialect", "rfc4180", "--language", "en"],
      snapshot: "follow-up.en.rfc4180.csv"),
    Case(arguments: followUp + ["--format", "markdown"], snapshot: "follow-up.sv.md"),
    Case(
      arguments: followUp + ["--format", "markdown", "--language", "en"],
      snapshot: "follow-up.en.md"),
    Case(
      arguments: ["follow-up", plan2018, testby2018, "--as-of", "2020-07-01"],
      snapshot: "follow-up-progress.sv.txt"),
    Case(
      arguments: ["follow-up", plan2018, testby2018, "--as-of", "2020-07-01", "--language", "en"],
      snapshot: "follow-up-progress.en.txt"),
    Case(
      arguments: ["follow-up", plan2016, testby2016, testby2020],
      snapshot: "follow-up-versions.sv.txt"),
    Case(
      arguments: ["follow-up", plan2016, testby2016, testby2020, "--language", "en"],
      snapshot: "follow-up-versions.en.txt"),
  ]

  /// The known warnings of the fixtures: 5.3 of Testby 2020 is not scored yet, and Testby 2018
  /// is dated before the period of the version it uses.
  static func expectOnlyTheKnownWarning(_ standardError: String) {
    let lines = standardError.split(separator: "\n")
    #expect(
      lines.allSatisfy {
        ($0.hasPrefix(testby2020) && $0.hasSuffix("5.3"))
          || ($0.hasPrefix(testby2018) && $0.contains(": date: "))
      }, "\(lines)")
  }

  @Test("Standard output equals the golden file and the run succeeds", arguments: cases)
  func goldenOutput(_ testCase: Case) throws {
    let result = try KompassProcess.run(testCase.arguments)
    #expect(result.exitCode == 0, "\(result.standardError)")
    Self.expectOnlyTheKnownWarning(result.standardError)
    try Snapshot.assertMatches(result.standardOutput, named: testCase.snapshot)
  }

  @Test(
    "kompass report --plan: the follow-up section of the HTML and Markdown report",
    arguments: [("html", "sv"), ("html", "en"), ("markdown", "sv"), ("markdown", "en")])
  func reportSection(format: String, language: String) throws {
    let folder = try KompassProcess.temporaryFolder()
    let output = folder.appendingPathComponent("report").path
    let result = try KompassProcess.run([
      "report", Self.testby2020, "--compare", Self.testby2018, "--plan", Self.plan2018,
      "--format", format, "--language", language, "--output", output,
    ])
    #expect(result.exitCode == 0, "\(result.standardError)")
    Self.expectOnlyTheKnownWarning(result.standardError)
    let text = try String(contentsOfFile: output, encoding: .utf8)
    let section: Substring
    if format == "html" {
      let start = try #require(text.range(of: "<section id=\"follow-up\">"))
      let rest = text[start.lowerBound...]
      let end = try #require(rest.range(of: "</section>\n"))
      section = rest[..<end.upperBound]
      // The section follows the comparison, before the summary and the areas.
      #expect(
        try #require(text.range(of: "<section id=\"comparison\">")).lowerBound < start.lowerBound)
      #expect(
        section.matches(
          of: /<svg [^>]*role="img" aria-labelledby="follow-up-bars-title follow-up-bars-desc"/
        )
        .count == 1)
    } else {
      let heading =
        language == "sv"
        ? "## Uppföljning av förbättringsarbetet" : "## Follow-up of the improvement work"
      let start = try #require(text.range(of: heading))
      section = text[start.lowerBound...]
      #expect(text.hasPrefix("# "), "the profile comes first")
    }
    try Snapshot.assertMatches(
      String(section), named: "report-follow-up.\(language).\(format == "html" ? "html" : "md")")
  }

  @Test("kompass report --plan needs --compare with the evaluation the plan was made from")
  func reportNeedsThePlansEvaluation() throws {
    let folder = try KompassProcess.temporaryFolder()
    let output = folder.appendingPathComponent("report.html").path
    let withoutCompare = try KompassProcess.run([
      "report", Self.testby2020, "--plan", Self.plan2018, "--output", output,
    ])
    #expect(withoutCompare.exitCode == 2)
    #expect(withoutCompare.standardError.contains("--plan behöver --compare"))
    let wrongCompare = try KompassProcess.run([
      "report", Self.testby2020, "--compare", Self.testby2016, "--plan", Self.plan2018,
      "--output", output, "--language", "en",
    ])
    #expect(wrongCompare.exitCode == 1)
    #expect(
      wrongCompare.standardError.contains(
        "the plan was made from the evaluation of 2018-10-15 of Testby kommun, but no file given with --compare is that evaluation"
      ))
    #expect(!FileManager.default.fileExists(atPath: output), "nothing is written")
  }
}
