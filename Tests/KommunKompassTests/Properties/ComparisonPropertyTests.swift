import Foundation
import PropertyBased
import Testing

@testable import KommunKompass

/// Properties of comparisons over time, checked on random valid evaluations.
@Suite("Comparison properties")
struct ComparisonPropertyTests {
  /// Every row of a comparison: areas, their sub-areas and the total.
  func rows(_ comparison: TimeComparison) -> [ComparisonRow] {
    comparison.areas.flatMap { [$0] + $0.subRows } + [comparison.total]
  }

  /// Checks that no row of a comparison of an evaluation with itself shows a change.
  func expectNoChange(
    _ comparison: TimeComparison, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for row in rows(comparison) {
      for change in row.steps + [row.overall] {
        #expect(
          change.classification == .unchanged || change.classification == .notComparable,
          "\(row.id): \(change.classification)", sourceLocation: sourceLocation)
        if let points = change.points {
          #expect(points == 0, "\(row.id)", sourceLocation: sourceLocation)
        }
        if let percentagePoints = change.percentagePoints {
          #expect(percentagePoints == 0, "\(row.id)", sourceLocation: sourceLocation)
        }
      }
    }
    #expect(comparison.largestImprovements.isEmpty, sourceLocation: sourceLocation)
    #expect(comparison.largestDeclines.isEmpty, sourceLocation: sourceLocation)
  }

  @Test("An evaluation compared with itself a year later shows no change")
  func selfComparisonShiftedDate() async throws {
    await propertyCheck(count: 150, input: RandomEvaluation.draws) { draws in
      let earlier = RandomEvaluation.make(draws, date: "2023-03-15")
      let later = RandomEvaluation.make(draws, date: "2024-03-15")
      let outcome = EvaluationComparer().compare([earlier, later])
      #expect(outcome.problems == [])
      let comparison = try #require(outcome.value)
      expectNoChange(comparison)
      // Rows that were assessed are unchanged, rows not assessed are not comparable; none is lost.
      for row in rows(comparison) where row.level == .subArea {
        let assessed = earlier.subArea(id: row.id)?.points != nil
        #expect(row.overall.classification == (assessed ? .unchanged : .notComparable), "\(row.id)")
      }
    }
  }

  @Test("An evaluation compared with itself on the same date (allowSameDate) shows no change")
  func selfComparisonSameDate() async throws {
    let comparer = EvaluationComparer(options: ComparisonOptions(allowSameDate: true))
    await propertyCheck(count: 100, input: RandomEvaluation.evaluations()) { evaluation in
      let outcome = comparer.compare([evaluation, evaluation])
      #expect(outcome.errors == [])
      #expect(outcome.warnings.map(\.kind) == [.sameDate])
      expectNoChange(try #require(outcome.value))
    }
  }

  @Test("The order the files are given in does not change a comparison")
  func orderDoesNotMatter() async throws {
    let input = zip(
      RandomEvaluation.draws, RandomEvaluation.draws, RandomEvaluation.draws, Gen.int(in: 0...5))
    await propertyCheck(count: 100, input: input) { first, second, third, permutation in
      let named = [
        NamedEvaluation(
          file: "2020.json", evaluation: RandomEvaluation.make(first, date: "2020-11")),
        NamedEvaluation(
          file: "2022.json", evaluation: RandomEvaluation.make(second, date: "2022-05-02")),
        NamedEvaluation(
          file: "2024.json", evaluation: RandomEvaluation.make(third, date: "2024-03-15")),
      ]
      let orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]
      let reference = EvaluationComparer().compare(named)
      let shuffled = EvaluationComparer().compare(orders[permutation].map { named[$0] })
      #expect(reference.problems == [])
      #expect(shuffled.problems == reference.problems)
      let comparison = try #require(shuffled.value)
      #expect(comparison == reference.value)
      #expect(comparison.evaluations.map(\.file) == ["2020.json", "2022.json", "2024.json"])
    }
  }
}
