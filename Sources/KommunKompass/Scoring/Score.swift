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

  /// The points as a percentage of the assessed maximum, unrounded but computed on the exact
  /// decimal values (12.51 of 20 is 62.55, which rounds to 63); `nil` when nothing was assessed.
  public var percent: Double? {
    guard assessedMaxPoints > 0 else { return nil }
    return ExactArithmetic.product(points, times: 100, over: assessedMaxPoints)
  }

  /// The points rounded for display.
  public var displayPoints: Int { DisplayRounding.wholeNumber(points) }

  /// The percentage rounded for display; `nil` when nothing was assessed.
  public var displayPercent: Int? { percent.map(DisplayRounding.wholeNumber) }

  /// The sum of two scores, at full precision: each figure added on its exact decimal value (see
  /// `ExactArithmetic`), so 12.51 + 4.8 is 17.31, never 17.310000000000002.
  public static func + (lhs: Score, rhs: Score) -> Score {
    Score(
      points: ExactArithmetic.sum(lhs.points, rhs.points),
      assessedMaxPoints: ExactArithmetic.sum(lhs.assessedMaxPoints, rhs.assessedMaxPoints),
      maxPoints: ExactArithmetic.sum(lhs.maxPoints, rhs.maxPoints))
  }
}
