import Testing

@testable import KommunKompass

/// Reproduces every figure of section 4 ("Översikt av poängfördelning") of SKR's report on
/// Kumla kommun, November 2020. The expected figures are typed in from the published table.
@Suite("Kumla 2020 reproduces the published points table")
struct KumlaReproductionTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var id: String
    var points: Int
    var max: Int
    var percent: Int
    var testDescription: String { "\(id): \(points) of \(max), \(percent) %" }
  }

  static let subAreaRows: [Row] = [
    Row(id: "1.1", points: 13, max: 20, percent: 63),
    Row(id: "1.2", points: 5, max: 10, percent: 48),
    Row(id: "1.3", points: 18, max: 30, percent: 60),
    Row(id: "1.4", points: 7, max: 10, percent: 73),
    Row(id: "1.5", points: 24, max: 30, percent: 79),
    Row(id: "2.1", points: 11, max: 15, percent: 73),
    Row(id: "2.2", points: 20, max: 30, percent: 68),
    Row(id: "2.3", points: 24, max: 30, percent: 80),
    Row(id: "2.4", points: 18, max: 25, percent: 72),
    Row(id: "3.1", points: 9, max: 10, percent: 90),
    Row(id: "3.2", points: 33, max: 40, percent: 84),
    Row(id: "3.3", points: 20, max: 30, percent: 67),
    Row(id: "3.4", points: 18, max: 20, percent: 90),
    Row(id: "4.1", points: 15, max: 20, percent: 73),
    Row(id: "4.2", points: 18, max: 30, percent: 60),
    Row(id: "4.3", points: 16, max: 30, percent: 52),
    Row(id: "4.4", points: 11, max: 20, percent: 57),
    Row(id: "5.1", points: 15, max: 20, percent: 73),
    Row(id: "5.2", points: 13, max: 20, percent: 64),
    Row(id: "5.3", points: 15, max: 20, percent: 73),
    Row(id: "5.4", points: 11, max: 20, percent: 55),
    Row(id: "5.5", points: 13, max: 20, percent: 63),
    Row(id: "6.1", points: 17, max: 20, percent: 83),
    Row(id: "6.2", points: 17, max: 20, percent: 83),
    Row(id: "6.3", points: 20, max: 30, percent: 67),
    Row(id: "6.4", points: 18, max: 30, percent: 60),
    Row(id: "7.1", points: 12, max: 15, percent: 83),
    Row(id: "7.2", points: 27, max: 40, percent: 67),
    Row(id: "7.3", points: 17, max: 25, percent: 68),
    Row(id: "7.4", points: 14, max: 20, percent: 68),
    Row(id: "8.1", points: 14, max: 20, percent: 69),
    Row(id: "8.2", points: 16, max: 20, percent: 78),
    Row(id: "8.3", points: 15, max: 20, percent: 75),
    Row(id: "8.4", points: 15, max: 20, percent: 73),
    Row(id: "8.5", points: 13, max: 20, percent: 66),
  ]

  static let areaRows: [Row] = [
    Row(id: "1", points: 66, max: 100, percent: 66),
    Row(id: "2", points: 73, max: 100, percent: 73),
    Row(id: "3", points: 80, max: 100, percent: 80),
    Row(id: "4", points: 60, max: 100, percent: 60),
    Row(id: "5", points: 65, max: 100, percent: 65),
    Row(id: "6", points: 71, max: 100, percent: 71),
    Row(id: "7", points: 70, max: 100, percent: 70),
    Row(id: "8", points: 72, max: 100, percent: 72),
  ]

  static func kumlaScorecard() throws -> Scorecard {
    let result = Evaluation.load(contentsOf: RepositoryFiles.kumla2020)
    #expect(result.problems.isEmpty, "\(result.problems)")
    let evaluation = try #require(result.value)
    let rubric = try #require(RubricCatalog.bundled.rubric(id: evaluation.rubricID))
    return ScoringEngine(rubric: rubric).score(evaluation)
  }

  @Test("The table lists all 35 sub-areas and 8 areas")
  func completeness() throws {
    let scorecard = try Self.kumlaScorecard()
    #expect(scorecard.areas.map(\.id) == Self.areaRows.map(\.id))
    #expect(scorecard.areas.flatMap { $0.subAreas.map(\.id) } == Self.subAreaRows.map(\.id))
  }

  @Test("Sub-area row", arguments: subAreaRows)
  func subAreaRow(_ row: Row) throws {
    let scorecard = try Self.kumlaScorecard()
    let subArea = try #require(scorecard.areas.lazy.compactMap { $0.subArea(id: row.id) }.first)
    #expect(subArea.score.displayPoints == row.points)
    #expect(subArea.score.maxPoints == Double(row.max))
    #expect(subArea.score.displayPercent == row.percent)
  }

  @Test("Area total row", arguments: areaRows)
  func areaRow(_ row: Row) throws {
    let scorecard = try Self.kumlaScorecard()
    let area = try #require(scorecard.area(id: row.id))
    #expect(area.score.displayPoints == row.points)
    #expect(area.score.maxPoints == Double(row.max))
    #expect(area.score.displayPercent == row.percent)
  }

  @Test("The total is the sum of the published area totals, out of 800, fully assessed")
  func total() throws {
    let scorecard = try Self.kumlaScorecard()
    #expect(scorecard.total.displayPoints == Self.areaRows.map(\.points).reduce(0, +))
    #expect(scorecard.total.displayPoints == 557)
    #expect(scorecard.total.maxPoints == 800)
    #expect(scorecard.total.displayPercent == 70)
    #expect(scorecard.total.isFullyAssessed)
  }

  @Test("Published percentages are not always points divided by max, and the fractions explain it")
  func roundingIsNotRecomputedFromRoundedPoints() throws {
    let scorecard = try Self.kumlaScorecard()
    let subArea = try #require(scorecard.area(id: "1")?.subArea(id: "1.2"))
    // 5 of 10 would be 50 %, but the report says 48 %: the unrounded points are 4.8.
    #expect(subArea.score.displayPoints == 5)
    #expect(subArea.score.displayPercent == 48)
    #expect(DisplayRounding.wholeNumber(Double(subArea.score.displayPoints) / 10 * 100) == 50)
  }

  @Test("The evaluators' strengths and improvements are carried into every area of the profile")
  func evaluatorsListsInProfile() throws {
    let scorecard = try Self.kumlaScorecard()
    for area in scorecard.areas {
      #expect(!area.strengths.isEmpty, "area \(area.id) has no strengths")
      #expect(!area.improvements.isEmpty, "area \(area.id) has no improvements")
    }
  }

  @Test("Derived strongest and weakest sub-areas use a 10-point margin around the overall 70 %")
  func derivedHighlights() throws {
    let scorecard = try Self.kumlaScorecard()
    // Overall 70 % as displayed. Strong: 80 % or more; weak: 60 % or less (published percentages).
    // Ordered by percentage, ties by id.
    #expect(
      scorecard.strongestSubAreas.map(\.subArea.id) == [
        "3.1", "3.4", "3.2", "6.1", "6.2", "7.1", "2.3",
      ])
    #expect(
      scorecard.weakestSubAreas.map(\.subArea.id) == [
        "1.2", "4.3", "5.4", "4.4", "1.3", "4.2", "6.4",
      ])
    #expect(scorecard.strongestSubAreas.first?.differenceFromOverall == 20)
    #expect(scorecard.weakestSubAreas.first?.differenceFromOverall == -22)
    #expect(scorecard.area(id: "4")?.weakSubAreaIDs == ["4.2", "4.3", "4.4"])
    #expect(scorecard.area(id: "3")?.strongSubAreaIDs == ["3.1", "3.2", "3.4"])
  }
}
