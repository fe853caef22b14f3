/// Points achieved against a maximum, kept at full precision, for a sub-area, an area or a total.
///
/// Parts that were not assessed count neither in ``points`` nor in ``assessedMaxPoints``; the
/// difference to ``maxPoints`` is ``unassessedMaxPoints``, so a partial evaluation is never read
/// as a full one.
public struct Score: Hashable, Sendable, Codable {
  /// The points achieved in the assessed parts, unrounded.
  public var points: Double
  /// The maximum of the assessed parts.
  public var assessedMaxPoints: Double
  /// The maximum of all parts, assessed or not.
  public var maxPoints: Double

  /// Creates a score.
  public init(points: Double, assessedMaxPoints: Double, maxPoints: Double) {
    self.points = points
    self.assessedMaxPoints = assessedMaxPoints
    self.maxPoints = maxPoints
  }

  /// The score of nothing: zero of zero.
  public static let zero = Score(points: 0, assessedMaxPoints: 0, maxPoints: 0)

  /// The maximum of the parts that were not assessed.
  public var unassessedMaxPoints: Double { maxPoints - assessedMaxPoints }

  /// Whether every part was assessed.
  public var isFullyAssessed: Bool { unassessedMaxPoints <= 1e-9 }

  /// The points as a percentage of the assessed maximum, unrounded; `nil` when nothing was assessed.
  public var percent: Double? {
    guard assessedMaxPoints > 0 else { return nil }
    let percent = 100 * points / assessedMaxPoints
    // 100 × points overflows for points above about 1.8e306; the share itself does not.
    return percent.isFinite ? percent : 100 * (points / assessedMaxPoints)
  }

  /// The points rounded for display.
  public var displayPoints: Int { DisplayRounding.wholeNumber(points) }

  /// The percentage rounded for display; `nil` when nothing was assessed.
  public var displayPercent: Int? { percent.map(DisplayRounding.wholeNumber) }

  /// The sum of two scores, at full precision.
  public static func + (lhs: Score, rhs: Score) -> Score {
    Score(
      points: lhs.points + rhs.points,
      assessedMaxPoints: lhs.assessedMaxPoints + rhs.assessedMaxPoints,
      maxPoints: lhs.maxPoints + rhs.maxPoints)
  }
}
