import Foundation
import Testing

@testable import KommunKompass

/// A reference profile's `total` is checked against its areas as an evaluation's
/// `publishedTotal` is.
@Suite("Reference profile totals")
struct ReferenceTotalTests {
  /// A made-up average with 60 points in each of the eight areas (480 in all) and a total.
  static func profile(total: Double) -> [UInt8] {
    let areas = (1...8).map { #"{"id": "\#($0)", "points": 60}"# }.joined(separator: ", ")
    return Array(
      """
      {"id": "testsnitt", "title": "Testsnitt", "rubric": "kommunkompassen-2020",
       "areas": [\(areas)], "total": \(total)}
      """.utf8)
  }

  @Test(
    "Equal after rounding: nothing; 1 point off: a note; 2 points: unlikely; beyond 4.5: a warning",
    arguments: [
      (480.0, nil), (480.4, nil), (481, Problem.Severity.note), (478, .note), (485, .warning),
    ])
  func totalAgainstAreas(total: Double, severity: Problem.Severity?) throws {
    let result = ReferenceProfile.load(bytes: Self.profile(total: total), file: "p.json")
    #expect(result.value != nil)
    #expect(result.problems.map(\.severity) == (severity.map { [$0] } ?? []))
    #expect(result.problems.allSatisfy { $0.path.description == "total" })
    if total == 478 {
      // 0.5 for the total and 0.5 for each of k areas rounded alike must reach 2: k ≥ 3.
      #expect(
        result.problems.first?.message.english
          == "the published total 478 differs from the sum of the areas' points, 480; the difference, 2, can only be explained by rounding if at least 3 of 8 whole figures were rounded the same way, which is unlikely; check the total and the points"
      )
    }
  }
}
