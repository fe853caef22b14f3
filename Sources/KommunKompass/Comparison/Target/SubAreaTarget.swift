/// The points a target profile aims for in one sub-area.
public struct SubAreaTarget: Codable, Hashable, Sendable {
  /// The sub-area's id in the profile's rubric.
  public var id: String
  /// The points aimed for.
  public var points: Double

  /// Creates a sub-area target.
  public init(id: String, points: Double) {
    self.id = id
    self.points = points
  }
}
