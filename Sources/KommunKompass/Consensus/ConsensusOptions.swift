/// How evaluators' files are brought together into one consensus.
public struct ConsensusOptions: Hashable, Sendable {
  /// The spread, as a share of a sub-area's maximum, from which the evaluators disagree: a
  /// sub-area whose spread reaches it is flagged for the meeting and left pending in the draft.
  /// 0.2 (20 %) by default.
  public var threshold: Double
  /// Whether files with different dates belong together (the consensus then takes the latest).
  public var allowDifferentDates: Bool

  /// Creates options.
  public init(threshold: Double = 0.2, allowDifferentDates: Bool = false) {
    self.threshold = threshold
    self.allowDifferentDates = allowDifferentDates
  }
}
