import Foundation
import PropertyBased
import Testing

@testable import KommunKompass

/// Properties of scoring that hold for every valid evaluation, checked on random evaluations
/// against the kommunkompassen-2020 rubric (fractional points within the maxima, some sub-areas not
/// assessed).
@Suite("Scoring properties")
struct ScoringPropertyTests {
  let engine = ScoringEngine(rubric: RandomEvaluation.rubric)

  @Test("A random evaluation is valid against its rubric")
  func generatedEvaluationsAreValid() async throws {
    await propertyCheck(count: 100, input: RandomEvaluation.evaluations()) { evaluation in
      #expect(evaluation.validationProblems(against: RandomEvaluation.rubric) == [])
    }
  }

  @Test("Every percentage is within 0…100, unrounded and displayed")
  func percentagesWithinBounds() async {
    await propertyCheck(count: 300, input: RandomEvaluation.evaluations()) { evaluation in
      let scorecard = engine.score(evaluation)
      let scores =
        [scorecard.total] + scorecard.areas.map(\.score)
        + scorecard.areas.flatMap(\.subAreas).map(\.score)
      for score in scores {
        if let percent = score.percent { #expect(percent >= 0 && percent <= 100) }
        if let percent = score.displayPercent { #expect((0...100).contains(percent)) }
        #expect(score.points >= 0 && score.points <= score.assessedMaxPoints + 1e-9)
        #expect(score.assessedMaxPoints <= score.maxPoints)
      }
    }
  }

  @Test("The total is the sum of the areas, and each area the sum of its sub-areas")
  func totalIsSumOfAreas() async {
    await propertyCheck(count: 300, input: RandomEvaluation.evaluations()) { evaluation in
      let scorecard = engine.score(evaluation)
      let areaPoints = scorecard.areas.reduce(0) { $0 + $1.score.points }
      let areaAssessed = scorecard.areas.reduce(0) { $0 + $1.score.assessedMaxPoints }
      #expect(abs(scorecard.total.points - areaPoints) <= 1e-9)
      #expect(abs(scorecard.total.assessedMaxPoints - areaAssessed) <= 1e-9)
      #expect(scorecard.total.maxPoints == RandomEvaluation.rubric.maxPoints)
      for area in scorecard.areas {
        #expect(abs(area.score.points - area.subAreas.reduce(0) { $0 + $1.score.points }) <= 1e-9)
        #expect(area.score.maxPoints == RandomEvaluation.rubric.area(id: area.id)?.maxPoints)
      }
      // The displayed total is rounded from the unrounded sum, taken on the exact decimal values,
      // never summed from rounded areas.
      let exactSum = ExactArithmetic.sum(scorecard.areas.map(\.score.points))
      #expect(scorecard.total.points == exactSum)
      #expect(scorecard.total.displayPoints == DisplayRounding.wholeNumber(exactSum))
    }
  }

  @Test(
    "Displayed figures are stable: scoring twice, and writing, reloading and scoring again, show the same"
  )
  func displayedRoundingIsStable() async throws {
    await propertyCheck(count: 200, input: RandomEvaluation.evaluations()) { evaluation in
      let scorecard = engine.score(evaluation)
      let figures = RandomEvaluation.displayedFigures(scorecard)
      #expect(RandomEvaluation.displayedFigures(engine.score(evaluation)) == figures)

      let encoder = OrderedJSONEncoder()
      let text = try encoder.encode(evaluation)
      let reloaded = Evaluation.load(bytes: Array(text.utf8), file: "random.json")
      #expect(reloaded.problems == [])
      let again = try #require(reloaded.value)
      #expect(again == evaluation, "writing and reading back loses nothing")
      #expect(try encoder.encode(again) == text)
      let rescored = engine.score(again)
      #expect(rescored == scorecard)
      #expect(RandomEvaluation.displayedFigures(rescored) == figures)
      #expect(try encoder.encode(rescored) == encoder.encode(scorecard))
    }
  }
}
