/// A municipality's current evaluation set against its target profile.
///
/// Made by ``TargetProfile/progress(current:baseline:file:rubrics:)``.
public struct TargetComparison: Codable, Hashable, Sendable {
  /// The municipality.
  public var municipality: Municipality
  /// The rubric of the targets and evaluations.
  public var rubricID: String
  /// The target profile's name.
  public var title: String?
  /// When the targets should be reached.
  public var targetDate: CalendarDate
  /// The baseline evaluation's date.
  public var baselineDate: CalendarDate
  /// The current evaluation's date.
  public var currentDate: CalendarDate
  /// Whether the current evaluation, at the end of its date's period, is at or after the end of
  /// the target date's period (a target date of "2022" runs to 31 December 2022).
  public var isTargetDateReached: Bool
  /// Whether a baseline evaluation was given (without one there is no progress, only gaps).
  public var hasBaseline: Bool
  /// The area rows with targets, in rubric order, each with its sub-area target rows.
  public var areas: [TargetRow]
  /// The total row, when every area has a target.
  public var total: TargetRow?
  /// Sentences a report should show with the table.
  public var notes: [LocalizedText]

  /// Creates a target comparison.
  package init(
    municipality: Municipality,
    rubricID: String,
    title: String?,
    targetDate: CalendarDate,
    baselineDate: CalendarDate,
    currentDate: CalendarDate,
    isTargetDateReached: Bool,
    hasBaseline: Bool,
    areas: [TargetRow],
    total: TargetRow?,
    notes: [LocalizedText]
  ) {
    self.municipality = municipality
    self.rubricID = rubricID
    self.title = title
    self.targetDate = targetDate
    self.baselineDate = baselineDate
    self.currentDate = currentDate
    self.isTargetDateReached = isTargetDateReached
    self.hasBaseline = hasBaseline
    self.areas = areas
    self.total = total
    self.notes = notes
  }

  /// Every row in table order: each area followed by its sub-areas, then the total.
  public var allRows: [TargetRow] {
    areas.flatMap { [$0] + $0.subRows } + (total.map { [$0] } ?? [])
  }

  /// The row with the given id (area, sub-area or `"total"`).
  public func row(id: String) -> TargetRow? {
    allRows.first { $0.id == id }
  }
}
