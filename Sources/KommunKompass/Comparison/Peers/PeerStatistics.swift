/// Summary statistics of the peers' figures for one row, in points on the row's full maximum.
public struct PeerStatistics: Codable, Hashable, Sendable {
  /// How many peers have a figure for the row.
  public var count: Int
  /// The arithmetic mean.
  public var mean: Double
  /// The median: the middle value, or the mean of the two middle values for an even count.
  public var median: Double
  /// The lowest value.
  public var minimum: Double
  /// The highest value.
  public var maximum: Double

  /// Creates statistics.
  package init(count: Int, mean: Double, median: Double, minimum: Double, maximum: Double) {
    self.count = count
    self.mean = mean
    self.median = median
    self.minimum = minimum
    self.maximum = maximum
  }

  /// The statistics of some values; `nil` for none. The values are sorted in place, which is the
  /// only way to an exact median. Mean and median are taken on the exact decimal values (see
  /// `ExactArithmetic`), so a mean of 570.45 is 570.45 and shows as 570,5.
  package init?(values: inout [Double]) {
    guard !values.isEmpty else { return nil }
    values.sort()
    let middle = values.count / 2
    self.init(
      count: values.count,
      mean: ExactArithmetic.mean(values) ?? values[0],
      median: values.count.isMultiple(of: 2)
        ? ExactArithmetic.mean([values[middle - 1], values[middle]]) ?? values[middle]
        : values[middle],
      minimum: values[0],
      maximum: values[values.count - 1])
  }
}
