/// A row singled out among the largest improvements or declines of a comparison.
public struct ChangeHighlight: Codable, Hashable, Sendable {
  /// The row's id in ``rubricID``.
  public var id: String
  /// Area or sub-area.
  public var level: ComparisonLevel
  /// The area a sub-area belongs to.
  public var areaID: String?
  /// The rubric of the row.
  public var rubricID: String
  /// The row's title.
  public var title: LocalizedText
  /// The change from the first evaluation to the last.
  public var change: ComparisonChange

  /// Creates a highlight.
  package init(
    id: String, level: ComparisonLevel, areaID: String?, rubricID: String, title: LocalizedText,
    change: ComparisonChange
  ) {
    self.id = id
    self.level = level
    self.areaID = areaID
    self.rubricID = rubricID
    self.title = title
    self.change = change
  }
}
