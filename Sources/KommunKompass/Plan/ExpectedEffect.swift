/// The points an action is expected to bring a targeted sub-area to.
public struct ExpectedEffect: Codable, Hashable, Sendable {
  /// The sub-area's id in the plan's rubric.
  public var subAreaID: String
  /// The points aimed for.
  public var points: Double

  enum CodingKeys: String, CodingKey {
    case subAreaID = "subArea"
    case points
  }

  /// Creates an expected effect.
  public init(subAreaID: String, points: Double) {
    self.subAreaID = subAreaID
    self.points = points
  }
}
