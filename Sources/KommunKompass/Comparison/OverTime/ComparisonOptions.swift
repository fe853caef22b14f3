/// Settings for comparing evaluations over time.
///
/// **When a change counts.** A row is *unchanged* when it moved by less than
/// ``minimumPointsChange`` (1) points *and* by less than ``minimumPercentageChange`` (1)
/// percentage points; otherwise it *improved* or *declined*. The reason is rounding: SKR publishes
/// whole points and whole percentages, each rounded from its own unrounded value, and files made
/// from published reports hold figures reconstructed from them (Kumla 2020's 1.1 is stored as 12.51
/// to reproduce "13 points, 63 %"). Two figures that differ by less than one unit on both scales may
/// be the same underlying result, so calling that a change would report rounding noise. A
/// difference of a whole unit or more on either scale always shows in the published figures of that
/// scale (rounding never hides it), so it is a change. The points threshold decides for large rows
/// (1 point of the total's 800 is 0.125 percentage points), the percentage threshold for small ones
/// (1 percentage point of a 10-point sub-area is 0.1 points). When two figures cover different parts
/// (a sub-area not assessed in one of them) only the percentage is compared.
///
/// **Same dates.** Two evaluations whose dates could be the same day (equal dates, or a month-only
/// date and a day in that month) are refused by default: the order decides the sign of every
/// change, and the file gives no order. With ``allowSameDate`` they are kept in the order given.
public struct ComparisonOptions: Codable, Hashable, Sendable {
  /// The smallest change in points that counts as a change (default 1, one published point).
  public var minimumPointsChange: Double
  /// The smallest change in percentage points that counts (default 1, one published percent).
  public var minimumPercentageChange: Double
  /// Whether evaluations of different municipalities (by SCB code) may be compared; a warning
  /// instead of an error then. Off by default.
  public var allowDifferentMunicipalities: Bool
  /// Whether evaluations that could have the same date may be compared, in the order given; a
  /// warning instead of an error then. Off by default.
  public var allowSameDate: Bool
  /// How many rows the lists of largest improvements and declines hold at most (default 5).
  public var highlightCount: Int

  /// Creates options.
  public init(
    minimumPointsChange: Double = 1,
    minimumPercentageChange: Double = 1,
    allowDifferentMunicipalities: Bool = false,
    allowSameDate: Bool = false,
    highlightCount: Int = 5
  ) {
    self.minimumPointsChange = minimumPointsChange
    self.minimumPercentageChange = minimumPercentageChange
    self.allowDifferentMunicipalities = allowDifferentMunicipalities
    self.allowSameDate = allowSameDate
    self.highlightCount = highlightCount
  }

  /// The default options.
  public static let `default` = ComparisonOptions()
}
