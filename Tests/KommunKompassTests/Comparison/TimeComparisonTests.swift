import Testing

@testable import KommunKompass

/// Testby kommun (made up) evaluated in 2018 and 2020 with the 2019/2020 rubric. Every expected
/// figure below is worked out by hand from the fixture files.
@Suite("Comparison over time, same rubric")
struct TimeComparisonTests {
  static func testby2018and2020(options: ComparisonOptions = .default) throws -> TimeComparison {
    let early = try ComparisonFixtures.evaluation("evaluations/testby-2018.json")
    let late = try ComparisonFixtures.evaluation("evaluations/testby-2020.json")
    // Given newest first: the comparison orders by date.
    let result = EvaluationComparer(options: options).compare([late, early])
    #expect(result.problems.isEmpty, "\(result.problems)")
    return try #require(result.value)
  }

  struct RowCase: Sendable, CustomTestStringConvertible {
    var id: String
    var classification: ChangeClassification
    var points: Double?
    var percentagePoints: Double?
    var note: ComparisonNote?
    var testDescription: String { "\(id): \(classification)" }
  }

  static let rows: [RowCase] = [
    // Area 1 in 2018: 12.6 + 4.8 + 15 + 5 + 15 = 52.4 of 100 = 52.4 %.
    // In 2020, 1.4 (10 points) was not assessed: 12.51 + 5 + 21 + 15 = 53.51 of 90 = 59.4556 %.
    // Different parts, so no change in points: 59.4556 − 52.4 = +7.0556 percentage points.
    RowCase(
      id: "1", classification: .improved, points: nil, percentagePoints: 7.055_556,
      note: .differentParts),
    // 12.6 → 12.51 of 20: −0.09 points, 63 % → 62.55 % = −0.45 pp; both under 1: rounding noise.
    RowCase(id: "1.1", classification: .unchanged, points: -0.09, percentagePoints: -0.45),
    // 4.8 → 5 of 10: +0.2 points but 48 % → 50 % = +2 pp, a change on the percentage scale.
    RowCase(id: "1.2", classification: .improved, points: 0.2, percentagePoints: 2),
    // 15 → 21 of 30: +6 points, 50 % → 70 % = +20 pp.
    RowCase(id: "1.3", classification: .improved, points: 6, percentagePoints: 20),
    // 5 of 10 → not assessed: not comparable, never counted as zero.
    RowCase(
      id: "1.4", classification: .notComparable, points: nil, percentagePoints: nil,
      note: .notAssessed),
    // 15 → 15.
    RowCase(id: "1.5", classification: .unchanged, points: 0, percentagePoints: 0),
    // Area 2: 7.5 + 15 + 15 + 12.5 = 50 → 10 + 12 + 15 + 12.5 = 49.5: −0.5 points, −0.5 pp.
    RowCase(id: "2", classification: .unchanged, points: -0.5, percentagePoints: -0.5),
    // 7.5 → 10 of 15: +2.5 points, 50 % → 66.667 % = +16.667 pp.
    RowCase(id: "2.1", classification: .improved, points: 2.5, percentagePoints: 16.666_667),
    // 15 → 12 of 30: −3 points, 50 % → 40 % = −10 pp.
    RowCase(id: "2.2", classification: .declined, points: -3, percentagePoints: -10),
    // Area 3: 5 + 20 + 15 + 10 = 50 → 9 + 33 + 20 + 18 = 80: +30 points, +30 pp.
    RowCase(id: "3", classification: .improved, points: 30, percentagePoints: 30),
    // 5 → 9 of 10: +4 points, 50 % → 90 % = +40 pp.
    RowCase(id: "3.1", classification: .improved, points: 4, percentagePoints: 40),
    // Area 4: 15 + 20 + 20 + 15 = 70 → 10 + 15 + 20 + 10 = 55: −15 points, −15 pp.
    RowCase(id: "4", classification: .declined, points: -15, percentagePoints: -15),
    // 20 → 20 of 30.
    RowCase(id: "4.3", classification: .unchanged, points: 0, percentagePoints: 0),
    // Area 5: 5 × 10 = 50 of 100 = 50 % → 5.3 not scored yet: 40 of 80 = 50 %: 0 pp, parts differ.
    RowCase(
      id: "5", classification: .unchanged, points: nil, percentagePoints: 0, note: .differentParts),
    // 10 of 20 → "points": null.
    RowCase(
      id: "5.3", classification: .notComparable, points: nil, percentagePoints: nil, note: .pending),
    // Area 7: 7.5 + 20 + 12.5 + 10 = 50 → 51: +1 point = +1 pp, exactly the threshold: a change.
    RowCase(id: "7", classification: .improved, points: 1, percentagePoints: 1),
    // 10 → 11 of 20: +1 point, 50 % → 55 % = +5 pp.
    RowCase(id: "7.4", classification: .improved, points: 1, percentagePoints: 5),
    // Area 8: 5 × 10 = 50 → 10 + 10 + 10 + 10 + 9.2 = 49.2: −0.8 points, −0.8 pp: unchanged …
    RowCase(id: "8", classification: .unchanged, points: -0.8, percentagePoints: -0.8),
    // … while 8.5, 10 → 9.2 of 20, is −0.8 points but 50 % → 46 % = −4 pp: declined.
    RowCase(id: "8.5", classification: .declined, points: -0.8, percentagePoints: -4),
    // Total: 2018 all 800 assessed: 52.4 + 50 + 50 + 70 + 50 + 50 + 50 + 50 = 422.4 → 52.8 %.
    // 2020 without 1.4 (10) and 5.3 (20): 53.51 + 49.5 + 80 + 55 + 40 + 50 + 51 + 49.2 = 428.21 of
    // 770 = 55.611 69 %; +2.811 69 pp, no change in points since the parts differ.
    RowCase(
      id: "total", classification: .improved, points: nil, percentagePoints: 2.811_688,
      note: .differentParts),
  ]

  @Test("Each row's change, first to last, with the rounding threshold", arguments: rows)
  func rowChange(_ expected: RowCase) throws {
    let comparison = try Self.testby2018and2020()
    let row = try #require(comparison.row(id: expected.id))
    #expect(row.classification == expected.classification)
    #expect(row.comparability == .same)
    #expect(row.overall.note == expected.note)
    if let points = expected.points {
      #expect(
        isClose(row.overall.points, points), "points \(String(describing: row.overall.points))")
    } else {
      #expect(row.overall.points == nil)
    }
    if let percentagePoints = expected.percentagePoints {
      #expect(
        isClose(row.overall.percentagePoints, percentagePoints),
        "\(String(describing: row.overall.percentagePoints))")
    } else {
      #expect(row.overall.percentagePoints == nil)
    }
    #expect(row.steps == [row.overall])
  }

  @Test("Columns are in date order and rows in rubric order")
  func order() throws {
    let comparison = try Self.testby2018and2020()
    #expect(comparison.evaluations.map(\.date.description) == ["2018-10-15", "2020-11"])
    #expect(
      comparison.evaluations.map(\.file) == [
        "evaluations/testby-2018.json", "evaluations/testby-2020.json",
      ])
    #expect(comparison.municipality.code.rawValue == "1899")
    #expect(comparison.areas.map(\.id) == ["1", "2", "3", "4", "5", "6", "7", "8"])
    #expect(comparison.areas[0].subRows.map(\.id) == ["1.1", "1.2", "1.3", "1.4", "1.5"])
    #expect(comparison.allRows.count == 8 + 35 + 1)
    #expect(
      !comparison.crossesRevisions && comparison.overlaps.isEmpty && comparison.removed.isEmpty)
    #expect(comparison.notes.isEmpty)
  }

  @Test("The figures of each evaluation are kept, with not-assessed parts named")
  func values() throws {
    let comparison = try Self.testby2018and2020()
    let area1 = try #require(comparison.row(id: "1"))
    #expect(area1.values[0].status == .assessed)
    #expect(isClose(area1.values[0].points, 52.4))
    #expect(area1.values[1].status == .partlyAssessed)
    #expect(area1.values[1].unassessedIDs == ["1.4"])
    #expect(isClose(area1.values[1].points, 53.51))
    #expect(area1.values[1].score?.assessedMaxPoints == 90)
    let notAssessed = try #require(comparison.row(id: "1.4")?.values[1])
    #expect(
      notAssessed.status
        == .notAssessed(reason: "Ingen intervju om resultatredovisningen hanns med"))
    #expect(notAssessed.points == nil && notAssessed.percent == nil)
  }

  @Test("The largest improvements and declines, by percentage points")
  func highlights() throws {
    let comparison = try Self.testby2018and2020()
    // Improvements: 3.1 and 3.4 both +40 pp (5 → 9 of 10; 10 → 18 of 20), in rubric order; 3.2
    // +32.5 pp (20 → 33 of 40); area 3 +30 pp; 1.3 +20 pp. Next would be 2.1 and 3.3 (+16.667).
    #expect(comparison.largestImprovements.map(\.id) == ["3.1", "3.4", "3.2", "3", "1.3"])
    // Declines: 4.1 and 4.4 both −25 pp (15 → 10 of 20); 4.2 −16.667 pp (20 → 15 of 30); area 4
    // −15 pp; 2.2 −10 pp. 8.5 (−4 pp) is sixth.
    #expect(comparison.largestDeclines.map(\.id) == ["4.1", "4.4", "4.2", "4", "2.2"])
    #expect(comparison.largestDeclines.first?.level == .subArea)
    #expect(comparison.largestDeclines.first?.areaID == "4")
    let fewer = try Self.testby2018and2020(options: ComparisonOptions(highlightCount: 2))
    #expect(fewer.largestImprovements.map(\.id) == ["3.1", "3.4"])
  }

  @Test("Stricter thresholds turn small changes into unchanged")
  func thresholds() throws {
    let comparison = try Self.testby2018and2020(
      options: ComparisonOptions(minimumPointsChange: 2, minimumPercentageChange: 5))
    // 1.2: +0.2 points, +2 pp, both under the new thresholds.
    #expect(comparison.row(id: "1.2")?.classification == .unchanged)
    // Area 7: +1 point, +1 pp.
    #expect(comparison.row(id: "7")?.classification == .unchanged)
    // 7.4: +1 point but +5 pp reaches the percentage threshold.
    #expect(comparison.row(id: "7.4")?.classification == .improved)
  }

  @Test("Three evaluations, the last with area points only: steps between consecutive ones")
  func threeEvaluationsWithAreaLevel() throws {
    let early = try ComparisonFixtures.evaluation("evaluations/testby-2018.json")
    let middle = try ComparisonFixtures.evaluation("evaluations/testby-2020.json")
    let late = try ComparisonFixtures.evaluation("evaluations/testby-2022-area.json")
    let result = EvaluationComparer().compare([late, early, middle])
    #expect(result.problems.isEmpty, "\(result.problems)")
    let comparison = try #require(result.value)
    #expect(
      comparison.evaluations.map(\.date.description) == ["2018-10-15", "2020-11", "2022-05-20"])
    #expect(comparison.evaluations.map(\.detail) == [.subArea, .subArea, .area])

    // Area 3: 50 → 80 → 80.
    let area3 = try #require(comparison.row(id: "3"))
    #expect(area3.steps.map(\.classification) == [.improved, .unchanged])
    #expect(area3.steps.map(\.points) == [30, 0])
    #expect(area3.overall.fromIndex == 0 && area3.overall.toIndex == 2)
    #expect(area3.overall.points == 30)

    // Area 1: 52.4 → 53.51 of 90 (59.4556 %) → 60 of 100. Second step: +0.5444 pp, parts differ:
    // unchanged. First to last, both complete: 60 − 52.4 = +7.6 points and pp.
    let area1 = try #require(comparison.row(id: "1"))
    #expect(area1.steps.map(\.classification) == [.improved, .unchanged])
    #expect(isClose(area1.steps[1].percentagePoints, 0.544_444))
    #expect(area1.steps[1].points == nil)
    #expect(isClose(area1.overall.points, 7.6))

    // Area 4 was not assessed in 2022.
    let area4 = try #require(comparison.row(id: "4"))
    #expect(area4.values[2].status == .notAssessed(reason: "Ekonomichefen kunde inte intervjuas"))
    #expect(area4.steps.map(\.classification) == [.declined, .notComparable])
    #expect(area4.classification == .notComparable)

    // Sub-areas: 2022 has none, and says so.
    let subArea = try #require(comparison.row(id: "3.1"))
    #expect(subArea.values[2].status == .noSubAreaDetail)
    #expect(subArea.steps.map(\.classification) == [.improved, .notComparable])
    #expect(subArea.overall.note == .noSubAreaDetail)
    #expect(
      comparison.notes.map(\.english) == [
        "The evaluation of 2022-05-20 has points per area only; its sub-areas are shown as not comparable."
      ])

    // Total: 428.21 of 770 (55.6117 %) → 394 of 700 (56.2857 %): 56.2857 − 55.6117 = +0.6740 pp,
    // unchanged. First to last: 52.8 % → 56.2857 % = +3.4857 pp, improved.
    let total = comparison.total
    #expect(total.steps[1].classification == .unchanged)
    #expect(isClose(total.steps[1].percentagePoints, 0.674_026))
    #expect(isClose(total.overall.percentagePoints, 3.485_714))
    #expect(total.classification == .improved)

    // First to last, only areas compare: 3 +30, 1 +7.6, 5 (50 → 55) +5, 7 (50 → 51) +1; 8 (50 → 48) −2.
    #expect(comparison.largestImprovements.map(\.id) == ["3", "1", "5", "7"])
    #expect(comparison.largestDeclines.map(\.id) == ["8"])
  }

  @Test("Only area evaluations: no sub-area rows, and a note saying why")
  func onlyAreaLevel() throws {
    let late = try ComparisonFixtures.evaluation("evaluations/testby-2022-area.json")
    var earlier = late
    earlier.file = "earlier.json"
    earlier.evaluation.date = try #require(CalendarDate("2021-01"))
    earlier.evaluation.areas[1].assessment = .points(40)
    let comparison = try #require(EvaluationComparer().compare([earlier, late]).value)
    #expect(comparison.areas.allSatisfy { $0.subRows.isEmpty })
    // Area 2: 40 → 50.
    #expect(comparison.row(id: "2")?.overall.points == 10)
    // The earlier file keeps the published total 394 while its areas now sum to 384: seven whole
    // figures and the total explain 384 ± 4, so 380–388; and the published totals are listed.
    #expect(
      comparison.notes.map(\.english) == [
        "2021-01: the published total 394 differs from the sum of the points in the file, 384; the difference, 10, cannot be explained by rounding: 7 of the figures are whole numbers and may be rounded, but rounding only explains a total from 380 to 388; check the total and the points",
        "Published totals: 2021-01: 394; 2022-05-20: 394; change from 2021-01 to 2022-05-20: 0 points.",
        "Sub-areas are not compared: all the evaluations have points per area only.",
      ])
  }
}

@Suite("Comparison over time: what is refused")
struct TimeComparisonRefusalTests {
  @Test("Evaluations of different municipalities are refused, matched by code, not by name")
  func differentMunicipalities() throws {
    let testby = try ComparisonFixtures.evaluation("evaluations/testby-2020.json")
    let other = try ComparisonFixtures.evaluation("peers/provkoping-2020.json")
    let result = EvaluationComparer().compare([testby, other])
    #expect(result.value == nil)
    #expect(
      result.errors.map(ExpectedProblem.init) == [
        ExpectedProblem(
          "municipality.code", .differentMunicipalities,
          "the evaluation is of Provköpings kommun (1898), not Testby kommun (1899) like evaluations/testby-2020.json; a comparison over time is of one municipality, matched by municipality code"
        )
      ])
    #expect(result.errors.first?.file == "peers/provkoping-2020.json")

    // Allowed explicitly: a warning, and the comparison is made.
    let allowed = EvaluationComparer(options: ComparisonOptions(allowDifferentMunicipalities: true))
      .compare([testby, other])
    #expect(allowed.value != nil)
    #expect(allowed.warnings.map(\.kind) == [.differentMunicipalities])
  }

  @Test("A different name with the same code is the same municipality")
  func sameCodeOtherName() throws {
    let early = try ComparisonFixtures.evaluation("evaluations/testby-2018.json")
    var late = try ComparisonFixtures.evaluation("evaluations/testby-2020.json")
    late.evaluation.municipality.name = "Testby"
    let result = EvaluationComparer().compare([early, late])
    #expect(result.problems.isEmpty)
    #expect(result.value?.municipality.name == "Testby")
  }

  @Test("Dates that could be the same day are refused unless allowed, then kept in the given order")
  func sameDate() throws {
    let first = try ComparisonFixtures.evaluation("evaluations/testby-2020.json")
    var second = first
    second.file = "testby-2020-dag.json"
    // "2020-11-20" may be the same day as "2020-11".
    second.evaluation.date = try #require(CalendarDate("2020-11-20"))
    let refused = EvaluationComparer().compare([second, first])
    #expect(refused.value == nil)
    #expect(
      refused.errors.map(ExpectedProblem.init) == [
        ExpectedProblem(
          "date", .sameDate,
          "the date 2020-11-20 could be the same day as 2020-11 in evaluations/testby-2020.json; the order decides the sign of every change, so they are not compared"
        )
      ])
    let allowed = EvaluationComparer(options: ComparisonOptions(allowSameDate: true)).compare([
      first, second,
    ])
    #expect(allowed.warnings.map(\.kind) == [.sameDate])
    #expect(
      allowed.value?.evaluations.map(\.file) == [
        "evaluations/testby-2020.json", "testby-2020-dag.json",
      ])
  }

  @Test("One evaluation is too few; an unknown rubric and a missing crosswalk are errors")
  func otherRefusals() throws {
    let testby = try ComparisonFixtures.evaluation("evaluations/testby-2020.json")
    #expect(EvaluationComparer().compare([testby]).errors.map(\.kind) == [.tooFewEvaluations])

    // Test rubric A and the 2019/2020 rubric: no crosswalk connects them.
    let catalog = try ComparisonFixtures.catalog()
    let testRubric = try ComparisonFixtures.evaluation(
      "evaluations/testby-testrubrik-a.json", catalog: catalog)
    let result = EvaluationComparer(rubrics: catalog).compare([testRubric, testby])
    #expect(
      result.errors.map(ExpectedProblem.init) == [
        ExpectedProblem(
          "rubric", .noCrosswalk,
          "no crosswalk connects testrubrik-a with kommunkompassen-2020, which the latest evaluation uses; add one in Rubrics/crosswalks/"
        )
      ])
    let unknown = EvaluationComparer().compare([testRubric, testby])
    #expect(unknown.errors.map(\.kind) == [.unknownRubric])
  }

  @Test("An external evaluation compared with a self-assessment gives a warning")
  func mixedKinds() throws {
    let early = try ComparisonFixtures.evaluation("evaluations/testby-2018.json")
    var late = try ComparisonFixtures.evaluation("evaluations/testby-2020.json")
    late.evaluation.kind = .selfAssessment
    let result = EvaluationComparer().compare([early, late])
    #expect(result.value != nil)
    #expect(result.warnings.map(\.kind) == [.differentEvaluationKinds])
  }
}
