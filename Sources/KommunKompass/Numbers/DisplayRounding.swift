/// How figures are rounded for display, matching SKR's published reports.
///
/// Points and percentages are shown as whole numbers, rounded half away from zero (12.5 → 13), the
/// way spreadsheets round. Sums are always taken before rounding: an area's points are the rounded
/// sum of its unrounded sub-area points, never the sum of the rounded ones, which is why a published
/// table's rows need not add up to its total.
public enum DisplayRounding {
  /// The value rounded to a whole number, half away from zero, on the exact decimal value.
  ///
  /// The exact decimal value is the shortest decimal text that reads back as the same `Double`:
  /// what a file wrote, for a number from a file. `12.4999999996` is therefore 12, never nudged to
  /// 12.5 and 13. Nothing is snapped: sums, differences and shares are computed on exact decimal
  /// values (see `ExactArithmetic`), so 72.5 reached by adding is 72.5, not 72.49999999999999.
  ///
  /// Never traps: a value beyond `Int`'s range (possible only with a rubric of absurd maxima) gives
  /// `Int.max` or `Int.min`, and NaN gives 0.
  public static func wholeNumber(_ value: Double) -> Int {
    // Most figures are nowhere near a half, or exactly a half (whose decimal text is "….5"): their
    // whole number is the same whatever their decimal text, and needs no text at all (peer ranks
    // round thousands of figures).
    if abs(value) < 1e6 {
      let fraction = abs(value - value.rounded(.towardZero))
      if abs(fraction - 0.5) > 1e-6 || fraction == 0.5 {
        return Int(value.rounded(.toNearestOrAwayFromZero))
      }
    }
    return wholeNumberOfDecimalText(value)
  }

  /// ``wholeNumber(_:)`` computed on the decimal text in every case: the definition the quick path
  /// must agree with.
  static func wholeNumberOfDecimalText(_ value: Double) -> Int {
    guard value.isFinite else { return value.isNaN ? 0 : value < 0 ? .min : .max }
    guard abs(value) < 1e15, let whole = Int(DecimalText.format(value, maximumDecimals: 0)) else {
      let rounded = value.rounded(.toNearestOrAwayFromZero)
      if let whole = Int(exactly: rounded) { return whole }
      return rounded < 0 ? .min : .max
    }
    return whole
  }
}
