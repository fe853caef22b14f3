/// A summary of the evidence an evaluation rests on.
public struct SourcesSummary: Codable, Hashable, Sendable {
  /// How many people were interviewed.
  public var interviews: Int?
  /// A description of the documents studied, the web review and who was interviewed.
  public var description: String?

  /// Creates a summary.
  public init(interviews: Int? = nil, description: String? = nil) {
    self.interviews = interviews
    self.description = description
  }
}
