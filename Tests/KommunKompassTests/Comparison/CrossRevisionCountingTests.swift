import Foundation
import Testing

@testable import KommunKompass

/// Across revisions no figure counts twice: where a crosswalk pools areas (two earlier areas into
/// one) or splits one (an earlier area over two later ones), each evaluation's area rows and
/// removed rows add up to its own total, and the overlap counts each part of the later rubric once,
/// and only as far as it has a counterpart.
@Suite("Cross-revision comparisons count every figure once")
struct CrossRevisionCountingTests {
  /// The points of each column's area rows and removed areas, added up on exact decimal values.
  /// (A removed sub-area is a detail of its earlier area, as sub-area rows are of theirs.)
  static func rowSums(_ comparison: TimeComparison) -> [Double] {
    comparison.evaluations.indices.map { column in
      ExactArithmetic.sum(
        (comparison.areas + comparison.removed.filter { $0.level == .area }).map {
          $0.values[column].points ?? 0
        })
    }
  }

  /// Test rubric C pools A1 and A2 into its area 1; A3 is the same as C2; A4 became C3, which has
  /// a new sub-area 3.2.
  static func pooledComparison() throws -> Checked<TimeComparison> {
    let catalog = try ComparisonFixtures.catalog()
    let crosswalkPath = "crosswalks/testrubrik-a-to-c.json"
    let loaded = Crosswalk.load(
      contentsOf: ComparisonFixtures.url(crosswalkPath), displayName: crosswalkPath,
      catalog: catalog)
    #expect(loaded.problems.isEmpty, "\(loaded.problems)")
    let crosswalk = try require(loaded.value)
    return EvaluationComparer(
      rubrics: catalog, crosswalks: CrosswalkCatalog(crosswalks: [crosswalk])
    )
    .compare([
      try ComparisonFixtures.evaluation("evaluations/testby-testrubrik-a.json", catalog: catalog),
      try ComparisonFixtures.evaluation("evaluations/testby-testrubrik-c.json", catalog: catalog),
    ])
  }

  @Test("Pooled: C1 is compared with A1 and A2 together, and each column adds up to its total")
  func pooled() throws {
    let result = try Self.pooledComparison()
    #expect(result.problems.isEmpty, "\(result.problems)")
    let comparison = try #require(result.value)
    #expect(comparison.areas.map(\.id) == ["1", "2", "3"])
    #expect(comparison.removed.isEmpty)
    // C1 ← A1 + A2: (50 + 60) of 200 = 55 % → (70 + 50) of 200 = 60 %: +10 points, +5 pp.
    let area1 = try #require(comparison.row(id: "1"))
    #expect(area1.values[0].sourceIDs == ["1", "2"])
    #expect(area1.values.map(\.points) == [110, 120])
    #expect(area1.overall.points == 10)
    #expect(area1.overall.percentagePoints == 5)
    #expect(area1.comparability == .revised)
    // C2 ← A3 (same): 70 → 75. C3 ← A4 (revised): 40 → 30 + 15 = 45.
    #expect(comparison.row(id: "2")?.values.map(\.points) == [70, 75])
    #expect(comparison.row(id: "3")?.values.map(\.points) == [40, 45])
    // A: 20 + 30 + 60 + 70 + 40 = 220; C: 70 + 50 + 75 + 30 + 15 = 240. The rows add up to them.
    #expect(comparison.total.values.map(\.points) == [220, 240])
    #expect(Self.rowSums(comparison) == [220, 240])
    #expect(comparison.total.overall.points == 20)
  }

  @Test("Pooled: the overlap counts C1 once, and not C3's new sub-area")
  func pooledOverlap() throws {
    let comparison = try #require(try Self.pooledComparison().value)
    let overlap = try #require(comparison.overlaps.first)
    // C1 (200) revised, C2 (100) same, C3 (100) revised but its sub-area 3.2 (40) is new:
    // same 100, revised 200 + 60 = 260, new 40; comparable 360 of 400 = 90 %.
    #expect(overlap.sameMaxPoints == 100)
    #expect(overlap.revisedMaxPoints == 260)
    #expect(overlap.newMaxPoints == 40)
    #expect(overlap.unmappedMaxPoints == 0)
    #expect(overlap.comparableMaxPoints == 360)
    #expect(overlap.share == 0.9)
    #expect(
      overlap.summary.swedish
        == "360 av 400 poäng (90\u{A0}%) i Kommunkompassen C har en jämförbar motsvarighet i Kommunkompassen A, varav 260 i reviderad form"
    )
  }

  @Test("Split: A2 over B2 and B3 makes one row B2 + B3, and each column adds up to its total")
  func split() throws {
    let comparison = try #require(try CrossRevisionTests.comparison().value)
    #expect(comparison.areas.map(\.id) == ["1", "2+3", "4"])
    // A: 1 = 50, 2 + 4 = 100 in the row 2+3, 3 = 70 removed: 220. B: 60 + 115 + 80 = 255.
    #expect(comparison.row(id: "2+3")?.values.map(\.points) == [100, 115])
    #expect(comparison.removed.map(\.id) == ["3"])
    #expect(comparison.total.values.map(\.points) == [220, 255])
    #expect(Self.rowSums(comparison) == [220, 255])
    // Every earlier area is read in exactly one row.
    let sources = (comparison.areas + comparison.removed).flatMap { $0.values[0].sourceIDs }
    #expect(sources.sorted() == ["1", "2", "3", "4"])
  }

  @Test("Split: the overlap counts B2 and B3 once each, and its parts add up to the maximum")
  func splitOverlap() throws {
    let comparison = try #require(try CrossRevisionTests.comparison().value)
    let overlap = try #require(comparison.overlaps.first)
    #expect(overlap.sameMaxPoints + overlap.revisedMaxPoints == 300)
    #expect(
      overlap.sameMaxPoints + overlap.revisedMaxPoints + overlap.newMaxPoints
        + overlap.unmappedMaxPoints == overlap.totalMaxPoints)
  }

  @Test("The bundled 2016 crosswalk: 2016 area 6 is counted once, and both columns add up")
  func bundled2016() throws {
    let result = EvaluationComparer().compare([
      try ComparisonFixtures.evaluation("evaluations/testby-2016.json"),
      try ComparisonFixtures.evaluation("evaluations/testby-2020.json"),
    ])
    let comparison = try #require(result.value)
    #expect(comparison.areas.map(\.id) == ["1", "2", "3", "4", "5", "6", "7+8"])
    let sources = comparison.areas.flatMap { $0.values[0].sourceIDs }
    #expect(sources.sorted() == ["1", "2", "3", "4", "5", "6", "7", "8"])
    // 2016: 45 + 55 + 60 + 50 + 40 + 70 + 35 + 65 = 420. 2020: the assessed points, 428.21.
    let sums = Self.rowSums(comparison)
    #expect(sums == [420, 428.21])
    #expect(comparison.total.values.map(\.points) == [420, 428.21])
  }

  @Test("Groups: ids that share an earlier counterpart are one group, in the order given")
  func groups() throws {
    let route = try #require(
      CrosswalkCatalog(crosswalks: [try ComparisonFixtures.testCrosswalk()])
        .route(from: "testrubrik-a", to: "testrubrik-b"))
    #expect(
      CrosswalkRoute.groups(of: ["1", "2", "3", "4"], routes: [route]) == [
        ["1"], ["2", "3"], ["4"],
      ])
    #expect(
      CrosswalkRoute.groups(of: ["4", "3", "1", "2"], routes: [route]) == [
        ["4"], ["3", "2"], ["1"],
      ])
    #expect(
      CrosswalkRoute.groups(of: ["1", "2", "3", "4"], routes: []) == [["1"], ["2"], ["3"], ["4"]])
  }
}
