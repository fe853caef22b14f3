import Foundation
import Testing

@testable import KommunKompass

/// Evaluations with `"detail": "area"`: only the points of each area, as many municipalities
/// published them. The fixtures are made up (Testby kommun).
@Suite("Area-level evaluations")
struct AreaLevelEvaluationTests {
  static let file = "evaluations/testby-2022-area.json"

  @Test("An area-level file loads without problems, and the loader agrees with JSONDecoder")
  func loads() throws {
    let url = ComparisonFixtures.url(Self.file)
    let result = Evaluation.load(contentsOf: url, displayName: Self.file)
    #expect(result.problems.isEmpty, "\(result.problems)")
    let evaluation = try #require(result.value)
    #expect(evaluation.detail == .area)
    #expect(evaluation.publishedTotal == 394)
    #expect(evaluation.areas.allSatisfy { $0.subAreas.isEmpty })
    #expect(evaluation.areas[0].assessment == .points(60))
    #expect(evaluation.areas[0].points == 60)
    #expect(
      evaluation.areas[3].assessment == .notAssessed(reason: "Ekonomichefen kunde inte intervjuas"))
    let decoded = try JSONDecoder().decode(Evaluation.self, from: Data(contentsOf: url))
    #expect(decoded == evaluation)
  }

  @Test("Codable round trip keeps the detail; sub-area files are encoded as before")
  func codable() throws {
    let evaluation = try ComparisonFixtures.evaluation(Self.file).evaluation
    let data = try JSONEncoder().encode(evaluation)
    #expect(try JSONDecoder().decode(Evaluation.self, from: data) == evaluation)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["detail"] as? String == "area")
    #expect(object["publishedTotal"] as? Double == 394)
    let area = try #require((object["areas"] as? [[String: Any]])?.first)
    #expect(area["points"] as? Double == 60)
    #expect(area["subAreas"] == nil)
    // The ordered writer gives the same keys.
    let text = try evaluation.fileText()
    #expect(Evaluation.load(bytes: Array(text.utf8), file: "written.json").value == evaluation)

    let kumla = try #require(Evaluation.load(contentsOf: RepositoryFiles.kumla2020).value)
    let kumlaObject = try #require(
      try JSONSerialization.jsonObject(with: JSONEncoder().encode(kumla)) as? [String: Any])
    #expect(kumlaObject["detail"] == nil && kumlaObject["publishedTotal"] == nil)
    #expect((kumlaObject["areas"] as? [[String: Any]])?.first?["points"] == nil)
  }

  @Test("Scoring gives areas with their own points and no sub-areas")
  func scoring() throws {
    let evaluation = try ComparisonFixtures.evaluation(Self.file).evaluation
    let rubric = try #require(RubricCatalog.bundled.rubric(id: evaluation.rubricID))
    let scorecard = ScoringEngine(rubric: rubric).score(evaluation)
    #expect(scorecard.detail == .area)
    #expect(scorecard.areas.allSatisfy { $0.subAreas.isEmpty })
    let area1 = try #require(scorecard.area(id: "1"))
    #expect(area1.score == Score(points: 60, assessedMaxPoints: 100, maxPoints: 100))
    #expect(area1.areaLevelStatus == .scored)
    let area4 = try #require(scorecard.area(id: "4"))
    #expect(area4.areaLevelStatus == .notAssessed(reason: "Ekonomichefen kunde inte intervjuas"))
    #expect(area4.score.assessedMaxPoints == 0 && area4.score.percent == nil)
    // 60 + 50 + 80 + 55 + 50 + 51 + 48 = 394 of the 700 assessed points (area 4 left out), of 800.
    #expect(scorecard.total == Score(points: 394, assessedMaxPoints: 700, maxPoints: 800))
    #expect(scorecard.total.displayPercent == 56)  // 394 / 700 = 56.3 %
    // The strongest and weakest sub-areas need sub-area points.
    #expect(scorecard.strongestSubAreas.isEmpty && scorecard.weakestSubAreas.isEmpty)
    // A sub-area evaluation is still scored per sub-area.
    let kumla = try #require(Evaluation.load(contentsOf: RepositoryFiles.kumla2020).value)
    #expect(ScoringEngine(rubric: rubric).score(kumla).detail == .subArea)
  }

  @Test("An area-level evaluation of the 2016 revision loads and scores")
  func revision2016() throws {
    let evaluation = try ComparisonFixtures.evaluation("evaluations/testby-2016.json").evaluation
    let rubric = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2016"))
    let scorecard = ScoringEngine(rubric: rubric).score(evaluation)
    // 45 + 55 + 60 + 50 + 40 + 70 + 35 + 65 = 420 of 800.
    #expect(scorecard.total == Score(points: 420, assessedMaxPoints: 800, maxPoints: 800))
    #expect(scorecard.area(id: "7")?.title.swedish == "Ständiga förbättringar")
  }

  @Test("A blank template for a rubric with areas only is an area-level draft")
  func blankTemplate() throws {
    let rubric = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2016"))
    let blank = EvaluationTemplate.blank(
      rubric: rubric,
      municipality: Municipality(
        name: "Testby kommun", code: try #require(MunicipalityCode(rawValue: "1899")),
        isFictitious: true),
      date: try #require(CalendarDate("2017-03")))
    #expect(blank.detail == .area)
    #expect(blank.areas.allSatisfy { $0.assessment == .pending && $0.subAreas.isEmpty })
    let result = Evaluation.load(bytes: Array(try blank.fileText().utf8), file: "blank.json")
    #expect(result.errors.isEmpty, "\(result.errors)")
    #expect(result.warnings.map(\.kind) == Array(repeating: .notScoredYet, count: 8))
    #expect(result.value == blank)
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: @Sendable () throws -> [UInt8]
    var expected: [ExpectedProblem]
    var testDescription: String { name }
  }

  static let invalid: [Case] = [
    Case(
      name: "sub-areas in an area-level file",
      bytes: {
        try ComparisonFixtures.mutated(file) { object in
          editArea(&object, area: 0) { $0["subAreas"] = [["id": "1.1", "points": 10]] }
        }
      },
      expected: [
        ExpectedProblem(
          "areas[0].subAreas", .wrongDetailLevel,
          "the evaluation has \"detail\": \"area\" and gives points per area only; remove \"subAreas\", or remove \"detail\" to give points per sub-area"
        )
      ]),
    Case(
      name: "area points above the maximum",
      bytes: {
        try ComparisonFixtures.mutated(file) { editArea(&$0, area: 2) { $0["points"] = 120 } }
      },
      expected: [
        ExpectedProblem(
          "areas[2].points", .outOfRange,
          "area 3: the points 120 are above the maximum 100; allowed is 0–100")
      ]),
    Case(
      name: "an area without points",
      bytes: {
        try ComparisonFixtures.mutated(file) { editArea(&$0, area: 0) { $0["points"] = nil } }
      },
      expected: [
        ExpectedProblem(
          "areas[0].points", .missingKey,
          "points are missing: give \"points\", or \"notAssessed\" with the reason the area was not assessed"
        )
      ]),
    Case(
      name: "an unknown detail",
      bytes: { try ComparisonFixtures.mutated(file) { $0["detail"] = "omrade" } },
      expected: [
        ExpectedProblem(
          "detail", .invalidValue,
          "\"omrade\" is not an allowed value; choose one of \"subArea\", \"area\", \"total\"")
      ]),
    Case(
      name: "area points in a sub-area file",
      bytes: { try KumlaMutation.json { editArea(&$0, area: 0) { $0["points"] = 66 } }.apply() },
      expected: [
        ExpectedProblem(
          "areas[0].points", .wrongDetailLevel,
          "points are given per sub-area under \"subAreas\"; if the source has points per area only, write \"detail\": \"area\" at the top of the file and remove \"subAreas\""
        )
      ]),
    Case(
      name: "per sub-area against a rubric with areas only",
      bytes: {
        try ComparisonFixtures.mutated("evaluations/testby-2016.json") { object in
          object["detail"] = nil
          object["publishedTotal"] = nil
          for index in 0..<8 {
            editArea(&object, area: index) {
              $0["points"] = nil
              $0["subAreas"] = [Any]()
            }
          }
        }
      },
      expected: [
        ExpectedProblem(
          "detail", .wrongDetailLevel,
          "the rubric kommunkompassen-2016 has areas only, no sub-areas; write \"detail\": \"area\" at the top of the file and give \"points\" for each area"
        )
      ]),
    Case(
      name: "a negative published total",
      bytes: { try ComparisonFixtures.mutated(file) { $0["publishedTotal"] = -1 } },
      expected: [
        ExpectedProblem("publishedTotal", .outOfRange, "the published total -1 is negative")
      ]),
    Case(
      name: "a published total above the rubric's maximum",
      bytes: { try ComparisonFixtures.mutated(file) { $0["publishedTotal"] = 900 } },
      expected: [
        ExpectedProblem(
          "publishedTotal", .outOfRange, "the published total 900 is above the rubric's maximum 800"
        )
      ]),
  ]

  @Test("Invalid area-level files report exactly the expected problems", arguments: invalid)
  func invalidFile(_ testCase: Case) throws {
    let result = Evaluation.load(bytes: try testCase.bytes(), file: "testby.json")
    #expect(result.value == nil)
    #expect(result.problems.map(ExpectedProblem.init) == testCase.expected)
    #expect(result.problems.allSatisfy { $0.file == "testby.json" && $0.location != nil })
  }

  @Test("A published total beyond rounding is a warning naming both numbers; within, a note")
  func publishedTotalMismatch() throws {
    // Areas 60 + 50 + 80 + 55 + 50 + 51 + 48 = 394. All seven figures are whole numbers, so each may
    // be a rounded published figure (±0.5) and so may the total: 394 ± (0.5 + 7 × 0.5) = 390–398.
    let bytes = try ComparisonFixtures.replacing(
      Self.file, "\"publishedTotal\": 394", with: "\"publishedTotal\": 400")
    let result = Evaluation.load(bytes: bytes, file: "testby.json")
    #expect(result.value != nil)
    #expect(result.errors.isEmpty)
    #expect(
      result.warnings.map(ExpectedProblem.init) == [
        ExpectedProblem(
          "publishedTotal", .publishedTotalMismatch,
          "the published total 400 differs from the sum of the points in the file, 394; the difference, 6, cannot be explained by rounding: 7 of the figures are whole numbers and may be rounded, but rounding only explains a total from 390 to 398; check the total and the points"
        )
      ])
    #expect(result.warnings.first?.message.swedish.contains("400") == true)
    #expect(result.warnings.first?.message.swedish.contains("394") == true)
    #expect(result.warnings.first?.location != nil)

    // 397 lies within what rounding explains, but only if 0.5 + 0.5 × k ≥ 3, k ≥ 5 of the 7
    // figures were all rounded the same way: a note, since that is unlikely.
    let within = try ComparisonFixtures.replacing(
      Self.file, "\"publishedTotal\": 394", with: "\"publishedTotal\": 397")
    let noted = Evaluation.load(bytes: within, file: "testby.json")
    #expect(noted.value != nil && noted.warnings.isEmpty)
    #expect(
      noted.notes.map(ExpectedProblem.init) == [
        ExpectedProblem(
          "publishedTotal", .publishedTotalMismatch,
          "the published total 397 differs from the sum of the points in the file, 394; the difference, 3, can only be explained by rounding if at least 5 of 7 whole figures were rounded the same way, which is unlikely; check the total and the points"
        )
      ])
    #expect(noted.notes.first?.formatted().contains(": anmärkning: publishedTotal: ") == true)
  }

  @Test("With fractional figures the published total must equal the rounded sum")
  func publishedTotalWithExactFigures() throws {
    func file(total: Int) throws -> [UInt8] {
      try ComparisonFixtures.mutated(Self.file) { object in
        // 60.4 + 50.4 + 80.4 + 55.4 + 50.4 + 51.4 + 48.4 = 396.8, which rounds to 397.
        for (index, points) in [0: 60.4, 1: 50.4, 2: 80.4, 4: 55.4, 5: 50.4, 6: 51.4, 7: 48.4] {
          editArea(&object, area: index) { $0["points"] = points }
        }
        object["publishedTotal"] = total
      }
    }
    #expect(Evaluation.load(bytes: try file(total: 397), file: "exact.json").problems.isEmpty)
    let result = Evaluation.load(bytes: try file(total: 396), file: "exact.json")
    #expect(
      result.problems.map(ExpectedProblem.init) == [
        ExpectedProblem(
          "publishedTotal", .publishedTotalMismatch,
          "the published total 396 differs from the sum of the points in the file, 396.8 (rounded 397); the difference, 0.8, cannot be explained by rounding; check the total and the points"
        )
      ])
  }

  @Test("Published area points one off the published total: a note that rounding probably explains")
  func roundedAreasAndTotal() throws {
    // Areas published as 66, 73, 80, 60, 65, 71, 70, 72 add up to 557, but unrounded they may be
    // 65.6 + 72.6 + 80.4 + 59.5 + 64.6 + 71.1 + 70.1 + 72.3 = 556.2, published as 556.
    let bytes = try ComparisonFixtures.mutated(Self.file) { object in
      for (index, points) in [66, 73, 80, 60, 65, 71, 70, 72].enumerated() {
        editArea(&object, area: index) {
          $0["notAssessed"] = nil
          $0["points"] = points
        }
      }
      object["publishedTotal"] = 556
    }
    let result = Evaluation.load(bytes: bytes, file: "rounded.json")
    #expect(result.value != nil && result.errors.isEmpty && result.warnings.isEmpty)
    #expect(
      result.notes.map(ExpectedProblem.init) == [
        ExpectedProblem(
          "publishedTotal", .publishedTotalMismatch,
          "the published total 556 differs from the sum of the points in the file, 557; the difference, 1, is probably due to rounding of the published figures"
        )
      ])
    #expect(
      result.notes.first?.message.swedish
        == "den publicerade totalen 556 skiljer sig från summan av poängen i filen, 557; skillnaden, 1, beror troligen på avrundning av de publicerade poängen"
    )
    // The scorecard shows both, labelled, with the same note.
    let evaluation = try #require(result.value)
    let rubric = try #require(RubricCatalog.bundled.rubric(id: evaluation.rubricID))
    let published = try #require(ScoringEngine(rubric: rubric).score(evaluation).publishedTotal)
    #expect(published.points == 556 && published.sumOfPoints == 557 && published.differs)
    #expect(published.severity == .note && published.note == result.notes.first?.message)
  }

  @Test("A draft with a part not scored yet skips the total check")
  func pendingSkipsTotal() throws {
    let bytes = try ComparisonFixtures.mutated(Self.file) { object in
      editArea(&object, area: 0) { $0["points"] = NSNull() }
      object["publishedTotal"] = 700
    }
    let result = Evaluation.load(bytes: bytes, file: "draft.json")
    #expect(result.problems.map(\.kind) == [.notScoredYet])
    #expect(
      result.problems.first?.message.english
        == "the area is not scored yet; it does not count until it has points")
  }
}
