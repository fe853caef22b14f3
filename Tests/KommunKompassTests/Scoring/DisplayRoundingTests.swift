import Testing

@testable import KommunKompass

@Suite("Display rounding")
struct DisplayRoundingTests {
  @Test(
    "Halves round away from zero, on exact decimal values",
    arguments: [
      (12.5, 13), (12.49, 12), (0.5, 1), (-0.5, -1), (72.5, 73), (7.25 / 10 * 100, 73), (62.55, 63),
      (0, 0),
      (ExactArithmetic.product(1.005, times: 100, over: 1) ?? 0, 101),
    ])
  func wholeNumber(_ value: Double, _ expected: Int) {
    #expect(DisplayRounding.wholeNumber(value) == expected)
  }

  @Test("An area's points are rounded from the unrounded sum, not summed from rounded rows")
  func roundSumNotSumOfRounded() {
    let parts = [12.51, 4.8, 17.9, 7.3, 23.6].map {
      Score(points: $0, assessedMaxPoints: 1, maxPoints: 1)
    }
    let sum = parts.reduce(Score.zero, +)
    #expect(parts.map(\.displayPoints).reduce(0, +) == 67)  // 13 + 5 + 18 + 7 + 24
    #expect(sum.displayPoints == 66)  // round(66.11), as published
  }
}
