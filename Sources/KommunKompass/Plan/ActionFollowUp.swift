/// Where one action stands at a follow-up, and what its targets show.
public struct ActionFollowUp: Codable, Hashable, Sendable {
  /// The action as planned.
  public var action: PlanAction
  /// Whether it was still open after its due date's period.
  public var isOverdue: Bool
  /// Its targets' changes; empty when followed up without a later evaluation.
  public var targets: [TargetFollowUp]

  /// Creates an action's follow-up.
  public init(action: PlanAction, isOverdue: Bool, targets: [TargetFollowUp]) {
    self.action = action
    self.isOverdue = isOverdue
    self.targets = targets
  }

  /// Whether the action is done and a target improved while none declined.
  public var isConfirmed: Bool {
    action.status == .done && targets.contains { $0.outcome == .confirmedImprovement }
      && !targets.contains { $0.outcome == .declined }
  }

  /// Whether the action is done but a target declined: the first to discuss.
  public var isDoneButDeclined: Bool {
    action.status == .done && targets.contains { $0.outcome == .declined }
  }
}
