/// How figures are rounded for display, matching SKR's published reports.
///
/// Points and percentages are shown as whole numbers, rounded half away from zero (12.5 → 13), the
/// way spreadsheets round. Sums are always taken before rounding: an area's points are the rounded
/// sum of its unrounded sub-area points, never the sum of the rounded ones, which is why a published
/// table's rows need not add up to its total.
public enum DisplayRounding {
  /// The value rounded to a whole number, half away from zero.
  ///
  /// The value is first snapped to nine decimals so that binary floating-point noise
  /// (72.49999999999999 for 72.5) cannot tip a decimal half the wrong way.
  ///
  /// Never traps: a value beyond `Int`'s range (possible only with a rubric of absurd maxima) gives
  /// `Int.max` or `Int.min`, and NaN gives 0.
  public static func wholeNumber(_ value: Double) -> Int {
    let snapped = (value * 1e9).rounded() / 1e9
    let rounded = (snapped.isFinite ? snapped : value).rounded(.toNearestOrAwayFromZero)
    if let whole = Int(exactly: rounded) { return whole }
    return rounded.isNaN ? 0 : rounded < 0 ? .min : .max
  }
}
