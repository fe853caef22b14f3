import KommunKompass

/// One evaluation's percentages per area, as drawn in a chart.
public struct ChartSeries: Sendable, Hashable {
  /// The series' name in legends, for example "Kumla kommun 2020-11".
  public var name: String
  /// The displayed percentage per area id; absent when the area was not assessed.
  public var percentByArea: [String: Int]

  /// Creates a series.
  public init(name: String, percentByArea: [String: Int]) {
    self.name = name
    self.percentByArea = percentByArea
  }

  /// The series of a scorecard, named by its municipality and date.
  public init(_ scorecard: Scorecard) {
    name = "\(scorecard.municipality.name) \(scorecard.date)"
    percentByArea = Dictionary(
      uniqueKeysWithValues: scorecard.areas.compactMap { area in
        area.score.displayPercent.map { (area.id, $0) }
      })
  }
}

/// The spread of other municipalities' results for one area, drawn behind the bars.
public struct ChartRange: Sendable, Hashable {
  /// The lowest percentage.
  public var minimum: Double
  /// The median percentage.
  public var median: Double
  /// The highest percentage.
  public var maximum: Double

  /// Creates a range.
  public init(minimum: Double, median: Double, maximum: Double) {
    self.minimum = minimum
    self.median = median
    self.maximum = maximum
  }
}
