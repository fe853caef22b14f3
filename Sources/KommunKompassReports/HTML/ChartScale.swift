import KommunKompass

/// The value axis of a bar chart: percentages from 0 to 100 (the profile), or counts from 0 to a
/// maximum (actions per area in a follow-up).
enum ChartScale: Hashable {
  /// 0 to 100 percent, ticks every 25.
  case percent
  /// Whole numbers from 0 to the maximum (at least 1), ticks at whole numbers.
  case count(maximum: Int)

  /// The value at the right end of the axis.
  var maximum: Double {
    switch self {
    case .percent: 100
    case .count(let maximum): Double(max(maximum, 1))
    }
  }

  /// The values with a grid line and a label.
  var ticks: [Int] {
    switch self {
    case .percent: Array(stride(from: 0, through: 100, by: 25))
    case .count(let maximum):
      Array(stride(from: 0, through: max(maximum, 1), by: max(1, (max(maximum, 1) + 4) / 5)))
    }
  }

  /// A value as written on the chart: "63 %" for a percentage, "3" for a count.
  func text(_ value: Int, _ numbers: NumberStyle) -> String {
    switch self {
    case .percent: numbers.percent(value)
    case .count: "\(value)"
    }
  }
}
