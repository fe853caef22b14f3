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
  /// Its total in its own rubric: the sum of its areas, or a totals-only evaluation's points.
  public var total: Score
  /// The total the source published, when the evaluation gives one (`publishedTotal`), shown
  /// beside ``total``; for a totals-only evaluation, whose points are the published total, `nil`.
  public var publishedTotal: PublishedTotal?

  /// Creates a column.
  package init(
    file: String?,
    municipality: Municipality,
    date: CalendarDate,
    kind: EvaluationKind,
    rubricID: String,
    rubricRevision: String,
    detail: EvaluationDetail,
    total: Score,
    publishedTotal: PublishedTotal? = nil
  ) {
    self.file = file
    self.municipality = municipality
    self.date = date
    self.kind = kind
    self.rubricID = rubricID
    self.rubricRevision = rubricRevision
    self.detail = detail
    self.total = total
    self.publishedTotal = publishedTotal
  }
}
