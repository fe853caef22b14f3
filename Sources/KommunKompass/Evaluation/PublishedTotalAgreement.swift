/// The rule for whether an evaluation's `publishedTotal` agrees with its points, defined once for
/// the full loader (``Evaluation/validationProblems(against:)``) and ``PeerFigureScanner``.
///
/// Published figures are rounded to whole points, each from its own unrounded value, so a
/// published total need not equal the sum of the published figures. The total itself may be off by
/// up to 0.5, and so may each figure in the file that is a whole number (it may be a rounded
/// published figure); fractional figures are taken as exact.
struct PublishedTotalAgreement: Sendable {
  /// The sum of the figures added, in the order they were added.
  private(set) var sum = 0.0
  /// How many of the figures are whole numbers, each of which may be a rounded figure.
  private(set) var wholeFigures = 0

  /// Starts with no figures.
  init() {}

  /// Adds one point figure of the file.
  mutating func add(_ points: Double) {
    sum = ExactArithmetic.sum(sum, points)
    if points.rounded() == points { wholeFigures += 1 }
  }

  /// How far from ``sum`` rounding can put a published total.
  var slack: Double { 0.5 + 0.5 * Double(wholeFigures) }

  /// Whether rounding explains a published total.
  func explains(_ total: Double) -> Bool {
    abs(total - sum) <= slack + Self.tolerance
  }

  /// The lowest and highest whole-number totals that rounding explains (as numbers, since a
  /// custom rubric's sums may be beyond the range of `Int`).
  var explainedTotals: (lowest: Double, highest: Double) {
    ((sum - slack).rounded(.up), (sum + slack).rounded(.down))
  }

  /// Whether a published total is above the rubric's maximum, and therefore an error.
  static func exceeds(_ total: Double, maximum: Double) -> Bool {
    total > maximum + tolerance
  }

  /// The allowance for binary floating point in sums of decimal figures.
  private static let tolerance = 1e-9
}
