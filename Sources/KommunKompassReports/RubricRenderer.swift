import KommunKompass

/// Renders rubrics as text: a list of rubrics, or one rubric with its areas, sub-areas, maxima and
/// evidence notes.
public struct RubricRenderer: Sendable {
  /// The language of labels and titles.
  public var language: Language

  /// Creates a renderer.
  public init(language: Language = .swedish) {
    self.language = language
  }

  private var numbers: NumberStyle { NumberStyle(language: language) }

  /// One line per rubric: id, revision, title and total maximum.
  public func renderList(_ rubrics: [Rubric]) -> String {
    let idWidth = rubrics.map(\.id.count).max() ?? 0
    let revisionWidth = rubrics.map(\.revision.count).max() ?? 0
    return rubrics.map { rubric in
      let points = language == .swedish ? "poäng" : "points"
      return
        "\(rubric.id.padding(to: idWidth))  \(rubric.revision.padding(to: revisionWidth))  \(rubric.title.text(in: language)) (\(numbers.decimal(rubric.maxPoints)) \(points))"
    }.displayText
  }

  /// A rubric in full: its title and id, the years it was used, its source, then every area and
  /// sub-area.
  public func render(_ rubric: Rubric) -> String {
    let points = language == .swedish ? "poäng" : "points"
    var lines = ["\(rubric.title.text(in: language)) [\(rubric.id)]"]
    if let period = rubric.periodOfUse {
      let used =
        period.until == nil
        ? (language == .swedish ? "Används i utvärderingar " : "In use for evaluations ")
        : (language == .swedish ? "Användes i utvärderingar " : "Used in evaluations ")
      lines.append(used + period.title.text(in: language))
    }
    if let source = rubric.source { lines += source.wrapped(width: 80) }
    for area in rubric.areas {
      lines.append("")
      lines.append(
        "\(area.id). \(area.title.text(in: language)) (max \(numbers.decimal(area.maxPoints)) \(points))"
      )
      if !area.aliases.isEmpty {
        lines.append(
          "   " + (language == .swedish ? "Även kallat: " : "Also called: ")
            + area.aliases.joined(separator: "; "))
      }
      for subArea in area.subAreas {
        lines.append(
          "   \(subArea.id) \(subArea.title.text(in: language)) (max \(numbers.decimal(subArea.maxPoints)))"
        )
        if !subArea.aliases.isEmpty {
          lines.append(
            "       " + (language == .swedish ? "Även kallat: " : "Also called: ")
              + subArea.aliases.joined(separator: "; "))
        }
        for note in subArea.evidenceNotes {
          let wrapped = note.wrapped(width: 70)
          lines.append("       - " + (wrapped.first ?? ""))
          lines += wrapped.dropFirst().map { "         " + $0 }
        }
      }
    }
    return lines.map(\.trimmingTrailingSpaces).displayText
  }
}
