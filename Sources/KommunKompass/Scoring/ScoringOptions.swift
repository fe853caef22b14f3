/// Settings for deriving a profile's strongest and weakest sub-areas.
///
/// A sub-area is listed as a *relative strength* when its percentage is at least ``margin``
/// percentage points above the evaluation's overall percentage, and as a *relative weakness* when it
/// is at least that far below. Both percentages are compared as displayed (whole numbers), so
/// sub-areas printed with the same percentage are always classified alike. The comparison is with the municipality itself because Kommunkompassen
/// is a tool for improvement: a municipality at 70 % overall learns most from what lags behind its
/// own level, which an absolute threshold (say, below 50 %) would hide in a strong municipality and
/// flood in a weak one.
///
/// The default margin of 10 points is one scoring step on the smallest sub-areas (1 of 10 points)
/// and well above the rounding of published figures (±0.5 points), so a sub-area is never flagged
/// by rounding alone. In Kumla 2020 (70 % overall) it flags seven sub-areas each way: those at
/// 80 % or more and those at 60 % or less.
public struct ScoringOptions: Hashable, Sendable, Codable {
  /// How many percentage points a sub-area must lie above or below the overall percentage.
  public var margin: Double

  /// Creates options.
  public init(margin: Double = 10) {
    self.margin = margin
  }

  /// The default options.
  public static let `default` = ScoringOptions()
}
