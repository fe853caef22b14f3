/// One row of a comparison over time: an area, a sub-area or the total, with its figure in every
/// evaluation and the changes between them.
public struct ComparisonRow: Codable, Hashable, Sendable {
  /// The id in ``rubricID``, for example `"3"` or `"3.2"`; `"total"` for the total. A row that
  /// joins parts compared together, because an earlier part was split over them, has their ids
  /// joined with `+`, for example `"7+8"`, their titles joined with " + " and their maxima added.
  public var id: String
  /// Total, area or sub-area.
  public var level: ComparisonLevel
  /// The area a sub-area belongs to; `nil` for areas and the total.
  public var areaID: String?
  /// The rubric the row belongs to: the latest evaluation's, or an earlier one's for a removed row.
  public var rubricID: String
  /// The title in ``rubricID``.
  public var title: LocalizedText
  /// The maximum in ``rubricID``.
  public var maxPoints: Double
  /// The row's figure in each evaluation, in date order.
  public var values: [ComparedValue]
  /// The changes between consecutive evaluations (one fewer than ``values``).
  public var steps: [ComparisonChange]
  /// The change from the first evaluation to the last.
  public var overall: ComparisonChange
  /// The sub-area rows of an area row, in rubric order.
  public var subRows: [ComparisonRow]

  /// Creates a row.
  package init(
    id: String,
    level: ComparisonLevel,
    areaID: String? = nil,
    rubricID: String,
    title: LocalizedText,
    maxPoints: Double,
    values: [ComparedValue],
    steps: [ComparisonChange],
    overall: ComparisonChange,
    subRows: [ComparisonRow] = []
  ) {
    self.id = id
    self.level = level
    self.areaID = areaID
    self.rubricID = rubricID
    self.title = title
    self.maxPoints = maxPoints
    self.values = values
    self.steps = steps
    self.overall = overall
    self.subRows = subRows
  }

  /// The row's classification from the first evaluation to the last.
  public var classification: ChangeClassification { overall.classification }

  /// How comparable the first and the last figure are.
  public var comparability: Comparability { overall.comparability }

  /// The crosswalk's reasons behind the row's correspondences, without repeats.
  public var justifications: [LocalizedText] {
    var reasons: [LocalizedText] = []
    for reason in values.flatMap(\.justifications) where !reasons.contains(reason) {
      reasons.append(reason)
    }
    return reasons
  }
}
