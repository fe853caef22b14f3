import KommunKompass

/// Renders a scorecard as a plain-text points table in the layout of SKR's published reports:
/// per area a heading, one row per sub-area (id, title, achieved, max, percent) and a sum row,
/// then the total.
///
/// Figures are rounded as published (see `DisplayRounding`). Sub-areas, and areas assessed as a
/// whole, that were not assessed show a dash, "ej bedömt" and the evaluators' reason on the next
/// line; those not scored yet show "ej poängsatt". Areas and the total say how many points went
/// unassessed.
public struct ScoreTableRenderer: Sendable {
  /// The language of labels, titles and numbers.
  public var language: Language
  /// Titles longer than this wrap onto further lines, with the figures on the last line.
  public var titleWidth: Int

  /// Creates a renderer.
  public init(language: Language = .swedish, titleWidth: Int = 52) {
    self.language = language
    self.titleWidth = titleWidth
  }

  private var numbers: NumberStyle { NumberStyle(language: language) }

  /// The widths of the table's columns, and rows laid out in them.
  private struct Columns {
    var label: Int
    var achieved: Int
    var maximum: Int
    var percent: Int

    func row(_ label: String, _ achieved: String, _ maximum: String, _ percent: String) -> String {
      label.padding(to: self.label) + "  " + achieved.leftPadding(to: self.achieved) + "  "
        + maximum.leftPadding(to: self.maximum) + "  " + percent.leftPadding(to: self.percent)
    }
  }

  private var notAssessed: String { ReportLabel.notAssessed.text(in: language) }
  private var notScored: String { ReportLabel.notScoredYet.text(in: language) }

  /// The table as text, ending with a line break.
  public func render(_ scorecard: Scorecard) -> String {
    let statuses =
      scorecard.areas.flatMap { $0.subAreas.map(\.status) }
      + scorecard.areas.compactMap(\.areaLevelStatus)
      + (scorecard.totalOnlyStatus.map { [$0] } ?? [])
    let needsNotAssessed = statuses.contains { if case .notAssessed = $0 { true } else { false } }
    let needsNotScored = statuses.contains(.pending)
    let columns = Columns(
      label: labelColumnWidth(scorecard),
      achieved: max(ReportLabel.achieved.text(in: language).count, 5),
      maximum: max(ReportLabel.maximum.text(in: language).count, 5),
      percent: max(
        ReportLabel.percent.text(in: language).count, 6,
        needsNotAssessed ? notAssessed.count : 0, needsNotScored ? notScored.count : 0))

    var lines = [scorecard.headline, scorecard.subtitle(in: language)]
    for area in scorecard.areas {
      lines.append("")
      lines += areaLines(area, columns)
    }
    lines.append("")
    let total = scorecard.total
    let totalLabel = scorecard.totalLabel(in: language)
    if let status = scorecard.totalOnlyStatus {
      // A totals-only evaluation: the total row, never "0 of 0" when it has no points.
      lines.append(ProfileTerms.totalOnlyExplanation(language: language))
      lines.append("")
      switch status {
      case .scored:
        lines.append(
          columns.row(
            totalLabel, String(total.displayPoints), numbers.decimal(total.maxPoints),
            percentText(total)))
      case .notAssessed(let reason):
        lines.append(columns.row(totalLabel, "–", numbers.decimal(total.maxPoints), notAssessed))
        lines += reasonLines(reason)
      case .pending:
        lines.append(columns.row(totalLabel, "–", numbers.decimal(total.maxPoints), notScored))
      }
    } else if total.assessedMaxPoints <= 0 {
      lines.append(
        columns.row(
          totalLabel, "–", numbers.decimal(total.maxPoints),
          statuses.contains(.pending) ? notScored : notAssessed))
    } else {
      lines.append(
        columns.row(
          totalLabel, String(total.displayPoints), numbers.decimal(total.assessedMaxPoints),
          percentText(total)))
      if let published = scorecard.publishedTotalScore {
        lines.append(
          columns.row(
            ReportLabel.publishedTotal.text(in: language), String(published.displayPoints),
            numbers.decimal(published.assessedMaxPoints), percentText(published)))
      }
      if !total.isFullyAssessed {
        lines.append(unassessedNote(total))
      }
      if let note = scorecard.publishedTotalNote(in: language) {
        lines += note.wrapped(width: 100)
      }
    }
    return lines.map(\.trimmingTrailingSpaces).displayText
  }

  /// An area's heading, its sub-area rows (with the reasons of those not assessed) and its sum.
  private func areaLines(_ area: AreaScore, _ columns: Columns) -> [String] {
    var lines = [
      columns.row(
        "\(area.id). \(area.title.text(in: language).escapedForDisplay)",
        ReportLabel.achieved.text(in: language), ReportLabel.maximum.text(in: language),
        ReportLabel.percent.text(in: language))
    ]
    for subArea in area.subAreas {
      let titleLines = subArea.title.text(in: language).escapedForDisplay.wrapped(
        width: titleWidth)
      let prefix = subArea.id.padding(to: 5)
      for line in titleLines.dropLast() {
        lines.append((prefix + line).trimmingTrailingSpaces)
      }
      let label =
        (titleLines.count > 1 ? String(repeating: " ", count: 5) : prefix)
        + (titleLines.last ?? "")
      let score = subArea.score
      switch subArea.status {
      case .scored:
        lines.append(
          columns.row(
            label, String(score.displayPoints), numbers.decimal(score.maxPoints),
            percentText(score)))
      case .notAssessed(let reason):
        lines.append(columns.row(label, "–", numbers.decimal(score.maxPoints), notAssessed))
        lines += reasonLines(reason)
      case .pending:
        lines.append(columns.row(label, "–", numbers.decimal(score.maxPoints), notScored))
      }
    }
    let sumLabel = String(repeating: " ", count: 5) + ReportLabel.areaSum.text(in: language)
    let maximum = numbers.decimal(area.score.maxPoints)
    switch area.areaLevelStatus {
    case .notAssessed(let reason):
      return lines + [columns.row(sumLabel, "–", maximum, notAssessed)] + reasonLines(reason)
    case .pending:
      return lines + [columns.row(sumLabel, "–", maximum, notScored)]
    case .scored, nil:
      break
    }
    if area.score.assessedMaxPoints <= 0 {
      // Nothing to add up: no "0 of 0", but what the parts are.
      let pending = area.subAreas.contains { $0.status == .pending }
      return lines + [columns.row(sumLabel, "–", maximum, pending ? notScored : notAssessed)]
    }
    lines.append(
      columns.row(
        sumLabel, String(area.score.displayPoints),
        numbers.decimal(area.score.assessedMaxPoints), percentText(area.score)))
    if !area.score.isFullyAssessed {
      lines.append(String(repeating: " ", count: 5) + unassessedNote(area.score))
    }
    return lines
  }

  /// "Skäl: …", the evaluators' reason for not assessing a part, under its row; none when empty.
  private func reasonLines(_ reason: String) -> [String] {
    let text = reason.escapedForDisplay.trimmingWhitespace
    guard !text.isEmpty else { return [] }
    let label = language == .swedish ? "Skäl" : "Reason"
    let indent = String(repeating: " ", count: 5)
    return "\(label): \(text)".wrapped(width: 90).enumerated().map { index, line in
      (index == 0 ? indent : indent + "  ") + line
    }
  }

  private func percentText(_ score: Score) -> String {
    score.displayPercent.map(numbers.percent) ?? "–"
  }

  /// "540 av 780 bedömda poäng; 20 av 800 poäng ej bedömda" and its English counterpart.
  private func unassessedNote(_ score: Score) -> String {
    let points = String(score.displayPoints)
    let assessed = numbers.decimal(score.assessedMaxPoints)
    let unassessed = numbers.decimal(score.unassessedMaxPoints)
    let maximum = numbers.decimal(score.maxPoints)
    switch language {
    case .swedish:
      return
        "Obs: \(points) av \(assessed) bedömda poäng; \(unassessed) av \(maximum) poäng ej bedömda"
    case .english:
      return
        "Note: \(points) of \(assessed) assessed points; \(unassessed) of \(maximum) points not assessed"
    }
  }

  private func labelColumnWidth(_ scorecard: Scorecard) -> Int {
    var width = ReportLabel.total.text(in: language).count
    for area in scorecard.areas {
      width = max(width, "\(area.id). \(area.title.text(in: language).escapedForDisplay)".count)
      for subArea in area.subAreas {
        let longest =
          subArea.title.text(in: language).escapedForDisplay.wrapped(width: titleWidth).map(\.count)
          .max() ?? 0
        width = max(width, 5 + longest)
      }
    }
    return width
  }
}
