/// The points a target profile aims for in one area, and optionally in some of its sub-areas.
public struct AreaTarget: Codable, Hashable, Sendable {
  /// The area's id in the profile's rubric.
  public var id: String
  /// The points aimed for in the area.
  public var points: Double
  /// Targets for some of the area's sub-areas; may be empty.
  public var subAreas: [SubAreaTarget]

  enum CodingKeys: String, CodingKey {
    case id, points, subAreas
  }

  /// Creates an area target.
  public init(id: String, points: Double, subAreas: [SubAreaTarget] = []) {
    self.id = id
    self.points = points
    self.subAreas = subAreas
  }

  /// Decodes an area target; `subAreas` may be left out.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    points = try container.decode(Double.self, forKey: .points)
    subAreas = try container.decodeIfPresent([SubAreaTarget].self, forKey: .subAreas) ?? []
  }

  /// Encodes an area target, leaving out an empty `subAreas`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(points, forKey: .points)
    if !subAreas.isEmpty { try container.encode(subAreas, forKey: .subAreas) }
  }
}
