/// The points a reference profile gives one area.
public struct ReferenceAreaPoints: Codable, Hashable, Sendable {
  /// The area's id in the profile's rubric.
  public var id: String
  /// The points, for example a national average (fractions allowed).
  public var points: Double

  /// Creates an area value.
  public init(id: String, points: Double) {
    self.id = id
    self.points = points
  }
}
