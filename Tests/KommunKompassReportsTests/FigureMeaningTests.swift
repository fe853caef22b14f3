import Foundation
import KommunKompass
import Testing

@testable import KommunKompassReports

/// What the figures mean, as readers meet them: reasons for what was not assessed, area-level
/// profiles without sub-area lists, and target progress the same in text and CSV.
@Suite("What the figures mean")
struct FigureMeaningTests {
  /// A fixture of the library's tests, for example `evaluations/testby-2020.json`.
  static func fixture(_ path: String) -> URL {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent()  // KommunKompassReportsTests
      .deletingLastPathComponent()  // Tests
      .appendingPathComponent("KommunKompassTests/Fixtures")
      .appendingPathComponent(path)
  }

  static func scorecard(_ path: String) throws -> Scorecard {
    let result = Evaluation.load(contentsOf: fixture(path), displayName: path)
    let evaluation = try #require(result.value, "\(result.problems)")
    let rubric = try #require(RubricCatalog.bundled.rubric(id: evaluation.rubricID))
    return ScoringEngine(rubric: rubric).score(evaluation)
  }

  @Test("score shows the reason of a not-assessed sub-area, under its row")
  func subAreaReason() throws {
    let scorecard = try Self.scorecard("evaluations/testby-2020.json")
    let swedish = ScoreTableRenderer(language: .swedish).render(scorecard)
    let lines = swedish.split(separator: "\n").map(String.init)
    let row = try #require(lines.firstIndex { $0.hasPrefix("1.4  ") })
    #expect(lines[row].hasSuffix("ej bedömt"))
    #expect(lines[row + 1] == "     Skäl: Ingen intervju om resultatredovisningen hanns med")
    let english = ScoreTableRenderer(language: .english).render(scorecard)
    #expect(english.contains("\n     Reason: Ingen intervju om resultatredovisningen hanns med\n"))
    let markdown = MarkdownRenderer(language: .swedish).renderTable(scorecard)
    #expect(markdown.contains("| ej bedömt (Ingen intervju om resultatredovisningen hanns med) |"))
  }

  @Test("score shows the reason of a not-assessed area of an area-level evaluation, never 0 of 0")
  func areaReason() throws {
    let scorecard = try Self.scorecard("evaluations/testby-2022-area.json")
    let text = ScoreTableRenderer(language: .swedish).render(scorecard)
    let lines = text.split(separator: "\n").map(String.init)
    let heading = try #require(lines.firstIndex { $0.hasPrefix("4. Effektivitet") })
    #expect(lines[heading + 1].hasPrefix("     Summa"))
    #expect(lines[heading + 1].hasSuffix("–    100  ej bedömt"))
    #expect(lines[heading + 2] == "     Skäl: Ekonomichefen kunde inte intervjuas")
    #expect(!text.contains("0 av 0"))
  }

  @Test("A blank draft's score table says 'ännu inte poängsatt' for areas and total, never 0 of 0")
  func blankDraft() throws {
    let rubric = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2020"))
    let draft = EvaluationTemplate.blank(
      rubric: rubric,
      municipality: Municipality(
        name: "Testby kommun", code: try #require(MunicipalityCode(rawValue: "1899"))),
      date: try #require(CalendarDate("2026-03-01")))
    let text = ScoreTableRenderer(language: .swedish).render(
      ScoringEngine(rubric: rubric).score(draft))
    let lines = text.split(separator: "\n").map(String.init)
    #expect(!text.contains("0 av 0") && !text.contains("Obs:"))
    #expect(lines.filter { $0.hasPrefix("     Summa") }.count == 8)
    #expect(
      lines.filter { $0.hasPrefix("     Summa") }.allSatisfy { $0.hasSuffix("ännu inte poängsatt") }
    )
    let total = try #require(lines.last)
    #expect(total.hasPrefix("Totalt") && total.hasSuffix("–    800  ännu inte poängsatt"))
  }

  @Test("JSON gives an area assessed as a whole its status and reason; areas with sub-areas none")
  func areaReasonInJSON() throws {
    let document = ScorecardDocument(
      try Self.scorecard("evaluations/testby-2022-area.json"), language: .swedish)
    #expect(
      document.areas.map(\.status) == Array(repeating: "scored", count: 3) + ["notAssessed"]
        + Array(repeating: "scored", count: 4))
    #expect(document.areas[3].notAssessedReason == "Ekonomichefen kunde inte intervjuas")
    let full = ScorecardDocument(
      try Self.scorecard("evaluations/testby-2020.json"), language: .swedish)
    #expect(full.areas.allSatisfy { $0.status == nil && $0.notAssessedReason == nil })
    #expect(!(try full.jsonText()).contains("\"notAssessedReason\": null"))
  }

  @Test("An area-level profile says it has no sub-area data and lists nothing empty")
  func areaLevelProfile() throws {
    let scorecard = try Self.scorecard("evaluations/testby-2022-area.json")
    let text = ProfileRenderer(language: .swedish).render(scorecard)
    #expect(
      text.contains(
        "Utvärderingen har bara poäng per område: det finns inga uppgifter om delområden,"))
    for absent in [
      "Styrkor:", "Förbättringsmöjligheter:", "Starka delområden", "Svaga delområden",
      "(inga)", "0 av 0",
    ] {
      #expect(!text.contains(absent), "\(absent)")
    }
    #expect(
      text.contains(
        "\n4. Effektivitet\n   ej bedömt (100 poäng): Ekonomichefen kunde inte intervjuas\n"))
    #expect(
      text.contains(
        "\n1. Samspel mellan förtroendevalda och medborgare\n   60 av 100 poäng (60\u{A0}%)\n"))
    let english = MarkdownRenderer(language: .english).renderProfile(scorecard)
    #expect(english.contains("there are no sub-area data"))
    #expect(!english.contains("Strengths") && !english.contains("Strong sub-areas"))
    // A profile with sub-areas keeps its lists, "(inga)" included.
    let full = ProfileRenderer(language: .swedish).render(
      try Self.scorecard("evaluations/testby-2020.json"))
    #expect(full.contains("Styrkor:") && full.contains("Starka delområden"))
    #expect(!full.contains("inga uppgifter om delområden"))
  }

  @Test("The report's chart gives each area of a joint row a bar: its own, or the joint figure")
  func jointRowChart() throws {
    func named(_ path: String) throws -> NamedEvaluation {
      NamedEvaluation(
        file: path,
        evaluation: try #require(
          Evaluation.load(contentsOf: Self.fixture(path), displayName: path).value))
    }
    let comparison = try #require(
      EvaluationComparer().compare([
        try named("evaluations/testby-2016.json"), try named("evaluations/testby-2020.json"),
      ]).value)
    #expect(comparison.row(id: "7+8") != nil)
    let series = HTMLReportRenderer().chartSeries(of: comparison)
    // 2016: areas 4 and 6 pooled, 120 of 200 = 60\u{A0}%, on both bars. 2020: area 7 is 51 of 100,
    // area 8 49.2 of 100 (49\u{A0}%), each from its own sub-areas.
    #expect(series[0].percentByArea["7"] == 60 && series[0].percentByArea["8"] == 60)
    #expect(series[1].percentByArea["7"] == 51 && series[1].percentByArea["8"] == 49)
    #expect(series[1].percentByArea["7+8"] == nil)
  }

  @Test("Target progress in CSV is the percentage the text shows")
  func targetProgress() throws {
    let path = "profiles/testby-mal-2024.json"
    let profile = try #require(
      TargetProfile.load(contentsOf: Self.fixture(path), displayName: path).value)
    func named(_ path: String) throws -> NamedEvaluation {
      NamedEvaluation(
        file: path,
        evaluation: try #require(
          Evaluation.load(contentsOf: Self.fixture(path), displayName: path).value))
    }
    let comparison = try #require(
      profile.progress(
        current: try named("evaluations/testby-2020.json"),
        baseline: try named("evaluations/testby-2018.json")
      ).value)
    // Area 1: progress 7.0556 / 17.6 = 0.4009: 40\u{A0}%. 1.3: 0.6: 60\u{A0}%. Area 3: 1.2: 120\u{A0}%.
    let expected = ["1": 40, "1.3": 60, "2": -5, "3": 120, "4": -150, "7": 20]
    let text = TargetRenderer(language: .swedish).renderText(comparison)
    let csv = TargetCSVWriter(dialect: .rfc4180, language: .english).render(comparison)
    let csvRows = csv.split(whereSeparator: \.isNewline).map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    let header = try #require(csvRows.first)
    let progressColumn = try #require(header.firstIndex(of: "Progress (%)"))
    for (id, percent) in expected {
      let row = try #require(comparison.row(id: id))
      #expect(row.displayProgressPercent == percent, "\(id)")
      let csvRow = try #require(
        csvRows.first {
          $0.count > progressColumn && ($0[2] == id || ($0[2].isEmpty && $0[1] == id))
        })
      #expect(csvRow[progressColumn] == String(percent), "\(id)")
      let shown = NumberStyle(language: .swedish).percent(percent)
      #expect(text.contains(" \(shown)  "), "\(id)")
    }
  }
}
