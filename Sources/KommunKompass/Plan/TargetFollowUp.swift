/// How one sub-area or area an action targeted changed from the evaluation before to the one after.
public struct TargetFollowUp: Codable, Hashable, Sendable {
  /// The outcome of the change.
  public enum Outcome: String, Codable, Hashable, Sendable, CaseIterable {
    /// Up by at least the thresholds `compare` uses.
    case confirmedImprovement
    /// Changed by less than the thresholds.
    case unchanged
    /// Down by at least the thresholds.
    case declined
    /// Not assessed (or not scored) in one of the evaluations.
    case notAssessed
    /// The crosswalk between the revisions does not connect this part.
    case notConnected

    /// The outcome's name for readers.
    public var title: LocalizedText {
      switch self {
      case .confirmedImprovement:
        LocalizedText(sv: "bekräftad förbättring", en: "confirmed improvement")
      case .unchanged: LocalizedText(sv: "oförändrat", en: "unchanged")
      case .declined: LocalizedText(sv: "försämring", en: "declined")
      case .notAssessed:
        LocalizedText(sv: "ej jämförbart: inte bedömt", en: "not comparable: not assessed")
      case .notConnected:
        LocalizedText(
          sv: "ej jämförbart: inte kopplat mellan versionerna",
          en: "not comparable: not connected across versions")
      }
    }
  }

  /// The targeted id in the plan's rubric.
  public var id: String
  /// The row's id in the later evaluation's rubric, when connected.
  public var laterID: String?
  /// The points before and after, when assessed.
  public var pointsBefore: Double?
  /// The points after.
  public var pointsAfter: Double?
  /// The outcome.
  public var outcome: Outcome
  /// The expected points, when the plan gives them.
  public var expectedPoints: Double?
  /// Whether the expected points were reached; `nil` without an expectation or a figure after.
  public var expectationReached: Bool?

  /// Creates a follow-up of one target.
  public init(
    id: String, laterID: String?, pointsBefore: Double?, pointsAfter: Double?, outcome: Outcome,
    expectedPoints: Double? = nil, expectationReached: Bool? = nil
  ) {
    self.id = id
    self.laterID = laterID
    self.pointsBefore = pointsBefore
    self.pointsAfter = pointsAfter
    self.outcome = outcome
    self.expectedPoints = expectedPoints
    self.expectationReached = expectationReached
  }
}
