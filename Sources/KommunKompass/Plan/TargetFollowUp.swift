/// How one sub-area or area an action targeted changed from the evaluation before to the one after.
///
/// Across a change of the version of Kommunkompassen a target can correspond to several parts of
/// the later version (an area split in two); it then has one follow-up per part, each with its
/// ``laterID``.
public struct TargetFollowUp: Codable, Hashable, Sendable {
  /// The outcome of the change: classified as `compare` classifies it, or why it is not comparable.
  public enum Outcome: String, Codable, Hashable, Sendable, CaseIterable {
    /// Up by at least the thresholds `compare` uses.
    case confirmedImprovement
    /// Changed by less than the thresholds.
    case unchanged
    /// Down by at least the thresholds.
    case declined
    /// Not comparable: deliberately not assessed in one of the evaluations (never counted as zero).
    case notAssessed
    /// Not comparable: not scored yet (`"points": null`) in one of the evaluations.
    case notScoredYet
    /// Not comparable: one of the evaluations has points per area only.
    case noSubAreaDetail
    /// Not comparable: the crosswalk between the versions of Kommunkompassen does not connect
    /// this part (not mapped, or removed in the later version).
    case notConnected

    /// Whether the evaluations give a change for the target.
    public var isComparable: Bool {
      self == .confirmedImprovement || self == .unchanged || self == .declined
    }

    /// The outcome's name for readers; a not comparable outcome says why.
    public var title: LocalizedText {
      switch self {
      case .confirmedImprovement:
        LocalizedText(sv: "bekräftad förbättring", en: "confirmed improvement")
      case .unchanged: LocalizedText(sv: "oförändrat", en: "unchanged")
      case .declined: LocalizedText(sv: "försämring", en: "declined")
      case .notAssessed:
        LocalizedText(sv: "ej jämförbart: ej bedömt", en: "not comparable: not assessed")
      case .notScoredYet:
        LocalizedText(
          sv: "ej jämförbart: ännu inte poängsatt", en: "not comparable: not scored yet")
      case .noSubAreaDetail:
        LocalizedText(
          sv: "ej jämförbart: bara poäng per område", en: "not comparable: points per area only")
      case .notConnected:
        LocalizedText(
          sv: "ej jämförbart: inte kopplat mellan versionerna av Kommunkompassen",
          en: "not comparable: not connected across the versions of Kommunkompassen")
      }
    }
  }

  /// The targeted id in the plan's rubric.
  public var id: String
  /// The targeted part's title in the plan's rubric.
  public var title: LocalizedText
  /// The id of the corresponding part in the later evaluation's rubric, when connected.
  public var laterID: String?
  /// The points before, when there is a figure. Across versions this is the figure `compare`
  /// shows for ``laterID``, which may pool several parts of the earlier version.
  public var pointsBefore: Double?
  /// The points after, when there is a figure.
  public var pointsAfter: Double?
  /// The percentage of the maximum before, when there is a figure.
  public var percentBefore: Double?
  /// The percentage of the maximum after, when there is a figure.
  public var percentAfter: Double?
  /// The outcome.
  public var outcome: Outcome
  /// The expected points, when the plan gives them.
  public var expectedPoints: Double?
  /// Whether the expected points were reached; `nil` without an expectation, without a figure
  /// after, or when the later part is not the same part with the same maximum.
  public var expectationReached: Bool?

  /// Creates a follow-up of one target.
  public init(
    id: String, title: LocalizedText, laterID: String?, pointsBefore: Double? = nil,
    pointsAfter: Double? = nil, percentBefore: Double? = nil, percentAfter: Double? = nil,
    outcome: Outcome, expectedPoints: Double? = nil, expectationReached: Bool? = nil
  ) {
    self.id = id
    self.title = title
    self.laterID = laterID
    self.pointsBefore = pointsBefore
    self.pointsAfter = pointsAfter
    self.percentBefore = percentBefore
    self.percentAfter = percentAfter
    self.outcome = outcome
    self.expectedPoints = expectedPoints
    self.expectationReached = expectationReached
  }
}
