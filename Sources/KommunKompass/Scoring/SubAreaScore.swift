/// The scored result of one sub-area.
public struct SubAreaScore: Hashable, Sendable, Codable, Identifiable {
  /// Whether a sub-area counted in the score.
  public enum Status: Hashable, Sendable, Codable {
    /// Scored: its points and maximum count.
    case scored
    /// Deliberately not assessed, with the evaluators' reason.
    case notAssessed(reason: String)
    /// Not scored yet (a draft).
    case pending
  }

  /// The sub-area's id, for example `"1.2"`.
  public var id: String
  /// The sub-area's title from the rubric.
  public var title: LocalizedText
  /// The points against the sub-area's maximum; nothing assessed unless ``status`` is `.scored`.
  public var score: Score
  /// Whether the sub-area counted.
  public var status: Status

  /// Creates a sub-area score.
  package init(id: String, title: LocalizedText, score: Score, status: Status = .scored) {
    self.id = id
    self.title = title
    self.score = score
    self.status = status
  }

  /// Whether the sub-area was scored and counts in the totals.
  public var isAssessed: Bool { status == .scored }
}
