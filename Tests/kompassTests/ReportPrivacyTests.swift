import Foundation
import KompassTestSupport
import Testing

/// A report is made to be published: it names no one who recorded a finding and shows no
/// evaluator's own proposals unless `--internal` (or `--proposals`, which implies it) is given, and
/// then the cover says the report is internal. The fixture `privacy/testby-2020-antecknad.json`
/// (Testby kommun, fictitious) has two findings recorded by made-up people.
@Suite("kompass report: published or internal")
struct ReportPrivacyTests {
  static let fixtures = KompassProcess.packageRoot.appendingPathComponent(
    "Tests/kompassTests/Fixtures")
  static let recorded = "privacy/testby-2020-antecknad.json"

  @Test(
    "By default no one who recorded a finding is named, in HTML or Markdown",
    arguments: [
      "html", "markdown",
    ])
  func publishedNamesNoOne(format: String) throws {
    let result = try KompassProcess.run(
      ["report", Self.recorded, "--format", format, "--output", "-"], in: Self.fixtures)
    #expect(result.exitCode == 0, "\(result.standardError)")
    #expect(
      result.standardOutput.contains("Kommunens demokratiprogram beskriver medborgardialogen."))
    #expect(!result.standardOutput.contains("Anna Andersson"))
    #expect(!result.standardOutput.contains("Bertil Berg"))
    #expect(!result.standardOutput.contains("Intern rapport"))
  }

  @Test("--internal names who recorded each finding and says so on the cover")
  func internalNamesRecorders() throws {
    let html = try KompassProcess.run(
      ["report", Self.recorded, "--internal", "--output", "-"], in: Self.fixtures)
    #expect(html.exitCode == 0, "\(html.standardError)")
    #expect(
      html.standardOutput.contains(
        "<h1>Testby kommun</h1>\n<p class=\"internal\">Intern rapport för utvärderingsgruppen:"))
    #expect(
      html.standardOutput.contains("(1.1, Demokratiprogram 2019, antecknad av Anna Andersson)"))
    #expect(html.standardOutput.contains("(1.1, antecknad av Bertil Berg)"))
    let markdown = try KompassProcess.run(
      [
        "report", Self.recorded, "--internal", "--format", "markdown", "--language", "en",
        "--output", "-",
      ], in: Self.fixtures)
    #expect(markdown.exitCode == 0)
    #expect(markdown.standardOutput.contains("**Internal report for the evaluation group:"))
    #expect(
      markdown.standardOutput.contains("(1.1, Demokratiprogram 2019, recorded by Anna Andersson)"))
  }

  @Test("--proposals implies an internal report")
  func proposalsAreInternal() throws {
    let result = try KompassProcess.run(
      ["report", "consensus/testby-2024-konsensus.json", "--proposals", "--output", "-"],
      in: Self.fixtures)
    #expect(result.exitCode == 0)
    #expect(result.standardOutput.contains("<section id=\"proposals\">"))
    #expect(result.standardOutput.contains("<p class=\"internal\">Intern rapport"))
    let published = try KompassProcess.run(
      ["report", "consensus/testby-2024-konsensus.json", "--output", "-"], in: Self.fixtures)
    #expect(!published.standardOutput.contains("<section id=\"proposals\">"))
    #expect(!published.standardOutput.contains("<p class=\"internal\">"))
  }
}
