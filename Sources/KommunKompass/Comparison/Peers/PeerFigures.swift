/// What a ``PeerGroup`` keeps of one peer's evaluation: who and when, and one figure per area plus
/// the total. ``PeerFigureScanner`` reads it straight from a file's bytes.
package struct PeerFigures: Sendable {
  /// The municipality, its name as the full loader reads it (trimmed, Unicode form C).
  package var municipality: Municipality
  /// The evaluation's date.
  package var date: CalendarDate
  /// The id of the rubric the evaluation was made with.
  package var rubricID: String
  /// Whether points were given per sub-area or per area.
  package var detail: EvaluationDetail
  /// One value per area of the rubric, in rubric order, then the total: points on the full maximum
  /// (the percentage of the assessed parts applied to the whole maximum), NaN where nothing was
  /// assessed. The same numbers a ``PeerGroup`` keeps when it adds the evaluation itself.
  package var values: [Double]

  /// Creates figures.
  package init(
    municipality: Municipality, date: CalendarDate, rubricID: String, detail: EvaluationDetail,
    values: [Double]
  ) {
    self.municipality = municipality
    self.date = date
    self.rubricID = rubricID
    self.detail = detail
    self.values = values
  }
}
