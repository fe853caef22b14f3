/// One of a rubric's main areas (huvudområden), for example "Styrning och kontroll".
public struct RubricArea: Codable, Hashable, Sendable, Identifiable {
  /// The area's identifier, for example `"3"`.
  public var id: String
  /// The canonical title.
  public var title: LocalizedText
  /// Other Swedish titles the same area has been published under.
  public var aliases: [String]
  /// The highest number of points the area can give (100 in Kommunkompassen).
  public var maxPoints: Double
  /// The sub-areas (delområden). Empty for a rubric known only at area level.
  public var subAreas: [RubricSubArea]

  enum CodingKeys: String, CodingKey {
    case id, title, aliases, maxPoints, subAreas
  }

  /// Creates an area.
  public init(
    id: String,
    title: LocalizedText,
    aliases: [String] = [],
    maxPoints: Double,
    subAreas: [RubricSubArea]
  ) {
    self.id = id
    self.title = title
    self.aliases = aliases
    self.maxPoints = maxPoints
    self.subAreas = subAreas
  }

  /// Decodes an area; `aliases` and `subAreas` may be left out.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    title = try container.decode(LocalizedText.self, forKey: .title)
    aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
    maxPoints = try container.decode(Double.self, forKey: .maxPoints)
    subAreas = try container.decodeIfPresent([RubricSubArea].self, forKey: .subAreas) ?? []
  }
}
