import KommunKompass

/// Renders a comparison over time (`TimeComparison`) as plain text or Markdown.
///
/// The report has a heading, the evaluations compared (date, kind, total, file), the library's
/// notes (that rubric revisions differ and how much overlaps), then one table row per area,
/// sub-area, removed row and the total: points and percentage in each evaluation, the change from
/// the first to the last in points and percentage points, the classification and the
/// comparability. Then the largest improvements and declines, each row's counterparts in earlier
/// revisions, and notes that explain what is not comparable and why.
///
/// Figures are rounded for display as published (whole points and percentages, half away from
/// zero); changes are shown to one decimal from the unrounded figures, so that a change too small
/// to count (under 1 point and 1 percentage point) never looks like a whole point. A figure that covers only the assessed parts is
/// marked `*`; a part not assessed shows "ej bedömt", never zero.
public struct TimeComparisonRenderer: Sendable {
  /// The language of labels, titles and numbers.
  public var language: Language
  /// Titles longer than this wrap onto further lines in text.
  public var titleWidth: Int

  /// Creates a renderer.
  public init(language: Language = .swedish, titleWidth: Int = 40) {
    self.language = language
    self.titleWidth = titleWidth
  }

  private var numbers: NumberStyle { NumberStyle(language: language) }

  private func label(_ label: ComparisonLabel) -> String { label.text(in: language) }

  /// The comparison as plain text, ending with a line break.
  public func renderText(_ comparison: TimeComparison) -> String {
    let content = Content(comparison, renderer: self)
    var lines = [content.headline, content.subtitle, "", label(.evaluations)]
    lines += content.evaluations.map { "  " + $0 }
    for paragraph in content.preamble {
      lines.append("")
      lines += paragraph.wrapped(width: 100)
    }
    lines.append("")
    lines += content.table.text()
    for (heading, items) in content.lists {
      lines += ["", heading]
      lines +=
        items.isEmpty ? ["  " + label(.none)] : items.flatMap { $0.bulletLines(indent: "  ") }
    }
    return lines.map(\.trimmingTrailingSpaces).displayText
  }

  /// The comparison as Markdown, ending with a line break.
  public func renderMarkdown(_ comparison: TimeComparison) -> String {
    let content = Content(comparison, renderer: self)
    var lines = ["# \(content.headline.markdownEscaped)", "", content.subtitle.markdownEscaped]
    lines += ["", "## \(label(.evaluations))", ""]
    lines += content.evaluations.map { "- \($0.markdownEscaped)" }
    for paragraph in content.preamble { lines += ["", paragraph.markdownEscaped] }
    lines.append("")
    lines += content.table.markdown()
    for (heading, items) in content.lists {
      lines += ["", "## \(heading.markdownEscaped)", ""]
      lines += items.isEmpty ? [label(.none)] : items.map { "- \($0.markdownEscaped)" }
    }
    return lines.displayText
  }

  /// What both layouts show.
  private struct Content {
    var headline: String
    var subtitle: String
    var evaluations: [String]
    var preamble: [String]
    var table: ComparisonTable
    var lists: [(heading: String, items: [String])]

    init(_ comparison: TimeComparison, renderer: TimeComparisonRenderer) {
      let language = renderer.language
      func label(_ value: ComparisonLabel) -> String { value.text(in: language) }

      headline =
        "\(comparison.municipality.name) (\(comparison.municipality.code)): \(label(.overTime))"
      subtitle = comparison.rubricTitle.text(in: language)

      let codes = Set(comparison.evaluations.map(\.municipality.code))
      evaluations = comparison.evaluations.map { evaluation in
        var parts = [evaluation.date.description]
        if codes.count > 1 {
          parts.append("\(evaluation.municipality.name) (\(evaluation.municipality.code))")
        }
        parts.append(evaluation.kind.title.text(in: language))
        if comparison.crossesRevisions {
          parts.append("Kommunkompassen \(evaluation.rubricRevision)")
        }
        if evaluation.detail != .subArea {
          parts.append(evaluation.detail.title.text(in: language))
        }
        parts += ComparisonLabel.totals(of: evaluation, language: language)
        if let file = evaluation.file { parts.append(file) }
        return parts.joined(separator: " · ")
      }

      preamble = comparison.notes.map { note in
        let text = note.text(in: language)
        if comparison.overlaps.contains(where: { $0.summary == note }) {
          return "\(label(.overlap)): \(text)" + (text.hasSuffix(".") ? "" : ".")
        }
        return text
      }

      table = Self.table(comparison, renderer: renderer)
      lists = Self.lists(comparison, renderer: renderer)
    }

    /// The table: a row per area and sub-area, the removed rows, and the total.
    private static func table(
      _ comparison: TimeComparison, renderer: TimeComparisonRenderer
    ) -> ComparisonTable {
      let language = renderer.language
      let numbers = renderer.numbers
      func label(_ value: ComparisonLabel) -> String { value.text(in: language) }
      var columns = [ComparisonTable.Column(header: label(.maximum))]
      columns += comparison.evaluations.map { ComparisonTable.Column(header: $0.date.description) }
      columns += [
        ComparisonTable.Column(header: label(.changeInPoints)),
        ComparisonTable.Column(header: label(.changeInPercentagePoints)),
        ComparisonTable.Column(header: label(.classification), alignment: .left),
        ComparisonTable.Column(header: label(.comparability), alignment: .left),
      ]
      func cells(_ row: ComparisonRow) -> [String] {
        [numbers.decimal(row.maxPoints)] + row.values.map { renderer.valueCell($0) } + [
          row.overall.points.map { numbers.signedDecimal($0) } ?? "–",
          row.overall.percentagePoints.map { numbers.signedDecimal($0) } ?? "–",
          row.classification.title.text(in: language),
          row.comparability.title.text(in: language),
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
      if !comparison.removed.isEmpty {
        let rubrics = comparison.removed.map(\.rubricID).reduce(into: [String]()) {
          if !$0.contains($1) { $0.append($1) }
        }
        rows.append(
          ComparisonTable.Row(
            prefix: "", title: "\(label(.removedRows)) (\(rubrics.joined(separator: ", ")))",
            cells: [],
            spaceBefore: true))
        for row in comparison.removed {
          let prefix = row.level == .area ? "\(row.id). " : "   " + row.id.padding(to: 5)
          rows.append(
            ComparisonTable.Row(
              prefix: prefix, title: row.title.text(in: language), cells: cells(row)))
        }
      }
      rows.append(
        ComparisonTable.Row(
          prefix: "", title: label(.total), cells: cells(comparison.total), emphasized: true,
          spaceBefore: true))
      return ComparisonTable(
        labelHeader: comparison.areas.isEmpty ? "" : label(.area), columns: columns, rows: rows,
        titleWidth: renderer.titleWidth)

    }

    /// The lists after the table: largest improvements and declines, counterparts in earlier
    /// revisions, and notes.
    private static func lists(
      _ comparison: TimeComparison, renderer: TimeComparisonRenderer
    ) -> [(heading: String, items: [String])] {
      let language = renderer.language
      func label(_ value: ComparisonLabel) -> String { value.text(in: language) }
      let first = comparison.evaluations.first?.date.description ?? ""
      let last = comparison.evaluations.last?.date.description ?? ""
      let span = language == .swedish ? "\(first) till \(last)" : "\(first) to \(last)"
      var lists: [(heading: String, items: [String])] = []
      // The largest changes are among areas and sub-areas; with totals only there are none.
      if !comparison.areas.isEmpty {
        lists += [
          (
            "\(label(.largestImprovements)), \(span)",
            comparison.largestImprovements.map { renderer.highlight($0) }
          ),
          (
            "\(label(.largestDeclines)), \(span)",
            comparison.largestDeclines.map { renderer.highlight($0) }
          ),
        ]
      }
      if comparison.crossesRevisions {
        lists.append((label(.counterparts), renderer.counterparts(comparison)))
      }
      // No heading without notes under it.
      let notes = renderer.notes(comparison)
      if !notes.isEmpty { lists.append((label(.notes), notes)) }
      return lists
    }
  }

  /// An evaluation's figure in a table cell: "52 (52 %)", "54* (59 %)" when only some parts were
  /// assessed, the reason words when there is no figure.
  func valueCell(_ value: ComparedValue) -> String {
    switch value.status {
    case .assessed, .partlyAssessed:
      guard let score = value.score else { return "–" }
      let mark = value.status == .partlyAssessed ? "*" : ""
      let percent = score.displayPercent.map(numbers.percent) ?? "–"
      return "\(score.displayPoints)\(mark) (\(percent))"
    case .notAssessed: return ReportLabel.notAssessed.text(in: language)
    case .pending: return ReportLabel.notScoredYet.text(in: language)
    case .noSubAreaDetail, .noCounterpart, .notMapped: return "–"
    }
  }

  /// "3.1 Strategi för styrning: +40 p.e., +4 poäng", changes to one decimal.
  func highlight(_ item: ChangeHighlight) -> String {
    var figures: [String] = []
    if let percentagePoints = item.change.percentagePoints {
      figures.append("\(numbers.signedDecimal(percentagePoints)) \(label(.percentagePointsUnit))")
    }
    if let points = item.change.points {
      figures.append("\(numbers.signedDecimal(points)) \(label(.points))")
    }
    return "\(item.id) \(item.title.text(in: language)): \(figures.joined(separator: ", "))"
  }

  /// Per row with a counterpart in an earlier revision: the ids it corresponds to, how comparable,
  /// and the crosswalk's reasons.
  func counterparts(_ comparison: TimeComparison) -> [String] {
    var items: [String] = []
    for row in comparison.areas.flatMap({ [$0] + $0.subRows }) {
      var sources: [String] = []
      for (column, value) in zip(comparison.evaluations, row.values)
      where column.rubricID != row.rubricID {
        let ids = value.sourceIDs.isEmpty ? "–" : value.sourceIDs.joined(separator: " + ")
        let text =
          "Kommunkompassen \(column.rubricRevision): \(ids) (\(value.comparability.title.text(in: language).lowercased()))"
        if !sources.contains(text) { sources.append(text) }
      }
      guard !sources.isEmpty, !row.justifications.isEmpty || row.level == .area else { continue }
      var item = "\(row.id) \(row.title.text(in: language)) ← \(sources.joined(separator: "; "))"
      if !row.justifications.isEmpty {
        item += ". " + row.justifications.map { $0.text(in: language) }.joined(separator: " ")
      }
      items.append(item)
    }
    return items
  }

  /// The notes after the table: the partly-assessed mark, rows grouped by why they are not
  /// comparable, the thresholds and the Δ legend.
  func notes(_ comparison: TimeComparison) -> [String] {
    var notes: [String] = []
    let rows = comparison.allRows
    if rows.contains(where: { $0.values.contains { $0.status == .partlyAssessed } }) {
      notes.append(
        language == .swedish
          ? "* Delvis bedömt: poäng och procent gäller bara de delar som bedömdes; resten räknas inte som noll."
          : "* Partly assessed: points and percentage cover only the parts that were assessed; the rest is not counted as zero."
      )
    }
    for note in ComparisonNote.allCases {
      let ids = rows.filter { $0.overall.note == note }.map {
        $0.level == .total ? label(.total) : $0.id
      }
      guard !ids.isEmpty else { continue }
      notes.append(
        "\(note.text.text(in: language).capitalizedFirstLetter): \(ids.joined(separator: ", ")).")
    }
    let options = comparison.options
    let points = numbers.decimal(options.minimumPointsChange)
    let percentagePoints = numbers.decimal(options.minimumPercentageChange)
    let onePoint = options.minimumPointsChange == 1
    let onePercentagePoint = options.minimumPercentageChange == 1
    switch language {
    case .swedish:
      notes.append(
        "En förändring räknas när den är minst \(points) poäng eller \(percentagePoints) \(onePercentagePoint ? "procentenhet" : "procentenheter"); mindre skillnader kan bero på avrundningen av publicerade siffror."
      )
      notes.append(
        "Δ poäng och Δ p.e. (procentenheter) gäller från den första till den sista utvärderingen, med en decimal."
      )
    case .english:
      notes.append(
        "A change counts when it is at least \(points) \(onePoint ? "point" : "points") or \(percentagePoints) \(onePercentagePoint ? "percentage point" : "percentage points"); smaller differences may come from the rounding of published figures."
      )
      notes.append(
        "Δ points and Δ pp (percentage points) are from the first evaluation to the last, to one decimal."
      )
    }
    return notes
  }
}
