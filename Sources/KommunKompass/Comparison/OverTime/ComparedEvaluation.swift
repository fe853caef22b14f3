/// One evaluation in a comparison over time: a column of the comparison table.
public struct ComparedEvaluation: Codable, Hashable, Sendable {
  /// The file it came from, as named by the caller.
  public var file: String?
  /// The municipality, as that file names it.
  public var municipality: Municipality
  /// When the evaluation was made.
  public var date: CalendarDate
  /// External evaluation or self-assessment.
  public var kind: EvaluationKind
  /// The rubric it was made with.
  public var rubricID: String
  /// That rubric's revision, for example `2016`.
  public var rubricRevision: String
  /// Points per sub-area or per area only.
  public var detail: EvaluationDetail
  /// Its total in its own rubric.
  public var total: Score

  /// Creates a column.
  package init(
    file: String?,
    municipality: Municipality,
    date: CalendarDate,
    kind: EvaluationKind,
    rubricID: String,
    rubricRevision: String,
    detail: EvaluationDetail,
    total: Score
  ) {
    self.file = file
    self.municipality = municipality
    self.date = date
    self.kind = kind
    self.rubricID = rubricID
    self.rubricRevision = rubricRevision
    self.detail = detail
    self.total = total
  }
}
