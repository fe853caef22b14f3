extension EvaluationComparer.Table {
  /// The note that says only totals are compared, when one or more evaluations give only their
  /// total (``EvaluationDetail/total``); empty otherwise.
  func totalsOnlyNotes(columns: [ComparedEvaluation]) -> [LocalizedText] {
    let dates = columns.filter { $0.detail == .total }.map { "\($0.date)" }
    guard !dates.isEmpty else { return [] }
    if dates.count == columns.count {
      return [
        LocalizedText(
          sv: "Utvärderingarna har bara sina totaler, så bara totalerna jämförs.",
          en: "The evaluations have their totals only, so only the totals are compared.")
      ]
    }
    let list = dates.joined(separator: ", ")
    return [
      LocalizedText(
        sv:
          "Utvärderingen från \(list) har bara sin total, så bara totalerna jämförs; områden och delområden jämförs inte.",
        en:
          "The evaluation of \(list) has its total only, so only the totals are compared; areas and sub-areas are not compared."
      )
    ]
  }
}

extension EvaluationComparer.Table {
  /// Notes on published totals: each published total that differs from its evaluation's sum (the
  /// note of ``PublishedTotal``), and, when two or more evaluations have one, the published totals
  /// in date order with the change from the first to the last.
  func publishedTotalNotes(columns: [ComparedEvaluation]) -> [LocalizedText] {
    var notes: [LocalizedText] = []
    for column in columns {
      guard let note = column.publishedTotal?.note else { continue }
      notes.append(
        LocalizedText(
          sv: "\(column.date): \(note.swedish)",
          en: "\(column.date): \(note.text(in: .english))"))
    }
    let published = columns.compactMap { column in
      column.publishedTotal.map { (date: column.date, total: $0) }
    }
    guard published.count >= 2, let first = published.first, let last = published.last else {
      return notes
    }
    let list = published.map { "\($0.date): \($0.total.displayPoints)" }.joined(separator: "; ")
    let change = DisplayRounding.wholeNumber(last.total.points - first.total.points)
    let signed = change > 0 ? "+\(change)" : "\(change)"
    notes.append(
      LocalizedText(
        sv:
          "Publicerade totaler: \(list); förändring från \(first.date) till \(last.date): \(signed) poäng.",
        en:
          "Published totals: \(list); change from \(first.date) to \(last.date): \(signed) points."
      ))
    return notes
  }
}
