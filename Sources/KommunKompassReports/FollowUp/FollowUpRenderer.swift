import KommunKompass

/// Renders a `PlanFollowUp` as text, Markdown or CSV, in Swedish or English.
public struct FollowUpRenderer: Sendable {
  /// The language of labels.
  public var language: Language

  /// Creates a renderer.
  public init(language: Language = .swedish) {
    self.language = language
  }

  private func t(_ sv: String, _ en: String) -> String { language == .swedish ? sv : en }

  private func status(_ action: ActionFollowUp) -> String {
    action.action.status.title.text(in: language)
      + (action.isOverdue ? t(", försenad", ", overdue") : "")
  }

  private func points(_ value: Double?) -> String {
    value.map { $0.formattedForMessage(in: language) } ?? "–"
  }

  private func target(_ target: TargetFollowUp) -> String {
    var text =
      "\(target.id): \(points(target.pointsBefore)) → \(points(target.pointsAfter)), "
      + target.outcome.title.text(in: language)
    if let expected = target.expectedPoints {
      let reached =
        target.expectationReached.map { $0 ? t("nått", "reached") : t("inte nått", "not reached") }
        ?? "–"
      text += t(
        "; förväntat \(expected.formattedForMessage(in: .swedish)): \(reached)",
        "; expected \(expected.formattedForMessage): \(reached)")
    }
    return text
  }

  private func summaryLines(_ followUp: PlanFollowUp) -> [String] {
    var lines = [
      t(
        "Klara åtgärder: \(followUp.doneCount) av \(followUp.actions.count)",
        "Actions done: \(followUp.doneCount) of \(followUp.actions.count)")
    ]
    if followUp.afterDate != nil {
      lines.append(
        t(
          "bekräftade av utvärderingen: \(followUp.confirmedCount)",
          "confirmed by the evaluation: \(followUp.confirmedCount)"))
      lines.append(
        t("Förbättrat utan åtgärd: ", "Improved without action: ")
          + list(followUp.improvedWithoutAction))
      lines.append(
        t("Klara men försämrade (diskutera först): ", "Done but declined (discuss first): ")
          + list(followUp.doneButDeclined))
    }
    lines.append(t("Inte adresserat: ", "Not addressed: ") + list(followUp.notAddressed))
    lines.append(t("Försenade: ", "Overdue: ") + list(followUp.overdue))
    return lines
  }

  private func list(_ ids: [String]) -> String { ids.isEmpty ? "–" : ids.joined(separator: ", ") }

  private func heading(_ followUp: PlanFollowUp) -> String {
    let period =
      followUp.afterDate.map { "\(followUp.beforeDate) → \($0)" }
      ?? t("läget \(followUp.asOf)", "progress as of \(followUp.asOf)")
    return t("Uppföljning av förbättringsarbetet", "Follow-up of the improvement work")
      + " – \(followUp.municipality.name), \(period)"
  }

  /// The follow-up as plain text.
  public func text(_ followUp: PlanFollowUp) -> String {
    var lines = [heading(followUp), ""]
    for action in followUp.actions {
      lines.append("\(action.action.id) \(action.action.title) [\(status(action))]")
      for target in action.targets { lines.append("  " + self.target(target)) }
    }
    lines.append("")
    lines += summaryLines(followUp)
    return lines.displayText
  }

  /// The follow-up as Markdown.
  public func markdown(_ followUp: PlanFollowUp) -> String {
    var lines = ["## " + heading(followUp).markdownEscaped, ""]
    lines.append(t("| Åtgärd | Status | Delområden |", "| Action | Status | Sub-areas |"))
    lines.append("|---|---|---|")
    for action in followUp.actions {
      let targets = action.targets.map { target($0).markdownEscaped }.joined(separator: "<br>")
      let title = "\(action.action.id) \(action.action.title)".markdownEscaped
      lines.append(
        "| \(title) | \(status(action).markdownEscaped) | \(targets.isEmpty ? "–" : targets) |")
    }
    lines.append("")
    lines += summaryLines(followUp).map { "- " + $0.markdownEscaped }
    return lines.displayText
  }

  /// The follow-up as CSV: one row per action and target.
  public func csv(_ followUp: PlanFollowUp, dialect: CSVDialect = .excel) -> String {
    let csv = CSVFormat(dialect: dialect)
    var rows = [
      language == .swedish
        ? [
          "åtgärd", "titel", "status", "försenad", "delområde", "före", "efter", "utfall",
          "förväntat", "nått",
        ]
        : [
          "action", "title", "status", "overdue", "subArea", "before", "after", "outcome",
          "expected", "reached",
        ]
    ]
    for action in followUp.actions {
      let base = [
        action.action.id, action.action.title, action.action.status.rawValue,
        action.isOverdue ? "1" : "0",
      ]
      if action.targets.isEmpty { rows.append(base + ["", "", "", "", "", ""]) }
      for target in action.targets {
        rows.append(
          base + [
            target.id, csv.number(target.pointsBefore), csv.number(target.pointsAfter),
            target.outcome.rawValue,
            csv.number(target.expectedPoints),
            target.expectationReached.map { $0 ? "1" : "0" } ?? "",
          ])
      }
    }
    return csv.render(rows)
  }
}
