/// A sub-area singled out in a profile as a relative strength or weakness.
public struct SubAreaHighlight: Hashable, Sendable, Codable {
  /// The id of the area the sub-area belongs to.
  public var areaID: String
  /// The sub-area's result.
  public var subArea: SubAreaScore
  /// How many percentage points the sub-area's displayed percentage lies above (positive) or below
  /// (negative) the displayed overall percentage.
  public var differenceFromOverall: Double

  /// Creates a highlight.
  package init(areaID: String, subArea: SubAreaScore, differenceFromOverall: Double) {
    self.areaID = areaID
    self.subArea = subArea
    self.differenceFromOverall = differenceFromOverall
  }
}
