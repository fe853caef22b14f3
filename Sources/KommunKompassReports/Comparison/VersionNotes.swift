import KommunKompass

/// The published report's own wording of the notes on a comparison across versions of
/// Kommunkompassen: the versions by their years rather than their file ids, and what is compared
/// in plain words, in place of the comparison's notes on revisions and crosswalk overlaps.
struct VersionNotes {
  var comparison: TimeComparison
  var language: Language

  /// The comparison's own notes that this replaces (the note on revisions and one per overlap).
  var replaced: [String] {
    guard comparison.crossesRevisions else { return [] }
    let notes = comparison.notes.map { $0.text(in: language) }
    return Array(notes.prefix(1 + comparison.overlaps.count))
  }

  /// The notes in the report's words.
  var sentences: [String] {
    guard comparison.crossesRevisions else { return [] }
    let swedish = language == .swedish
    var versions: [String] = []
    for evaluation in comparison.evaluations where !versions.contains(evaluation.rubricRevision) {
      versions.append(evaluation.rubricRevision)
    }
    var sentences = [
      swedish
        ? "Utvärderingarna är gjorda med olika versioner av Kommunkompassen (\(versions.joined(separator: ", "))). Bara det som motsvarar varandra mellan versionerna jämförs, och varje rad anger hur jämförbar den är."
        : "The evaluations were made with different versions of Kommunkompassen (\(versions.joined(separator: ", "))). Only what corresponds between the versions is compared, and each row says how comparable it is."
    ]
    let numbers = NumberStyle(language: language)
    for overlap in comparison.overlaps {
      let later = version(of: overlap.laterRubricID)
      let earlier = version(of: overlap.earlierRubricID)
      let percent = numbers.percent(DisplayRounding.wholeNumber(100 * overlap.share))
      let comparable = numbers.decimal(overlap.comparableMaxPoints)
      let total = numbers.decimal(overlap.totalMaxPoints)
      var sentence =
        swedish
        ? "\(comparable) av \(total) poäng (\(percent)) i version \(later) har en motsvarighet i version \(earlier)"
        : "\(comparable) of \(total) points (\(percent)) in version \(later) have a counterpart in version \(earlier)"
      if overlap.revisedMaxPoints > 0 {
        let revised = numbers.decimal(overlap.revisedMaxPoints)
        sentence += swedish ? ", varav \(revised) i ändrad form" : ", \(revised) of them changed"
      }
      sentences.append(sentence + ".")
    }
    return sentences
  }

  /// The version's year or years ("2016", "2019/2020"), from the bundled rubrics; the id otherwise.
  private func version(of rubricID: String) -> String {
    comparison.evaluations.first { $0.rubricID == rubricID }?.rubricRevision
      ?? RubricCatalog.bundled.rubric(id: rubricID)?.revision ?? rubricID
  }
}
