import Foundation
import KommunKompass
import KommunKompassReports
import Testing

/// The steps of the documentation's getting-started article (load, validate, score, compare,
/// render), with the public API only, as an app outside the package would write them.
@Suite("Getting started: load, validate, score, compare, render")
struct GettingStartedTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let fixtures = root.appendingPathComponent("Tests/KommunKompassTests/Fixtures")

  @Test("The article's steps give Kumla 2020's published total and a report of each kind")
  func steps() throws {
    // 1. Load
    let loaded = Evaluation.load(
      contentsOf: Self.root.appendingPathComponent("Evaluations/kumla-2020.json"))
    #expect(loaded.problems.isEmpty)
    let evaluation = try #require(loaded.value)
    let rubric = try #require(RubricCatalog.bundled.rubric(id: evaluation.rubricID))

    // 2. Validate
    #expect(evaluation.validationProblems(against: rubric).isEmpty)
    var broken = evaluation
    broken.areas.removeLast()
    #expect(broken.validationProblems(against: rubric).contains { $0.severity == .error })

    // 3. Score: 557 of 800 points, as SKR published.
    let scorecard = ScoringEngine(rubric: rubric).score(evaluation)
    #expect(scorecard.total.displayPoints == 557)
    #expect(scorecard.total.assessedMaxPoints == 800)

    // 4. Compare over time and with peers.
    func fixture(_ name: String) throws -> Evaluation {
      try #require(
        Evaluation.load(contentsOf: Self.fixtures.appendingPathComponent("evaluations/\(name)"))
          .value)
    }
    let overTime = EvaluationComparer().compare([
      NamedEvaluation(file: "testby-2018.json", evaluation: try fixture("testby-2018.json")),
      NamedEvaluation(file: "testby-2020.json", evaluation: try fixture("testby-2020.json")),
    ])
    let comparison = try #require(overTime.value)
    #expect(comparison.evaluations.map(\.date.description) == ["2018-10-15", "2020-11"])
    let peers = PeerReader(rubric: rubric, excluding: evaluation)
      .read(folder: Self.fixtures.appendingPathComponent("peers").path)
    let benchmark = try #require(peers.group.comparison(for: scorecard).value)
    #expect(benchmark.peerCount == 5)

    // 5. Render
    #expect(ScoreTableRenderer(language: .swedish).render(scorecard).contains("557"))
    let html = HTMLReportRenderer(language: .swedish).render(
      evaluation: evaluation, scorecard: scorecard)
    #expect(html.contains("Skapad med kompass \(ToolVersion.current)."))
    let json = try ScorecardDocument(scorecard, language: .swedish).jsonText()
    #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
    #expect(TimeComparisonRenderer(language: .english).renderText(comparison).contains("Testby"))
    #expect(BenchmarkRenderer(language: .swedish).renderMarkdown(benchmark).contains("Kumla"))
  }
}
