import KommunKompass

extension Scorecard {
  /// The label of the total row: "Summa av områdena" when a published total is shown beside it,
  /// "Totalt" otherwise.
  func totalLabel(in language: Language) -> String {
    (publishedTotal == nil ? ReportLabel.total : ReportLabel.sumOfAreas).text(in: language)
  }

  /// The published total as a score against the same maximum as the sum, for its percentage.
  var publishedTotalScore: Score? {
    publishedTotal.map {
      Score(
        points: $0.points, assessedMaxPoints: total.assessedMaxPoints, maxPoints: total.maxPoints)
    }
  }

  /// "Anmärkning: den publicerade totalen 556 skiljer sig …", or `nil` when the published total
  /// and the sum agree (or there is no published total).
  func publishedTotalNote(in language: Language) -> String? {
    guard let published = publishedTotal, let note = published.note else { return nil }
    let label =
      published.severity == .warning
      ? (language == .swedish ? "Varning" : "Warning") : ReportLabel.note.text(in: language)
    return "\(label): \(note.text(in: language))"
  }
}
