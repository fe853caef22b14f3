import KommunKompass
import Testing

@testable import KommunKompassReports

@Suite("Text profile")
struct ProfileRendererTests {
  @Test("A draft with nothing scored shows '– / 100', not '0 / 0', and no bars")
  func draftProfile() throws {
    let rubric = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2020"))
    let code = try #require(MunicipalityCode(rawValue: "1881"))
    let date = try #require(CalendarDate("2026-03-01"))
    let draft = EvaluationTemplate.blank(
      rubric: rubric, municipality: Municipality(name: "Kumla kommun", code: code), date: date)
    let text = ProfileRenderer(language: .swedish).render(
      ScoringEngine(rubric: rubric).score(draft))
    #expect(text.contains(" 1 Samspel mellan förtroendevalda och medborgare    – / 100      –\n"))
    #expect(text.contains("   Totalt                                           – / 800      –\n"))
    #expect(!text.contains("0 / 0") && !text.contains("#"))
  }

  @Test("Bars are proportional: 20 characters of # for 80 % with the default width of 25")
  func barLength() {
    #expect(BarStyle.plain.bar(percent: 80, width: 25) == String(repeating: "#", count: 20))
    #expect(BarStyle.unicode.bar(percent: 50, width: 3) == "█▌")
    #expect(BarStyle.plain.bar(percent: 140, width: 10).count == 10)
  }
}
