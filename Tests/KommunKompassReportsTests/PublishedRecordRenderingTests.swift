import Foundation
import KommunKompass
import Testing

@testable import KommunKompassReports

/// Published totals beside the sum of the areas, and totals-only evaluations, in every format.
@Suite("Published totals and totals-only evaluations in reports")
struct PublishedRecordRenderingTests {
  /// Testby's areas published as 66, 73, 80, 60, 65, 71, 70 and 72 (sum 557), with a total.
  static func areaLevel(publishedTotal: Int?) throws -> Scorecard {
    let areas = [66, 73, 80, 60, 65, 71, 70, 72].enumerated()
      .map { #"{"id": "\#($0.offset + 1)", "points": \#($0.element)}"# }
      .joined(separator: ", ")
    let total = publishedTotal.map { #", "publishedTotal": \#($0)"# } ?? ""
    let text = """
      {"rubric": "kommunkompassen-2020", "detail": "area", "date": "2021-05",
       "municipality": {"name": "Testby kommun", "code": "1899", "fictitious": true}, "kind": "external",
       "areas": [\(areas)]\(total)}
      """
    return try score(text)
  }

  /// The lines of a text with runs of spaces collapsed, so table rows compare without padding.
  static func rows(_ text: String) -> [String] {
    text.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
  }

  static func score(_ text: String) throws -> Scorecard {
    let evaluation = try #require(Evaluation.load(bytes: Array(text.utf8), file: "t.json").value)
    let rubric = try #require(RubricCatalog.bundled.rubric(id: evaluation.rubricID))
    return ScoringEngine(rubric: rubric).score(evaluation)
  }

  static func totalOnly(_ member: String) throws -> Scorecard {
    try score(
      """
      {"rubric": "kommunkompassen-2020", "detail": "total", "date": "2022",
       "municipality": {"name": "Testby kommun", "code": "1899", "fictitious": true}, "kind": "external", \(member)}
      """)
  }

  @Test("Score table: the sum of the areas and the published total, labelled, and the note")
  func scoreTable() throws {
    let text = ScoreTableRenderer().render(try Self.areaLevel(publishedTotal: 556))
    // 557 / 800 = 69.6\u{A0}% and 556 / 800 = 69.5\u{A0}%: both 70\u{A0}%.
    #expect(Self.rows(text).contains("Summa av områdena 557 800 70\u{A0}%"))
    #expect(Self.rows(text).contains("Publicerad total 556 800 70\u{A0}%"))
    #expect(
      text.contains(
        "Anmärkning: den publicerade totalen 556 skiljer sig från summan av poängen i filen, 557;"))
    #expect(text.contains("beror troligen på avrundning"))
    // Without a published total the row is called "Totalt", as before.
    let plain = ScoreTableRenderer().render(try Self.areaLevel(publishedTotal: nil))
    #expect(plain.contains("\nTotalt ") && !plain.contains("Publicerad total"))
    // Agreeing figures: both shown, no note.
    let agreeing = ScoreTableRenderer(language: .english).render(
      try Self.areaLevel(publishedTotal: 557))
    #expect(agreeing.contains("Sum of the areas") && agreeing.contains("Published total"))
    #expect(!agreeing.contains("Note:"))
  }

  @Test("Profile, CSV, JSON and Markdown show the published total beside the sum")
  func otherFormats() throws {
    let scorecard = try Self.areaLevel(publishedTotal: 550)
    let profile = ProfileRenderer(language: .english).render(scorecard)
    #expect(profile.contains("   Sum of the areas"))
    #expect(profile.contains("   Published total: 550 of 800 points (69%)"))
    // 557 − 550 = 7 > 0.5 + 8 × 0.5 = 4.5: beyond rounding, a warning.
    #expect(profile.contains("Warning: the published total 550 differs from the sum"))

    let csv = ScorecardCSVWriter(dialect: .rfc4180, language: .english).render(scorecard)
    let last = try #require(csv.split(separator: "\r\n").last.map(String.init))
    #expect(last.hasPrefix("published total,,,"))
    #expect(last.hasSuffix(",550,800,800,68.75,550,69,warning,1899,,,"))

    let document = ScorecardDocument(scorecard, language: .english)
    let published = try #require(document.publishedTotal)
    #expect(published.points == 550 && published.sumOfPoints == 557 && published.differs)
    #expect(published.severity == "warning")
    #expect(document.total.points == 557)

    let markdown = MarkdownRenderer(language: .english).renderTable(scorecard)
    #expect(markdown.contains("**Sum of the areas: 557 of 800 points (70%)**"))
    #expect(markdown.contains("Published total: 550 of 800 points (69%)"))
  }

  @Test("Totals-only: the total alone, never \"0 of 0\", in every format")
  func totalsOnly() throws {
    let known = try Self.totalOnly(#""points": 438"#)
    let table = ScoreTableRenderer().render(known)
    // 438 / 800 = 54.75\u{A0}%, shown as 55\u{A0}%.
    #expect(Self.rows(table).contains("Totalt 438 800 55\u{A0}%"))
    #expect(table.contains("Endast totalen är känd"))
    for member in [#""notAssessed": "Resultatet publicerades inte""#, #""points": null"#] {
      let scorecard = try Self.totalOnly(member)
      let outputs = [
        ScoreTableRenderer().render(scorecard),
        ScoreTableRenderer(language: .english).render(scorecard),
        ProfileRenderer(language: .swedish).render(scorecard),
        ProfileRenderer(language: .english).render(scorecard),
        MarkdownRenderer().renderTable(scorecard), MarkdownRenderer().renderProfile(scorecard),
        ScorecardCSVWriter().render(scorecard),
      ]
      for output in outputs {
        #expect(!output.contains("0 av 0") && !output.contains("0 of 0"), "\(output)")
        #expect(!output.contains(";0;800;0;"), "\(output)")
      }
    }
    let reason = ScoreTableRenderer().render(
      try Self.totalOnly(#""notAssessed": "Resultatet publicerades inte""#))
    #expect(Self.rows(reason).contains("Totalt – 800 ej bedömt"))
    #expect(reason.contains("     Skäl: Resultatet publicerades inte"))
    let profile = ProfileRenderer(language: .swedish).render(try Self.totalOnly(#""points": null"#))
    #expect(profile.contains("   ännu inte poängsatt\n"))
    #expect(!profile.contains("Starka delområden"))
  }
}
