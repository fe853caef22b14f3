import KommunKompass
import Testing

@testable import KommunKompassReports

@Suite("Reports name the tool version")
struct ToolCreditTests {
  @Test(
    "The HTML report ends with the version, also without a provenance",
    arguments: [(Language.swedish, "Skapad med kompass"), (.english, "Made with kompass")])
  func html(language: Language, words: String) throws {
    var (evaluation, scorecard) = try HTMLReportTests.load("Evaluations/kumla-2020.json")
    evaluation.provenance = nil
    let html = HTMLReportRenderer(language: language).render(
      evaluation: evaluation, scorecard: scorecard)
    #expect(
      html.hasSuffix(
        "<footer>\n<p class=\"note\">\(words) \(ToolVersion.current).</p>\n</footer>\n</body>\n</html>\n"
      ))
    #expect(!html.contains("<h2>Källa</h2>") && !html.contains("<h2>Source</h2>"))
  }

  @Test(
    "The Markdown profile ends with the version; the points table does not carry it",
    arguments: [(Language.swedish, "Skapad med kompass"), (.english, "Made with kompass")])
  func markdown(language: Language, words: String) throws {
    let (evaluation, scorecard) = try HTMLReportTests.load("Evaluations/kumla-2020.json")
    let renderer = MarkdownRenderer(language: language)
    let profile = renderer.renderProfile(scorecard, evaluation: evaluation)
    #expect(profile.hasSuffix("\n\n*\(words) \(ToolVersion.current).*\n"))
    #expect(!renderer.renderTable(scorecard).contains(ToolVersion.current))
  }
}
