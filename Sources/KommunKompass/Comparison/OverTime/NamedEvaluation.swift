/// An evaluation together with the name of the file it came from, so that problems found when
/// comparing it can name the file.
public struct NamedEvaluation: Codable, Hashable, Sendable {
  /// The file's name as the user gave it, or `nil` for an evaluation made in memory.
  public var file: String?
  /// The evaluation, loaded without errors.
  public var evaluation: Evaluation

  /// Creates a named evaluation.
  public init(file: String?, evaluation: Evaluation) {
    self.file = file
    self.evaluation = evaluation
  }
}
