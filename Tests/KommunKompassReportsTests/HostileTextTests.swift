import KommunKompass
import Testing

@testable import KommunKompassReports

/// Renderers never let the data steer a terminal, break a Markdown table or run as a spreadsheet
/// formula.
@Suite("Renderers and hostile data")
struct HostileTextTests {
  static let hostile = "Ond\u{1B}[2J|*\u{202E}\r\nfalsk rad"

  /// A scored Kumla draft with a hostile municipality name, strength, summary and good example.
  static func scorecard() throws -> (Scorecard, Evaluation) {
    let rubric = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2020"))
    let code = try #require(MunicipalityCode(rawValue: "1881"))
    let date = try #require(CalendarDate("2026-03-01"))
    var evaluation = EvaluationTemplate.blank(
      rubric: rubric, municipality: Municipality(name: hostile, code: code), date: date)
    evaluation.areas[0].strengths = [hostile]
    evaluation.summary = [hostile]
    evaluation.goodExamples = [GoodExample(area: "1", text: hostile)]
    return (ScoringEngine(rubric: rubric).score(evaluation), evaluation)
  }

  static func expectSafe(_ text: String, _ what: String, lineBreaksAreText: Bool = true) {
    for scalar in ["\u{1B}", "\u{202E}", "\r"] as [Unicode.Scalar] {
      #expect(
        !text.unicodeScalars.contains(scalar), "\(what) holds U+\(String(scalar.value, radix: 16))")
    }
    if lineBreaksAreText {
      #expect(!text.contains("\nfalsk rad"), "\(what): the data's line break starts a line")
    }
  }

  @Test("Text renderers escape the data, with or without colours")
  func textRenderers() throws {
    let (scorecard, _) = try Self.scorecard()
    Self.expectSafe(ScoreTableRenderer().render(scorecard), "table")
    Self.expectSafe(ProfileRenderer().render(scorecard), "profile")
    let coloured = ProfileRenderer(usesColor: true).render(scorecard)
    #expect(coloured.contains("\u{1B}[1m"))
    #expect(!coloured.contains("\u{1B}[2J") && !coloured.unicodeScalars.contains("\u{202E}"))
    #expect(coloured.contains(#"Ond\u{1B}[2J|*\u{202E}\u{D}\u{A}falsk rad"#))
  }

  @Test("Markdown escapes pipes and emphasis and keeps a data line break out of the table")
  func markdown() throws {
    let (scorecard, evaluation) = try Self.scorecard()
    for text in [
      MarkdownRenderer().renderTable(scorecard),
      MarkdownRenderer().renderProfile(scorecard, evaluation: evaluation),
    ] {
      Self.expectSafe(text, "Markdown")
      #expect(text.contains(#"Ond\u{1B}\[2J\|\*\u{202E}\u{D}\u{A}falsk rad"#))
      // Every table row has as many unescaped pipes as its header.
      for line in text.split(separator: "\n") where line.hasPrefix("|") {
        let pipes = line.replacingOccurrences(of: #"\|"#, with: "").filter { $0 == "|" }.count
        #expect(pipes == 5 || pipes == 6, "\(line)")
      }
    }
  }

  @Test("HTML escapes markup and shows controls escaped")
  func html() throws {
    let (scorecard, evaluation) = try Self.scorecard()
    let html = HTMLReportRenderer().render(evaluation: evaluation, scorecard: scorecard)
    // In HTML a line break is only white space, so it is kept.
    Self.expectSafe(html, "HTML", lineBreaksAreText: false)
    #expect(html.contains(#"Ond\u{1B}[2J|*\u{202E}\u{D}"#))
  }

  @Test(
    "CSV: a text cell that a spreadsheet would read as a formula gets a leading apostrophe",
    arguments: [
      ("=HYPERLINK(\"http://example.invalid\")", "\"'=HYPERLINK(\"\"http://example.invalid\"\")\""),
      ("+1", "'+1"), ("-1+2", "'-1+2"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
      ("\rx", "\"'\rx\""),
      ("-", "'-"), ("Kumla", "Kumla"), ("a=b", "a=b"), ("", ""),
    ])
  func formulas(_ text: String, _ expected: String) {
    #expect(CSVFormat(dialect: .rfc4180).render([[text]]) == expected + "\r\n")
  }

  @Test("CSV: numbers are never neutralised, in either dialect")
  func numbers() {
    for dialect in CSVDialect.allCases {
      let csv = CSVFormat(dialect: dialect)
      let cells = [csv.number(-0.45), csv.number(-12), csv.integer(-3), csv.number(5.5)]
      let line = csv.render([cells])
      #expect(!line.contains("'"), "\(dialect): \(line)")
    }
  }
}
