/// A sub-area (delområde) of a rubric area, for example "3.2 Politisk styrning".
public struct RubricSubArea: Codable, Hashable, Sendable, Identifiable {
  /// The sub-area's identifier, for example `"3.2"`.
  public var id: String
  /// The canonical title.
  public var title: LocalizedText
  /// Other Swedish titles the same sub-area has been published under.
  public var aliases: [String]
  /// The highest number of points the sub-area can give.
  public var maxPoints: Double
  /// What an evaluator looks for in this sub-area, in Swedish.
  public var evidenceNotes: [String]

  enum CodingKeys: String, CodingKey {
    case id, title, aliases, maxPoints, evidenceNotes
  }

  /// Creates a sub-area.
  public init(
    id: String,
    title: LocalizedText,
    aliases: [String] = [],
    maxPoints: Double,
    evidenceNotes: [String] = []
  ) {
    self.id = id
    self.title = title
    self.aliases = aliases
    self.maxPoints = maxPoints
    self.evidenceNotes = evidenceNotes
  }

  /// Decodes a sub-area; `aliases` and `evidenceNotes` may be left out.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    title = try container.decode(LocalizedText.self, forKey: .title)
    aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
    maxPoints = try container.decode(Double.self, forKey: .maxPoints)
    evidenceNotes = try container.decodeIfPresent([String].self, forKey: .evidenceNotes) ?? []
  }
}
