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

  /// Figures as scoring makes them: file values to two decimals, their sums and shares, figures a
  /// hair from a half either way, and random values, negative ones included.
  static let figures: [Double] = {
    var values: [Double] = []
    for hundredths in -1_000...80_000 { values.append(Double(hundredths) / 100) }
    for whole in 0...800 {
      let half = Double(whole) + 0.5
      for nudge in [0, 1e-12, 1e-9, 4e-7, 1e-6, 1.5e-6, 1e-5] {
        values += [half - nudge, half + nudge, -(half - nudge), -(half + nudge)]
      }
      values += [half.nextDown, half.nextUp, Double(whole) * 7.25 / 10]
    }
    var random = ScanRandom(seed: 12)
    for _ in 0..<20_000 {
      values.append(Double.random(in: -2_000_000...2_000_000, using: &random))
      values.append(
        Double.random(in: 0...100, using: &random) * Double.random(in: 0...8, using: &random))
    }
    return values
  }()

  @Test("The quick path rounds every figure as the decimal text does")
  func quickPathAgreesWithDecimalText() {
    let disagreeing = Self.figures.filter {
      DisplayRounding.wholeNumber($0) != DisplayRounding.wholeNumberOfDecimalText($0)
    }
    #expect(disagreeing.isEmpty, "\(disagreeing.prefix(10))")
  }
}
