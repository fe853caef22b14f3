/// The scored result of one sub-area.
public struct SubAreaScore: Hashable, Sendable, Codable, Identifiable {
  /// The sub-area's id, for example `"1.2"`.
  public var id: String
  /// The sub-area's title from the rubric.
  public var title: LocalizedText
  /// The points against the sub-area's maximum; nothing assessed when ``notAssessedReason`` is set.
  public var score: Score
  /// Why the sub-area was not assessed, or `nil` when it was.
  public var notAssessedReason: String?

  /// Creates a sub-area score.
  public init(id: String, title: LocalizedText, score: Score, notAssessedReason: String? = nil) {
    self.id = id
    self.title = title
    self.score = score
    self.notAssessedReason = notAssessedReason
  }

  /// Whether the sub-area was assessed.
  public var isAssessed: Bool { notAssessedReason == nil }
}
