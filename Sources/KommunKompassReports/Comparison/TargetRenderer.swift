import KommunKompass

/// Renders a municipality's current evaluation against its target profile (`TargetComparison`)
/// as plain text or Markdown.
///
/// Per targeted area and sub-area (and the total when every area has a target): the maximum, the
/// target, the points at the baseline and now, the points still to go, the progress since the
/// baseline as a percentage of the distance to the target, and the status. Points are on each
/// row's full maximum, to one decimal; progress is undefined ("–") when the target is not above
/// the baseline.
public struct TargetRenderer: Sendable {
  /// The language of labels, titles and numbers.
  public var language: Language
  /// Titles longer than this wrap onto further lines in text.
  public var titleWidth: Int
  /// The rubrics, for the rubric's title in the heading.
  public var rubrics: RubricCatalog

  /// Creates a renderer.
  public init(
    language: Language = .swedish, titleWidth: Int = 40, rubrics: RubricCatalog = .bundled
  ) {
    self.language = language
    self.titleWidth = titleWidth
    self.rubrics = rubrics
  }

  private var numbers: NumberStyle { NumberStyle(language: language) }

  private func label(_ label: ComparisonLabel) -> String { label.text(in: language) }

  /// The comparison as plain text, ending with a line break.
  ///
  /// - Parameters:
  ///   - comparison: The comparison with the targets.
  ///   - currentFile: The current evaluation's file, for the heading.
  ///   - baselineFile: The baseline evaluation's file, for the heading.
  public func renderText(
    _ comparison: TargetComparison, currentFile: String? = nil, baselineFile: String? = nil
  )
    -> String
  {
    var lines = [headline(comparison)]
    lines += subtitles(comparison, currentFile: currentFile, baselineFile: baselineFile)
    lines.append("")
    lines += table(comparison).text()
    // No heading without notes under it.
    let notes = notes(comparison)
    if !notes.isEmpty {
      lines += ["", label(.notes)] + notes.flatMap { $0.bulletLines(indent: "  ") }
    }
    return lines.map(\.trimmingTrailingSpaces).displayText
  }

  /// The comparison as Markdown, ending with a line break.
  ///
  /// - Parameters:
  ///   - comparison: The comparison with the targets.
  ///   - currentFile: The current evaluation's file, for the heading.
  ///   - baselineFile: The baseline evaluation's file, for the heading.
  public func renderMarkdown(
    _ comparison: TargetComparison, currentFile: String? = nil, baselineFile: String? = nil
  )
    -> String
  {
    var lines = ["# \(headline(comparison).markdownEscaped)", ""]
    lines += subtitles(comparison, currentFile: currentFile, baselineFile: baselineFile).map {
      "- \($0.markdownEscaped)"
    }
    lines.append("")
    lines += table(comparison).markdown()
    let notes = notes(comparison)
    if !notes.isEmpty {
      lines += ["", "## \(label(.notes))", ""] + notes.map { "- \($0.markdownEscaped)" }
    }
    return lines.displayText
  }

  /// "Testby kommun (1899) · Testbys mål till 2024".
  private func headline(_ comparison: TargetComparison) -> String {
    let name = "\(comparison.municipality.name) (\(comparison.municipality.code))"
    let title = comparison.title ?? (language == .swedish ? "Mål" : "Targets")
    return "\(name) · \(title)"
  }

  /// The target date, the baseline and the current evaluation, and the rubric.
  private func subtitles(
    _ comparison: TargetComparison, currentFile: String?, baselineFile: String?
  ) -> [String] {
    let swedish = language == .swedish
    func withFile(_ date: CalendarDate, _ file: String?) -> String {
      file.map { "\(date) (\($0))" } ?? "\(date)"
    }
    let reached =
      comparison.isTargetDateReached ? (swedish ? " (passerat)" : " (reached)") : ""
    let baseline =
      comparison.hasBaseline
      ? withFile(comparison.baselineDate, baselineFile)
      : "\(comparison.baselineDate) "
        + (swedish ? "(ingen utvärdering given)" : "(no evaluation given)")
    return [
      "\(label(.targetDate)): \(comparison.targetDate)\(reached) · \(label(.baseline)): \(baseline) · \(label(.current)): \(withFile(comparison.currentDate, currentFile))",
      rubrics.rubric(id: comparison.rubricID)?.title.text(in: language) ?? comparison.rubricID,
    ]
  }

  private func table(_ comparison: TargetComparison) -> ComparisonTable {
    var columns = [ComparisonLabel.maximum, .target, .baseline, .current, .gap, .progress].map {
      ComparisonTable.Column(header: label($0))
    }
    columns.append(ComparisonTable.Column(header: label(.status), alignment: .left))
    func cells(_ row: TargetRow) -> [String] {
      [
        numbers.decimal(row.maxPoints), numbers.figure(row.target), numbers.figure(row.baseline),
        numbers.figure(row.current), numbers.figure(row.gap),
        row.displayProgressPercent.map(numbers.percent) ?? "–",
        row.status.title.text(in: language),
      ]
    }
    var rows: [ComparisonTable.Row] = []
    for (index, area) in comparison.areas.enumerated() {
      // A blank line sets off an area with sub-area rows from its neighbours.
      let spaced =
        index > 0 && !(area.subRows.isEmpty && comparison.areas[index - 1].subRows.isEmpty)
      rows.append(
        ComparisonTable.Row(
          prefix: "\(area.id). ", title: area.title.text(in: language), cells: cells(area),
          emphasized: true,
          spaceBefore: spaced))
      for subRow in area.subRows {
        rows.append(
          ComparisonTable.Row(
            prefix: "   " + subRow.id.padding(to: 5), title: subRow.title.text(in: language),
            cells: cells(subRow)))
      }
    }
    if let total = comparison.total {
      rows.append(
        ComparisonTable.Row(
          prefix: "", title: label(.total), cells: cells(total), emphasized: true, spaceBefore: true
        ))
    }
    return ComparisonTable(
      labelHeader: label(.area), columns: columns, rows: rows, titleWidth: titleWidth)
  }

  /// The notes after the table: why figures are missing, the library's notes, the column legend.
  private func notes(_ comparison: TargetComparison) -> [String] {
    var notes: [String] = []
    for note in ComparisonNote.allCases {
      let ids = comparison.allRows.filter { $0.note == note }.map {
        $0.level == .total ? label(.total) : $0.id
      }
      guard !ids.isEmpty else { continue }
      notes.append(
        "\(note.text.text(in: language).capitalizedFirstLetter): \(ids.joined(separator: ", ")).")
    }
    notes += comparison.notes.map { $0.text(in: language) }
    if comparison.total == nil {
      notes.append(
        language == .swedish
          ? "Ingen totalrad: målprofilen har inte mål för alla områden."
          : "No total row: the target profile does not have targets for every area.")
    }
    notes.append(
      language == .swedish
        ? "Kvar = mål minus nu, 0 när målet är uppnått. Poäng räknas på hela maxpoängen; ett område med delar som inte bedömts räknas om från sin procentsats."
        : "To go = target minus now, 0 when the target is reached. Points are on the full maximum; an area with parts not assessed is scaled from its percentage."
    )
    return notes
  }
}
