/// Two or more evaluations of one municipality compared over time: the figures of every area and
/// sub-area in each evaluation, in date order, and how they changed.
///
/// Made by ``EvaluationComparer/compare(_:)-([NamedEvaluation])``. Rows follow the rubric of the latest evaluation.
/// When the evaluations were made with different rubric revisions, ``crossesRevisions`` is true,
/// each value carries its crosswalk comparability, ``overlaps`` states how much of the latest
/// rubric has comparable counterparts, and areas that were removed get rows of their own in
/// ``removed``.
public struct TimeComparison: Codable, Hashable, Sendable {
  /// The municipality, as the latest evaluation names it.
  public var municipality: Municipality
  /// The evaluations in date order: the columns.
  public var evaluations: [ComparedEvaluation]
  /// The rubric the rows follow: the latest evaluation's.
  public var rubricID: String
  /// That rubric's title.
  public var rubricTitle: LocalizedText
  /// Whether the evaluations were made with different rubric revisions.
  public var crossesRevisions: Bool
  /// For each earlier rubric among the evaluations, how much of ``rubricID``'s maximum has a
  /// comparable counterpart in it.
  public var overlaps: [CrosswalkOverlap]
  /// The area rows in rubric order, each with its sub-area rows.
  public var areas: [ComparisonRow]
  /// Rows of earlier rubrics' areas (or sub-areas) that have no counterpart in ``rubricID``.
  public var removed: [ComparisonRow]
  /// The total row.
  public var total: ComparisonRow
  /// The largest improvements from the first evaluation to the last, largest first, by
  /// percentage points (which, unlike points, compare across different maxima).
  public var largestImprovements: [ChangeHighlight]
  /// The largest declines from the first evaluation to the last, largest first.
  public var largestDeclines: [ChangeHighlight]
  /// Sentences a report should show above the table: that revisions differ, what needs sub-areas.
  public var notes: [LocalizedText]
  /// The options used.
  public var options: ComparisonOptions

  /// Creates a comparison.
  package init(
    municipality: Municipality,
    evaluations: [ComparedEvaluation],
    rubricID: String,
    rubricTitle: LocalizedText,
    crossesRevisions: Bool,
    overlaps: [CrosswalkOverlap],
    areas: [ComparisonRow],
    removed: [ComparisonRow],
    total: ComparisonRow,
    largestImprovements: [ChangeHighlight],
    largestDeclines: [ChangeHighlight],
    notes: [LocalizedText],
    options: ComparisonOptions
  ) {
    self.municipality = municipality
    self.evaluations = evaluations
    self.rubricID = rubricID
    self.rubricTitle = rubricTitle
    self.crossesRevisions = crossesRevisions
    self.overlaps = overlaps
    self.areas = areas
    self.removed = removed
    self.total = total
    self.largestImprovements = largestImprovements
    self.largestDeclines = largestDeclines
    self.notes = notes
    self.options = options
  }

  /// Every row in table order: each area followed by its sub-areas, then removed rows, then the
  /// total. Handy for CSV.
  public var allRows: [ComparisonRow] {
    areas.flatMap { [$0] + $0.subRows } + removed + [total]
  }

  /// The row with the given id in ``rubricID`` (area, sub-area or `"total"`).
  public func row(id: String) -> ComparisonRow? {
    if id == total.id { return total }
    return areas.flatMap { [$0] + $0.subRows }.first { $0.id == id }
  }
}
