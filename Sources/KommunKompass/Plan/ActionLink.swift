/// What in the evaluation an action answers: an improvement opportunity of an area, or a finding
/// of a sub-area, by its position (1 for the first).
public struct ActionLink: Codable, Hashable, Sendable {
  /// The area whose improvement opportunity is answered.
  public var areaID: String?
  /// The improvement opportunity's position in the area's list, from 1.
  public var improvement: Int?
  /// The sub-area whose finding is answered.
  public var subAreaID: String?
  /// The finding's position in the sub-area's list, from 1.
  public var finding: Int?

  enum CodingKeys: String, CodingKey {
    case areaID = "area"
    case improvement
    case subAreaID = "subArea"
    case finding
  }

  /// Creates a link.
  public init(
    areaID: String? = nil, improvement: Int? = nil, subAreaID: String? = nil, finding: Int? = nil
  ) {
    self.areaID = areaID
    self.improvement = improvement
    self.subAreaID = subAreaID
    self.finding = finding
  }
}
