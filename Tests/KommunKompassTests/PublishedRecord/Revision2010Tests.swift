import Foundation
import Testing

@testable import KommunKompass

/// The 2010 revision, its crosswalk to 2016 and on to 2019/2020, and each rubric's period of use.
@Suite("Revision 2010 and periods of use")
struct Revision2010Tests {
  @Test("The 2010 revision has the eight published area names, 100 points each")
  func rubric2010() throws {
    let rubric = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2010"))
    #expect(rubric.revision == "2010")
    #expect(
      rubric.areas.map(\.title.swedish) == [
        "Offentlighet och demokrati", "Tillgänglighet och brukarorientering",
        "Politisk styrning och kontroll", "Ledarskap, ansvar och delegation",
        "Resultat och effektivitet", "Kommunen som arbetsgivare – personalpolitik",
        "Verksamhetsutveckling", "Kommunen som samhällsbyggare",
      ])
    #expect(rubric.areas.allSatisfy { $0.maxPoints == 100 && $0.subAreas.isEmpty })
    #expect(rubric.maxPoints == 800)
    #expect(rubric.periodOfUse == RubricPeriod(from: 2010, until: 2015))
  }

  @Test("The 2016 revision has the area names of SKR's 2016–2019 reports")
  func names2016() throws {
    let rubric = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2016"))
    #expect(rubric.area(id: "2")?.title.swedish == "Brukarfokus, tillgänglighet och bemötande")
    #expect(rubric.area(id: "7")?.title.swedish == "Ständiga förbättringar")
    // Files that use the 2010 names still match, as aliases.
    #expect(rubric.area(id: "2")?.aliases == ["Tillgänglighet och brukarorientering"])
    #expect(rubric.area(id: "7")?.aliases == ["Verksamhetsutveckling"])
    #expect(rubric.periodOfUse == RubricPeriod(from: 2016, until: 2019))
    #expect(
      RubricCatalog.bundled.rubric(id: "kommunkompassen-2020")?.periodOfUse
        == RubricPeriod(from: 2019))
  }

  @Test("2010 to 2016: renamed areas 2 and 7 revised, the others the same, bilingual reasons")
  func crosswalk2010To2016() throws {
    let crosswalk = try #require(
      CrosswalkCatalog.bundled.crosswalk(id: "kommunkompassen-2010-to-2016"))
    #expect(crosswalk.links.map(\.from) == ["1", "2", "3", "4", "5", "6", "7", "8"])
    #expect(crosswalk.links.allSatisfy { $0.to == [$0.from ?? ""] })
    #expect(
      crosswalk.links.filter { $0.comparability == .revised }.map(\.from) == ["2", "7"])
    #expect(
      crosswalk.links.allSatisfy { link in
        let texts = [link.justification.swedish, link.justification.english ?? ""]
        return texts.allSatisfy { !$0.isEmpty && !$0.contains("\n") }
      })
    let rubric2010 = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2010"))
    let rubric2016 = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2016"))
    let overlap = try #require(CrosswalkCatalog.bundled.overlap(from: rubric2010, to: rubric2016))
    // Six areas of 100 the same, two revised.
    #expect(overlap.sameMaxPoints == 600 && overlap.revisedMaxPoints == 200)
  }

  @Test("2010 to 2019/2020 is chained through 2016, and every area becomes revised")
  func chainedTo2020() throws {
    let rubric2010 = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2010"))
    let rubric2020 = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2020"))
    let overlap = try #require(CrosswalkCatalog.bundled.overlap(from: rubric2010, to: rubric2020))
    #expect(
      overlap.crosswalkIDs == ["kommunkompassen-2010-to-2016", "kommunkompassen-2016-to-2020"])
    #expect(overlap.revisedMaxPoints == 800 && overlap.sameMaxPoints == 0)
    let route = try #require(
      CrosswalkCatalog.bundled.route(from: "kommunkompassen-2010", to: "kommunkompassen-2020"))
    // 2010 area 2 → 2016 area 2 (revised) → 2020 area 5 (revised).
    guard case .mapped(let ids, let level, let reasons) = route.targetCounterparts(of: ["2"]) else {
      Issue.record("area 2 is not mapped")
      return
    }
    #expect(ids == ["5"] && level == .revised && reasons.count == 2)
    // 2010 area 6 → 2016 area 6 (same) → 2020 areas 7 and 8 (revised).
    guard case .mapped(let ids6, let level6, _) = route.targetCounterparts(of: ["6"]) else {
      Issue.record("area 6 is not mapped")
      return
    }
    #expect(ids6 == ["7", "8"] && level6 == .revised)
  }

  @Test("Grästorp 2014-10 on the 2010 revision: 506 of 800, published total agreeing")
  func grastorp() throws {
    let url = RepositoryFiles.evaluations.appendingPathComponent("grastorp-2014-10.json")
    let result = Evaluation.load(contentsOf: url)
    #expect(result.problems.isEmpty, "\(result.problems)")
    let evaluation = try #require(result.value)
    #expect(evaluation.rubricID == "kommunkompassen-2010" && evaluation.detail == .area)
    #expect(evaluation.date == CalendarDate(year: 2014, month: 10))
    #expect(evaluation.areas.compactMap(\.points) == [61, 60, 73, 53, 70, 56, 65, 68])
    #expect(evaluation.publishedTotal == 506)
    #expect(evaluation.provenance?.contains("grastorp") == false)
    #expect(evaluation.provenance?.contains("Grästorps kommuns webbplats") == true)
    let rubric = try #require(RubricCatalog.bundled.rubric(id: evaluation.rubricID))
    let scorecard = ScoringEngine(rubric: rubric).score(evaluation)
    // 61 + 60 + 73 + 53 + 70 + 56 + 65 + 68 = 506; 506 / 800 = 63.25 %.
    #expect(scorecard.total == Score(points: 506, assessedMaxPoints: 800, maxPoints: 800))
    #expect(scorecard.total.displayPercent == 63)
  }

  @Test(
    "An evaluation dated outside its revision's period is valid with a warning naming the period",
    arguments: [
      ("kommunkompassen-2020", "2005", "2019/2020", "från 2019", "from 2019"),
      ("kommunkompassen-2010", "2016-03", "2010", "2010–2015", "2010–2015"),
      ("kommunkompassen-2016", "2015-12-31", "2016", "2016–2019", "2016–2019"),
    ])
  func outsidePeriod(
    rubricID: String, date: String, revision: String, swedish: String, english: String
  ) throws {
    let result = Evaluation.load(
      bytes: Array(Self.areaLevel(rubric: rubricID, date: date).utf8), file: "t.json")
    let evaluation = try #require(result.value)
    let problem = try #require(result.problems.first { $0.kind == .dateOutsideRubricPeriod })
    #expect(result.problems.count == 1)
    #expect(problem.severity == .warning && problem.path.description == "date")
    #expect(
      problem.message.swedish
        == "utvärderingen är daterad \(date), men version \(revision) av Kommunkompassen användes \(swedish); kontrollera datumet och \"rubric\""
    )
    #expect(problem.message.english?.contains("was used \(english)") == true)
    let rubric = try #require(RubricCatalog.bundled.rubric(id: rubricID))
    #expect(
      evaluation.validationProblems(against: rubric).map(\.kind) == [.dateOutsideRubricPeriod])
  }

  @Test(
    "Dates within the period, its first and last year included, give no warning",
    arguments: [
      ("kommunkompassen-2010", "2010"), ("kommunkompassen-2010", "2015-12-31"),
      ("kommunkompassen-2016", "2019-06"), ("kommunkompassen-2020", "2019"),
      ("kommunkompassen-2020", "2031-01-01"),
    ])
  func insidePeriod(rubricID: String, date: String) {
    let result = Evaluation.load(
      bytes: Array(Self.areaLevel(rubric: rubricID, date: date).utf8), file: "t.json")
    #expect(result.value != nil && result.problems.isEmpty, "\(result.problems)")
  }

  @Test("A rubric's period is checked when the rubric is loaded")
  func periodLoading() {
    func problems(_ period: String) -> [String] {
      let text = """
        {"id": "x", "revision": "x", "title": "X", "periodOfUse": \(period),
         "areas": [{"id": "1", "title": "Ett", "maxPoints": 100}]}
        """
      return Rubric.load(bytes: Array(text.utf8), file: "r.json").problems.map {
        "\($0.path) \($0.kind)"
      }
    }
    #expect(problems(#"{"from": 2010, "until": 2015}"#).isEmpty)
    #expect(problems(#"{"from": 2019}"#).isEmpty)
    #expect(problems("null").isEmpty)
    #expect(problems(#"{"from": 2015, "until": 2010}"#) == ["periodOfUse.until outOfRange"])
    #expect(problems(#"{"until": 2010}"#) == ["periodOfUse.from missingKey"])
    #expect(problems(#"{"from": 20}"#) == ["periodOfUse.from outOfRange"])
    #expect(problems(#"{"from": 2010.5}"#) == ["periodOfUse.from wrongType"])
    #expect(problems(#"{"from": 2010, "to": 2012}"#) == ["periodOfUse.to unknownKey"])
  }

  /// An area-level evaluation of Testby with 50 points in every area.
  static func areaLevel(rubric: String, date: String) -> String {
    let areas = (1...8).map { #"{"id": "\#($0)", "points": 50}"# }.joined(separator: ", ")
    return """
      {"rubric": "\(rubric)", "detail": "area", "municipality": {"name": "Testby kommun", "code": "1899", "fictitious": true},
       "date": "\(date)", "kind": "external", "areas": [\(areas)]}
      """
  }
}
