import Foundation
import Testing

@testable import KommunKompass

/// Inputs that once crashed the library, found while fuzzing (Tests/Fuzz), kept so they never
/// crash again.
@Suite("Fuzzing regressions")
struct FuzzRegressionTests {
  /// A rubric with one area and one sub-area of the given maximum, and an evaluation made with it
  /// giving the sub-area the given points.
  func rubricAndEvaluation(maximum: String, points: String) throws -> (Rubric, Checked<Evaluation>)
  {
    let rubricText = """
      { "id": "stor", "revision": "1", "title": "Stor",
        "areas": [{ "id": "1", "title": "Ett", "maxPoints": \(maximum),
                    "subAreas": [{ "id": "1.1", "title": "Ett ett", "maxPoints": \(maximum) }] }] }
      """
    let rubricResult = Rubric.load(bytes: Array(rubricText.utf8), file: "stor.json")
    #expect(rubricResult.problems == [])
    let rubric = try #require(rubricResult.value)
    let evaluationText = """
      { "rubric": "stor", "municipality": { "name": "Kumla kommun", "code": "1881" }, "date": "2020-11",
        "kind": "external", "areas": [{ "id": "1", "subAreas": [{ "id": "1.1", "points": \(points) }] }] }
      """
    let catalog = RubricCatalog.bundled.adding([rubric])
    return (
      rubric,
      Evaluation.load(bytes: Array(evaluationText.utf8), file: "stor-2020.json", catalog: catalog)
    )
  }

  @Test(
    "Points far beyond Int's range (with a rubric that allows them) are shown without trapping",
    arguments: [("1e300", "1e300"), ("1e300", "5e299"), ("1.7e308", "1.7e308"), ("1e20", "1e20")])
  func hugeValidPoints(_ maximum: String, _ points: String) throws {
    let (rubric, result) = try rubricAndEvaluation(maximum: maximum, points: points)
    #expect(result.problems == [])
    let evaluation = try #require(result.value)
    let scorecard = ScoringEngine(rubric: rubric).score(evaluation)
    // DisplayRounding.wholeNumber used to convert with Int(_:), which traps beyond Int's range.
    #expect(scorecard.total.displayPoints == Int.max)
    // 100 × points used to overflow to infinity above about 1.8e306, giving an infinite percentage.
    let percent = try #require(scorecard.total.percent)
    #expect(percent > 0 && percent <= 100)
    #expect(scorecard.total.displayPercent == Int(DisplayRounding.wholeNumber(percent)))
    #expect((0...100).contains(scorecard.total.displayPercent ?? -1))
  }

  @Test("Whole-number rounding never traps")
  func wholeNumberNeverTraps() {
    #expect(DisplayRounding.wholeNumber(.infinity) == .max)
    #expect(DisplayRounding.wholeNumber(-.infinity) == .min)
    #expect(DisplayRounding.wholeNumber(.nan) == 0)
    #expect(DisplayRounding.wholeNumber(1e300) == .max)
    #expect(DisplayRounding.wholeNumber(-1e300) == .min)
    #expect(DisplayRounding.wholeNumber(9.3e18) == .max)
    #expect(DisplayRounding.wholeNumber(1e15 + 0.5) == 1_000_000_000_000_001)
    // Nothing is snapped: a value below the half rounds down; sums reach the half exactly.
    #expect(DisplayRounding.wholeNumber(72.49999999999999) == 72)
    #expect(DisplayRounding.wholeNumber(ExactArithmetic.sum(72.25, 0.25)) == 73)
    #expect(DisplayRounding.wholeNumber(-2.5) == -3)
    #expect(DisplayRounding.wholeNumber(0.4) == 0)
  }

  @Test("A rubric whose area maxima add up beyond any number is refused, not scored")
  func maximaOverflow() {
    let text = """
      { "id": "enorm", "revision": "1", "title": "Enorm", "areas": [
        { "id": "1", "title": "Ett", "maxPoints": 1e308 },
        { "id": "2", "title": "Två", "maxPoints": 1e308 } ] }
      """
    let result = Rubric.load(bytes: Array(text.utf8), file: "enorm.json")
    #expect(result.value == nil)
    #expect(result.problems.map(\.kind) == [.notFinite])
    #expect(result.problems.map(\.path.description) == ["areas"])
    #expect(
      result.problems.first?.message.english
        == "the areas' maxima add up to a number too large to calculate with")
    #expect(result.problems.first?.location == TextLocation(line: 1, column: 62))
  }
}
