import KommunKompass

/// Renders a scorecard's profile as text: a bar per area, then per area the evaluators' strengths
/// and improvement opportunities and the derived strong and weak sub-areas, then the summary.
public struct ProfileRenderer: Sendable {
  /// The language of labels, titles and numbers.
  public var language: Language
  /// How bars are drawn.
  public var barStyle: BarStyle
  /// Whether to use ANSI colours and bold (only for terminals, never with `NO_COLOR`).
  public var usesColor: Bool
  /// The width of a full (100 %) bar in characters.
  public var barWidth: Int
  /// The width text is wrapped to.
  public var lineWidth: Int

  /// Creates a renderer.
  public init(
    language: Language = .swedish,
    barStyle: BarStyle = .plain,
    usesColor: Bool = false,
    barWidth: Int = 25,
    lineWidth: Int = 80
  ) {
    self.language = language
    self.barStyle = barStyle
    self.usesColor = usesColor
    self.barWidth = barWidth
    self.lineWidth = lineWidth
  }

  private var numbers: NumberStyle { NumberStyle(language: language) }

  /// The profile as text, ending with a line break.
  public func render(_ scorecard: Scorecard) -> String {
    var lines = [
      bold(scorecard.headline.escapedForDisplay),
      scorecard.subtitle(in: language).escapedForDisplay, "",
    ]
    lines += chart(scorecard)
    if let note = ProfileTerms.originalLanguageNote(language: language) {
      lines += [""] + note.wrapped(width: lineWidth)
    }
    // An area-level evaluation has no sub-area data: it says so, and lists nothing empty.
    let isAreaLevel = scorecard.detail == .area
    if isAreaLevel {
      lines.append("")
      lines += ProfileTerms.noSubAreaData(language: language).wrapped(width: lineWidth)
    }
    for area in scorecard.areas {
      lines.append("")
      lines.append(bold("\(area.id). \(area.title.text(in: language))".escapedForDisplay))
      lines += ProfileTerms.areaSentence(area, language: language).escapedForDisplay
        .wrapped(width: lineWidth - 3).map { "   " + $0 }
      if !isAreaLevel || !area.strengths.isEmpty {
        lines += list(ReportLabel.strengths, area.strengths)
      }
      if !isAreaLevel || !area.improvements.isEmpty {
        lines += list(ReportLabel.improvements, area.improvements)
      }
      let strong = area.strongSubAreaIDs.compactMap(area.subArea(id:))
      let weak = area.weakSubAreaIDs.compactMap(area.subArea(id:))
      if !strong.isEmpty {
        lines += list(
          ReportLabel.strongSubAreas, strong.map { ProfileTerms.highlight($0, language: language) })
      }
      if !weak.isEmpty {
        lines += list(
          ReportLabel.weakSubAreas, weak.map { ProfileTerms.highlight($0, language: language) })
      }
    }
    lines.append("")
    lines.append(bold(scorecard.totalLabel(in: language)))
    if scorecard.detail == .total {
      // A totals-only evaluation: the total and what the source gives, no sub-area lists.
      lines.append("   " + ProfileTerms.totalOnlySentence(scorecard, language: language))
      lines.append("   " + ProfileTerms.totalOnlyExplanation(language: language))
      let trimmed = lines.map(\.trimmingTrailingSpaces)
      return usesColor ? trimmed.joined(separator: "\n") + "\n" : trimmed.displayText
    }
    lines.append("   " + ProfileTerms.totalOnlySentence(scorecard, language: language))
    if let published = scorecard.publishedTotalScore {
      lines.append(
        "   \(ReportLabel.publishedTotal.text(in: language)): "
          + ProfileTerms.pointsSentence(published, language: language))
    }
    if let note = scorecard.publishedTotalNote(in: language) {
      lines += note.escapedForDisplay.wrapped(width: lineWidth - 3).map { "   " + $0 }
    }
    if !isAreaLevel {
      lines += highlights(
        ReportLabel.strongSubAreas, scorecard.strongestSubAreas, above: true, scorecard: scorecard)
      lines += highlights(
        ReportLabel.weakSubAreas, scorecard.weakestSubAreas, above: false, scorecard: scorecard)
    }
    if !scorecard.summary.isEmpty {
      lines.append("")
      lines.append(bold(ReportLabel.summary.text(in: language)))
      for paragraph in scorecard.summary {
        lines += paragraph.escapedForDisplay.wrapped(width: lineWidth - 3).map { "   " + $0 }
        lines.append("")
      }
      lines.removeLast()
    }
    if !scorecard.goodExamples.isEmpty {
      let examples = scorecard.goodExamples.map { example in
        example.area.map { "\(ReportLabel.area.text(in: language)) \($0): \(example.text)" }
          ?? example.text
      }
      lines.append("")
      lines += list(ReportLabel.goodExamples, examples, indent: "")
    }
    // With colours the renderer writes escape sequences of its own, so the data text was escaped
    // as it entered (above); without, every line is escaped once more, which changes nothing more.
    let trimmed = lines.map(\.trimmingTrailingSpaces)
    return usesColor ? trimmed.joined(separator: "\n") + "\n" : trimmed.displayText
  }

  /// One line per area: id, title, points, percentage and bar; then the total.
  private func chart(_ scorecard: Scorecard) -> [String] {
    let titleWidth = max(
      scorecard.areas.map { $0.title.text(in: language).escapedForDisplay.count }.max() ?? 0,
      scorecard.publishedTotal == nil
        ? 0
        : max(
          ReportLabel.publishedTotal.text(in: language).count,
          scorecard.totalLabel(in: language).count))
    let overall = scorecard.total.displayPercent
    var lines = [bold(ReportLabel.pointsProfile.text(in: language))]
    for area in scorecard.areas {
      let points = pointsFraction(area.score).leftPadding(to: 9)
      let percent = (area.score.displayPercent.map(numbers.percent) ?? "–").leftPadding(to: 5)
      var bar = barStyle.bar(percent: area.score.percent ?? 0, width: barWidth)
      if let percentage = area.score.displayPercent, let overall {
        if percentage >= overall + Int(scorecard.options.margin) {
          bar = color(bar, code: "32")
        } else if percentage <= overall - Int(scorecard.options.margin) {
          bar = color(bar, code: "31")
        }
      }
      lines.append(
        "\(area.id.escapedForDisplay.leftPadding(to: 2)) \(area.title.text(in: language).escapedForDisplay.padding(to: titleWidth))  \(points)  \(percent)  \(bar)"
      )
    }
    let total = scorecard.total
    let totalPoints = pointsFraction(total).leftPadding(to: 9)
    let totalPercent = (total.displayPercent.map(numbers.percent) ?? "–").leftPadding(to: 5)
    lines.append(
      "   \(scorecard.totalLabel(in: language).padding(to: titleWidth))  \(totalPoints)  \(totalPercent)"
    )
    if let published = scorecard.publishedTotalScore {
      let points = pointsFraction(published).leftPadding(to: 9)
      let percent = (published.displayPercent.map(numbers.percent) ?? "–").leftPadding(to: 5)
      lines.append(
        "   \(ReportLabel.publishedTotal.text(in: language).padding(to: titleWidth))  \(points)  \(percent)"
      )
    }
    return lines
  }

  /// "66 / 100": the points of the assessed maximum, or "– / 100" when nothing was assessed yet.
  private func pointsFraction(_ score: Score) -> String {
    score.assessedMaxPoints > 0
      ? "\(score.displayPoints) / \(numbers.decimal(score.assessedMaxPoints))"
      : "– / \(numbers.decimal(score.maxPoints))"
  }

  private func highlights(
    _ label: ReportLabel, _ items: [SubAreaHighlight], above: Bool, scorecard: Scorecard
  ) -> [String] {
    let heading =
      "\(label.text(in: language)), \(ProfileTerms.marginExplanation(above: above, scorecard: scorecard, language: language))"
    let entries = items.map {
      ProfileTerms.highlight($0.subArea, language: language).escapedForDisplay
    }
    return [String(repeating: " ", count: 3) + heading + ":"]
      + (entries.isEmpty
        ? ["     " + ReportLabel.none.text(in: language)] : entries.map { "   • " + $0 })
  }

  private func list(_ label: ReportLabel, _ items: [String], indent: String = "   ") -> [String] {
    var lines = [
      indent + (indent.isEmpty ? bold(label.text(in: language)) : label.text(in: language) + ":")
    ]
    if items.isEmpty {
      lines.append(indent + "  " + ReportLabel.none.text(in: language))
    }
    for item in items {
      let wrapped = item.escapedForDisplay.wrapped(width: lineWidth - indent.count - 2)
      lines.append(indent + "• " + (wrapped.first ?? ""))
      lines += wrapped.dropFirst().map { indent + "  " + $0 }
    }
    return lines
  }

  private func bold(_ text: String) -> String {
    usesColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text
  }

  private func color(_ text: String, code: String) -> String {
    usesColor && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
