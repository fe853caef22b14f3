/// One sub-area (an area, in an area-level evaluation) of a ``DisagreementReport``: each
/// evaluator's assessment and how far apart they are.
public struct DisagreementRow: Hashable, Sendable {
  /// The id of the area the row belongs to (the row's own id for an area).
  public var areaID: String
  /// The sub-area's (or area's) id.
  public var id: String
  /// Its title in the rubric.
  public var title: LocalizedText
  /// Its maximum in the rubric.
  public var maxPoints: Double
  /// Each evaluator's assessment, in the order of ``DisagreementReport/evaluators``; `nil` where a
  /// consensus evaluation holds no proposal of that evaluator.
  public var assessments: [SubAreaEvaluation.Assessment?]
  /// The highest minus the lowest points; `nil` with fewer than two evaluators' points.
  public var spread: Double?
  /// ``spread`` as a share of ``maxPoints`` (0.25 for 25 %).
  public var spreadShare: Double?
  /// The mean of the evaluators' points.
  public var mean: Double?
  /// The median of the evaluators' points.
  public var median: Double?
  /// Why the row needs the group's discussion, or `nil` when the evaluators agree.
  public var flag: DisagreementFlag?
  /// What was agreed: in a consensus evaluation, what the group wrote (points, not assessed, or
  /// ``SubAreaEvaluation/Assessment/pending`` while it awaits consensus); for evaluators' files,
  /// what the consensus draft gives it (the mean rounded to their precision when they agree).
  public var agreed: SubAreaEvaluation.Assessment?

  /// The agreed points, or `nil` when not agreed yet or agreed as not assessed.
  public var agreedPoints: Double? {
    if case .points(let points)? = agreed { return points }
    return nil
  }

  /// The points given, in evaluator order, leaving out those not assessed or missing.
  public var points: [Double] {
    assessments.compactMap { if case .points(let points)? = $0 { points } else { nil } }
  }
}
