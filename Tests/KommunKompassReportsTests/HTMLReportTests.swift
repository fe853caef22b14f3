import Foundation
import KommunKompass
import KompassTestSupport
import Testing

@testable import KommunKompassReports

@Suite("HTML report")
struct HTMLReportTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func load(_ path: String) throws -> (Evaluation, Scorecard) {
    let evaluation = try #require(
      Evaluation.load(contentsOf: root.appendingPathComponent(path)).value)
    let rubric = try #require(RubricCatalog.bundled.rubric(id: evaluation.rubricID))
    return (evaluation, ScoringEngine(rubric: rubric).score(evaluation))
  }

  static func kumlaReport(_ language: Language) throws -> String {
    let (evaluation, scorecard) = try load("Evaluations/kumla-2020.json")
    return HTMLReportRenderer(language: language).render(
      evaluation: evaluation, scorecard: scorecard)
  }

  @Test(
    "The Kumla 2020 report equals its reviewed golden file",
    arguments: [Language.swedish, .english])
  func golden(_ language: Language) throws {
    try Snapshot.assertMatches(
      try Self.kumlaReport(language), named: "kumla-2020.\(language.rawValue).html")
  }

  @Test("The numbers on the bars are the published area percentages")
  func barValues() throws {
    let html = try Self.kumlaReport(.swedish)
    let barChart = try #require(
      html.range(of: "class=\"chart bar-chart wide\"").map { html[$0.lowerBound...] })
    let chart = String(barChart[..<(barChart.range(of: "</svg>")?.lowerBound ?? barChart.endIndex)])
    let values = chart.matches(of: /<text class="value" [^>]*>(\d+)\u{A0}%<\/text>/).map {
      Int($0.1)
    }
    #expect(values == [66, 73, 80, 60, 65, 71, 70, 72])
    // Each bar's length is its percentage of the 0–100 axis.
    let widths = chart.matches(
      of: /<rect class="bar series-0" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/
    ).compactMap { Double($0.1) }
    let scale = try #require(widths.first).self / 66
    #expect(widths.map { ($0 / scale).rounded() } == [66, 73, 80, 60, 65, 71, 70, 72])
  }

  @Test("Charts have text alternatives, and the file loads nothing from elsewhere")
  func accessibleAndSelfContained() throws {
    let html = try Self.kumlaReport(.swedish)
    // The bar chart in its wide and its narrow layout, and the radar chart.
    #expect(
      html.matches(of: /<svg [^>]*role="img" aria-labelledby="([\w-]+)-title \1-desc"/).count == 3)
    #expect(html.contains("<desc id=\"profile-bars-narrow-desc\">Stapeldiagram"))
    #expect(html.contains("<main>") && html.contains("</main>\n<footer>"))
    #expect(html.contains("<caption>1. Samspel mellan förtroendevalda och medborgare</caption>"))
    #expect(html.contains("<tr><th scope=\"row\">1.1</th>"))
    #expect(
      html.contains(
        "<desc id=\"profile-bars-desc\">Stapeldiagram med andel uppnådda poäng per område, 0 till 100 procent. 1. Samspel mellan förtroendevalda och medborgare: 66\u{A0}%;"
      ))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<link"))
    #expect(!html.contains("@import") && !html.contains("@font-face") && !html.contains("url(http"))
    let externalSources = html.matches(of: /(src|href)="(https?:)?\/\//)
    #expect(externalSources.isEmpty)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"))
  }

  @Test("The method section says what the evaluation is and is not, and when versions differ")
  func method() throws {
    let (evaluation, scorecard) = try Self.load("Evaluations/kumla-2020.json")
    let renderer = HTMLReportRenderer(language: .swedish)
    let html = renderer.render(evaluation: evaluation, scorecard: scorecard)
    let markdown = MarkdownRenderer(language: .swedish).renderReport(
      scorecard, evaluation: evaluation)
    for text in [html, markdown] {
      #expect(text.contains("Om utvärderingen"))
      #expect(text.contains("Underlaget kommer från tre källor: intervjuer"))
      #expect(text.contains("Utvärderingen har 8 områden om vardera 100 poäng: 1. Samspel"))
      #expect(text.contains("Den bedömer inte kvaliteten i de enskilda verksamheterna"))
      #expect(!text.contains("bara delvis möjlig"))
    }
    // The method comes after the summary and before the areas, in HTML and Markdown alike.
    for (text, summary, method, area) in [
      (html, "<h2>Sammanfattning</h2>", "<h2>Om utvärderingen</h2>", "<h2>1. Samspel"),
      (markdown, "## Sammanfattning", "## Om utvärderingen", "## 1. Samspel"),
    ] {
      let positions = [summary, method, area].compactMap { text.range(of: $0)?.lowerBound }
      #expect(positions.count == 3 && positions == positions.sorted(), "\(method)")
    }
    let across = renderer.render(
      evaluation: evaluation, scorecard: scorecard, comparesVersions: true)
    #expect(across.contains("En sådan jämförelse är bara delvis möjlig"))
  }

  @Test("Findings are grouped by evidence source in each area")
  func findingsBySource() throws {
    let html = try Self.kumlaReport(.english)
    let area1 = try #require(
      html.range(of: "<section class=\"area\" id=\"area-1\">").map { html[$0.lowerBound...] })
    let section = String(area1[..<(area1.range(of: "</section>")?.lowerBound ?? area1.endIndex)])
    let headings = section.matches(of: /<h4>([^<(]+) \(\d+\)<\/h4>/).map { String($0.1) }
    #expect(headings == ["Interviews", "Governing documents", "Website and social media"])
    // The findings, strengths and summary stay in Swedish and are marked so.
    #expect(section.contains("<li><span lang=\"sv\">"))
    #expect(section.contains("<h3>Strengths</h3>\n<ul lang=\"sv\">"))
    #expect(html.contains("<h2>Summary</h2>\n<p lang=\"sv\">"))
  }

  @Test("Text is escaped in HTML")
  func escaping() {
    #expect(
      "<b>\"Tom & Jerry's\"</b>".htmlEscaped
        == "&lt;b&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;/b&gt;")
  }

  @Test("A comparison draws one bar per evaluation and lists the change per area")
  func comparison() throws {
    let folder = "Tests/KommunKompassTests/Fixtures/evaluations/"
    let (latest, scorecard) = try Self.load(folder + "testby-2020.json")
    let (earlier, _) = try Self.load(folder + "testby-2018.json")
    let outcome = EvaluationComparer().compare([earlier, latest])
    let comparison = try #require(outcome.value)
    let renderer = HTMLReportRenderer(language: .swedish)
    let series = renderer.chartSeries(of: comparison)
    #expect(series.count == 2)
    let html = renderer.render(
      evaluation: latest, scorecard: scorecard,
      extraSections: [renderer.comparisonSection(comparison)],
      chartSeries: series)
    // Once in the wide and once in the narrow layout.
    #expect(
      html.matches(of: /<rect class="bar series-1"/).count == 2 * series[1].percentByArea.count)
    #expect(html.contains("<section id=\"comparison\">"))
    for row in comparison.areas {
      let values = row.values.map {
        $0.percent.map { "\(DisplayRounding.wholeNumber($0))\u{A0}%" } ?? "–"
      }
      let cells = values.map { "<td class=\"number\">\($0)</td>" }.joined()
      #expect(
        html.contains("<th scope=\"row\">\(row.id). \(row.title.swedish)</th>\(cells)"),
        "row \(row.id)")
    }
    // The change column names the two evaluations it compares, the radar chart has a legend, and
    // both charts' text alternatives list every series.
    #expect(html.contains("<th scope=\"col\" class=\"number\">Förändring 2018-10-15–2020-11</th>"))
    #expect(html.matches(of: /<line class="legend-line"/).count == 2)
    let radarDescription = try #require(
      html.firstMatch(of: /<desc id="profile-radar-desc">([^<]*)<\/desc>/))
    #expect(radarDescription.1.contains("Testby kommun 2018-10-15: 1. Samspel"))
    #expect(radarDescription.1.contains("; Testby kommun 2020-11: 1. Samspel"))
    // Ring labels come after the polygons, so no polygon covers them.
    let lastPolygon = try #require(html.ranges(of: "<polygon class=\"series").last)
    let firstRingLabel = try #require(html.range(of: "<text class=\"tick ring-label\""))
    #expect(lastPolygon.lowerBound < firstRingLabel.lowerBound)
    // A row's rounded change differs from the difference of its rounded percentages: a note says why.
    #expect(HTMLReportRenderer.roundsApart(comparison))
    #expect(html.contains("förändringen räknas på de oavrundade andelarna"))
    try Snapshot.assertMatches(html, named: "testby-comparison.sv.html")
  }

  @Test("Peer ranges are drawn above the bars, in percent of each area's maximum")
  func peerRanges() throws {
    let folder = "Tests/KommunKompassTests/Fixtures/peers/"
    let (subject, scorecard) = try Self.load(
      "Tests/KommunKompassTests/Fixtures/evaluations/testby-2020.json")
    let rubric = try #require(RubricCatalog.bundled.rubric(id: subject.rubricID))
    var group = PeerGroup(rubric: rubric, excluding: subject.municipality.code)
    for name in [
      "exempelstad-2020", "lillby-2020", "mellanby-2020", "provkoping-2020", "storby-2020",
    ] {
      let (peer, _) = try Self.load(folder + name + ".json")
      _ = group.add(peer, file: name)
    }
    let benchmark = try #require(group.comparison(for: scorecard).value)
    let renderer = HTMLReportRenderer(language: .english)
    let ranges = renderer.chartRanges(of: benchmark)
    #expect(ranges.count == 8)
    for (id, range) in ranges {
      let statistics = try #require(benchmark.row(id: id)?.statistics)
      // Every area has 100 points, so the chart's range is the statistics' range.
      #expect(range.minimum == statistics.minimum && range.maximum == statistics.maximum)
      #expect(range.minimum <= range.median && range.median <= range.maximum)
    }
    let html = renderer.render(evaluation: subject, scorecard: scorecard, ranges: ("Peers", ranges))
    // Eight areas and the legend, in the wide and in the narrow layout.
    #expect(html.matches(of: /<rect class="range"/).count == 18)
    #expect(html.matches(of: /<line class="median"/).count == 18)
    // The strip lies above the area's first bar, not under it.
    let wide = String(html[..<(html.range(of: "bar-chart narrow")?.lowerBound ?? html.endIndex)])
    let area1 = try #require(wide.firstMatch(of: /data-area="1">.*?<\/g>/.dotMatchesNewlines()))
    let strip = try #require(area1.output.firstMatch(of: /<rect class="range" [^>]*y="([\d.]+)"/))
    let bar = try #require(
      area1.output.firstMatch(of: /<rect class="bar series-0" [^>]*y="([\d.]+)"/))
    #expect(try #require(Double(strip.1)) + 5 <= (try #require(Double(bar.1))))
    // The statistics table has the figures of `compare --peers` and the peers behind each row:
    // only 4 of the 5 peers assessed area 5.
    let statistics = renderer.peerStatisticsSection(benchmark)
    #expect(
      statistics.contains(
        "<tr><th scope=\"row\">5. User focus</th><td class=\"number\">100</td><td class=\"number\">50*</td><td class=\"number\">57.5</td><td class=\"number\">57.5</td><td class=\"number\">50</td><td class=\"number\">65</td><td class=\"number\">\u{2212}7.5</td><td>4 of 5 (shared by 2)</td><td class=\"number\">4</td></tr>"
      ), "\(statistics)")
    #expect(statistics.contains("<caption>"))
    #expect(
      renderer.peerRangeLabel(of: benchmark)
        == "Spread among the peers (min–max, median), n = 5; area 5: n = 4")
    // In English, the evaluation's own Swedish texts are marked as such and the reader is told.
    #expect(html.contains("quoted in the evaluation&#39;s original language, Swedish."))
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
  }
}
