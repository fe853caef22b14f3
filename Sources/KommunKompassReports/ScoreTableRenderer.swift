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

  /// The table as text, ending with a line break.
  public func render(_ scorecard: Scorecard) -> String {
    let achievedHeader = ReportLabel.achieved.text(in: language)
    let maxHeader = ReportLabel.maximum.text(in: language)
    let percentHeader = ReportLabel.percent.text(in: language)
    let notAssessed = ReportLabel.notAssessed.text(in: language)
    let notScored = ReportLabel.notScoredYet.text(in: language)

    let achievedWidth = max(achievedHeader.count, 5)
    let maxWidth = max(maxHeader.count, 5)
    let statuses =
      scorecard.areas.flatMap { $0.subAreas.map(\.status) }
      + scorecard.areas.compactMap(\.areaLevelStatus)
      + (scorecard.totalOnlyStatus.map { [$0] } ?? [])
    let needsNotAssessed = statuses.contains { if case .notAssessed = $0 { true } else { false } }
    let needsNotScored = statuses.contains(.pending)
    let percentWidth = max(
      percentHeader.count, 6, needsNotAssessed ? notAssessed.count : 0,
      needsNotScored ? notScored.count : 0)
    let labelWidth = labelColumnWidth(scorecard)

    func row(_ label: String, _ achieved: String, _ maximum: String, _ percent: String) -> String {
      label.padding(to: labelWidth) + "  " + achieved.leftPadding(to: achievedWidth) + "  "
        + maximum.leftPadding(to: maxWidth) + "  " + percent.leftPadding(to: percentWidth)
    }

    var lines = [scorecard.headline, scorecard.subtitle(in: language)]
    for area in scorecard.areas {
      lines.append("")
      lines.append(
        row(
          "\(area.id). \(area.title.text(in: language).escapedForDisplay)", achievedHeader,
          maxHeader, percentHeader))
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
            row(
              label, String(score.displayPoints), numbers.decimal(score.maxPoints),
              percentText(score)))
        case .notAssessed(let reason):
          lines.append(row(label, "–", numbers.decimal(score.maxPoints), notAssessed))
          lines += reasonLines(reason)
        case .pending:
          lines.append(row(label, "–", numbers.decimal(score.maxPoints), notScored))
        }
      }
      let sumLabel = String(repeating: " ", count: 5) + ReportLabel.areaSum.text(in: language)
      switch area.areaLevelStatus {
      case .notAssessed(let reason):
        lines.append(row(sumLabel, "–", numbers.decimal(area.score.maxPoints), notAssessed))
        lines += reasonLines(reason)
        continue
      case .pending:
        lines.append(row(sumLabel, "–", numbers.decimal(area.score.maxPoints), notScored))
        continue
      case .scored, nil:
        break
      }
      if area.score.assessedMaxPoints <= 0 {
        // Nothing to add up: no "0 of 0", but what the parts are.
        let pending = area.subAreas.contains { $0.status == .pending }
        lines.append(
          row(
            sumLabel, "–", numbers.decimal(area.score.maxPoints),
            pending ? notScored : notAssessed))
        continue
      }
      lines.append(
        row(
          sumLabel, String(area.score.displayPoints),
          numbers.decimal(area.score.assessedMaxPoints), percentText(area.score)))
      if !area.score.isFullyAssessed {
        lines.append(String(repeating: " ", count: 5) + unassessedNote(area.score))
      }
    }
    lines.append("")
    let total = scorecard.total
    if let status = scorecard.totalOnlyStatus {
      // A totals-only evaluation: the total row, never "0 of 0" when it has no points.
      lines.append(ProfileTerms.totalOnlyExplanation(language: language))
      lines.append("")
      switch status {
      case .scored:
        lines.append(
          row(
            scorecard.totalLabel(in: language), String(total.displayPoints),
            numbers.decimal(total.maxPoints), percentText(total)))
      case .notAssessed(let reason):
        lines.append(
          row(
            scorecard.totalLabel(in: language), "–", numbers.decimal(total.maxPoints),
            notAssessed))
        lines.append("\(notAssessed.prefix(1).uppercased() + notAssessed.dropFirst()): \(reason)")
      case .pending:
        lines.append(
          row(
            scorecard.totalLabel(in: language), "–", numbers.decimal(total.maxPoints), notScored))
      }
      return lines.map(\.trimmingTrailingSpaces).displayText
    }
    if total.assessedMaxPoints <= 0 {
      lines.append(
        row(
          ReportLabel.total.text(in: language), "–", numbers.decimal(total.maxPoints),
          statuses.contains(.pending) ? notScored : notAssessed))
      return lines.map(\.trimmingTrailingSpaces).displayText
    }
    lines.append(
      row(
        scorecard.totalLabel(in: language), String(total.displayPoints),
        numbers.decimal(total.assessedMaxPoints),
        percentText(total)))
    if let published = scorecard.publishedTotalScore {
      lines.append(
        row(
          ReportLabel.publishedTotal.text(in: language), String(published.displayPoints),
          numbers.decimal(published.assessedMaxPoints), percentText(published)))
    }
    if !total.isFullyAssessed {
      lines.append(unassessedNote(total))
    }
    if let note = scorecard.publishedTotalNote(in: language) {
      lines += note.wrapped(width: 100)
    }
    return lines.map(\.trimmingTrailingSpaces).displayText
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
    var width = max(
      scorecard.totalLabel(in: language).count,
      scorecard.publishedTotal == nil ? 0 : ReportLabel.publishedTotal.text(in: language).count)
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
