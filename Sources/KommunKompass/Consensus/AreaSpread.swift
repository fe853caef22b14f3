/// The effect of the evaluators' disagreement on one area or on the total: each evaluator's
/// points and their range.
public struct AreaSpread: Hashable, Sendable {
  /// The area's id, or `nil` for the total.
  public var id: String?
  /// The area's title, or "Totalt" / "Total".
  public var title: LocalizedText
  /// The maximum in the rubric.
  public var maxPoints: Double
  /// Each evaluator's points, in the order of ``DisagreementReport/evaluators``; `nil` when the
  /// evaluator assessed nothing here.
  public var points: [Double?]
  /// The maximum each evaluator assessed here (less than ``maxPoints`` when some part was not
  /// assessed).
  public var assessedMaxPoints: [Double]
  /// The highest minus the lowest points; `nil` with fewer than two evaluators' points.
  public var range: Double?
}
