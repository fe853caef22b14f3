import KommunKompass

/// Renders a `PlanFollowUp` as text, Markdown or CSV, in Swedish or English.
///
/// Points are shown when the plan and the later evaluation use the same version of
/// Kommunkompassen; across versions the parts differ, so percentages of the maximum are shown.
public struct FollowUpRenderer: Sendable {
  /// The language of labels.
  public var language: Language

  /// Creates a renderer.
  public init(language: Language = .swedish) {
    self.language = language
  }

  func t(_ sv: String, _ en: String) -> String { language == .swedish ? sv : en }

  private var numbers: NumberStyle { NumberStyle(language: language) }

  /// The heading of the follow-up section.
  var sectionTitle: String {
    t("Uppföljning av förbättringsarbetet", "Follow-up of the improvement work")
  }

  /// The action's status with its date, and "overdue" when it is.
  func status(_ action: ActionFollowUp) -> String {
    action.action.status.title.text(in: language)
      + (action.action.statusDate.map { " \($0)" } ?? "")
      + (action.isOverdue ? t(", försenad", ", overdue") : "")
  }

  /// The status with the action's status note, for table cells.
  func statusWithNote(_ action: ActionFollowUp) -> String {
    status(action) + (action.action.statusNote.map { " (\($0))" } ?? "")
  }

  /// The targeted part: its id and title, and the later version's id when it differs.
  func part(_ target: TargetFollowUp) -> String {
    var text = "\(target.id) \(target.title.text(in: language))"
    if let later = target.laterID, later != target.id { text += " → \(later)" }
    return text
  }

  /// The figure before or after: points within one version, percentages across versions.
  func figure(points: Double?, percent: Double?, _ followUp: PlanFollowUp) -> String {
    if followUp.crossesVersions {
      return percent.map { numbers.percent(DisplayRounding.wholeNumber($0)) } ?? "–"
    }
    return points.map { numbers.decimal($0) } ?? "–"
  }

  /// The expected points and whether they were reached; empty without an expectation.
  func expectation(_ target: TargetFollowUp) -> String {
    guard let expected = target.expectedPoints else { return "" }
    let reached =
      target.expectationReached.map { $0 ? t("nått", "reached") : t("inte nått", "not reached") }
      ?? t("kan inte avgöras", "cannot be told")
    return "\(numbers.decimal(expected)): \(reached)"
  }

  private func targetLine(_ target: TargetFollowUp, _ followUp: PlanFollowUp) -> String {
    let before = figure(points: target.pointsBefore, percent: target.percentBefore, followUp)
    let after = figure(points: target.pointsAfter, percent: target.percentAfter, followUp)
    var text = "\(part(target)): \(before) → \(after), " + target.outcome.title.text(in: language)
    if target.expectedPoints != nil {
      text += t("; förväntat ", "; expected ") + expectation(target)
    }
    return text
  }

  /// The notes under the heading: the plan's title, and how parts are followed across versions.
  func notes(_ followUp: PlanFollowUp) -> [String] {
    var notes: [String] = []
    if let title = followUp.title { notes.append(title) }
    if followUp.crossesVersions, let laterID = followUp.laterRubricID {
      // Readers know the versions by name, not by file id.
      let name = { (id: String) in
        RubricCatalog.bundled.rubric(id: id)?.revision ?? id
      }
      let (later, earlier) = (name(laterID), name(followUp.rubricID))
      notes.append(
        t(
          "Den senare utvärderingen är gjord med en annan version av Kommunkompassen (\(later)) än planen (\(earlier)). Delarna följs genom övergångstabellen och jämförs i procent av maxpoängen.",
          "The later evaluation was made with another version of Kommunkompassen (\(later)) than the plan (\(earlier)). The parts are followed through the crosswalk and compared as percentages of the maximum."
        ))
    }
    return notes
  }

  /// The summary: actions done and confirmed, and the lists to discuss.
  func summaryLines(_ followUp: PlanFollowUp) -> [String] {
    var done = t(
      "Klara åtgärder: \(followUp.doneCount) av \(followUp.actions.count)",
      "Actions done: \(followUp.doneCount) of \(followUp.actions.count)")
    if followUp.afterDate != nil {
      done += t(
        ", varav \(followUp.confirmedCount) \(followUp.confirmedCount == 1 ? "bekräftad" : "bekräftade") av utvärderingen",
        ", of which \(followUp.confirmedCount) confirmed by the evaluation")
    }
    var lines = [done]
    if followUp.afterDate != nil {
      lines.append(
        t("Förbättrat utan åtgärd: ", "Improved without action: ")
          + list(followUp.improvedWithoutAction))
      lines.append(
        t("Klara men försämrade (diskutera först): ", "Done but declined (discuss first): ")
          + list(followUp.doneButDeclined))
    }
    lines.append(
      t(
        "Svaga delområden utan åtgärd (inte adresserat): ",
        "Weak sub-areas without action (not addressed): ")
        + list(followUp.notAddressed))
    lines.append(t("Försenade: ", "Overdue: ") + list(followUp.overdue))
    return lines
  }

  /// One area's figures as a phrase without plural forms: "planerade 2, klara 1, bekräftade 1".
  func areaFigures(_ area: AreaFollowUp, _ followUp: PlanFollowUp) -> String {
    var text = t(
      "planerade \(area.planned), klara \(area.done)", "planned \(area.planned), done \(area.done)")
    if followUp.afterDate != nil {
      text += t(", bekräftade \(area.confirmed)", ", confirmed \(area.confirmed)")
    }
    return text
  }

  /// The heading of the per-area figures.
  var areaHeading: String {
    t("Åtgärder per område", "Actions per area")
  }

  private func list(_ ids: [String]) -> String { ids.isEmpty ? "–" : ids.joined(separator: ", ") }

  private func heading(_ followUp: PlanFollowUp) -> String {
    let period =
      followUp.afterDate.map { "\(followUp.beforeDate) → \($0)" }
      ?? t("läget \(followUp.asOf)", "progress as of \(followUp.asOf)")
    return sectionTitle + " – \(followUp.municipality.name), \(period)"
  }

  /// The follow-up as plain text.
  public func text(_ followUp: PlanFollowUp) -> String {
    var lines = [heading(followUp)] + notes(followUp).flatMap { $0.wrapped(width: 100) } + [""]
    for action in followUp.actions {
      lines.append(
        "\(action.action.id) \(action.action.title) [\(status(action))]"
          + (action.action.statusNote.map { " – \($0)" } ?? ""))
      for target in action.targets { lines.append("  " + targetLine(target, followUp)) }
    }
    lines += ["", areaHeading]
    for area in followUp.areas where area.planned > 0 {
      lines.append(
        "  \(area.id) \(area.title.text(in: language)): \(areaFigures(area, followUp))")
    }
    lines.append("")
    lines += summaryLines(followUp)
    return lines.displayText
  }

  /// The follow-up as a Markdown section (a level-2 heading), as `kompass report` adds it too.
  public func markdown(_ followUp: PlanFollowUp) -> String {
    var lines = ["## " + heading(followUp).markdownEscaped, ""]
    for note in notes(followUp) { lines += [note.markdownEscaped, ""] }
    if followUp.afterDate == nil {
      lines.append(t("| Åtgärd | Status |", "| Action | Status |"))
      lines.append("|---|---|")
      for action in followUp.actions {
        let title = "\(action.action.id) \(action.action.title)".markdownEscaped
        lines.append("| \(title) | \(statusWithNote(action).markdownEscaped) |")
      }
    } else {
      lines.append(
        t(
          "| Åtgärd | Status | Delområde eller område | Före | Efter | Utfall | Förväntat |",
          "| Action | Status | Sub-area or area | Before | After | Outcome | Expected |"))
      lines.append("|---|---|---|---:|---:|---|---|")
      for action in followUp.actions {
        let title = "\(action.action.id) \(action.action.title)".markdownEscaped
        for (index, target) in action.targets.enumerated() {
          let cells = [
            index == 0 ? title : "",
            index == 0 ? statusWithNote(action).markdownEscaped : "",
            part(target).markdownEscaped,
            figure(points: target.pointsBefore, percent: target.percentBefore, followUp),
            figure(points: target.pointsAfter, percent: target.percentAfter, followUp),
            target.outcome.title.text(in: language).markdownEscaped,
            target.expectedPoints == nil ? "–" : expectation(target).markdownEscaped,
          ]
          lines.append("| " + cells.joined(separator: " | ") + " |")
        }
      }
    }
    lines += ["", "### " + areaHeading.markdownEscaped, ""]
    lines.append(
      followUp.afterDate == nil
        ? t("| Område | Planerade | Klara |", "| Area | Planned | Done |")
        : t(
          "| Område | Planerade | Klara | Bekräftade |", "| Area | Planned | Done | Confirmed |"))
    lines.append(followUp.afterDate == nil ? "|---|---:|---:|" : "|---|---:|---:|---:|")
    for area in followUp.areas {
      var cells = [
        "\(area.id) \(area.title.text(in: language))".markdownEscaped, "\(area.planned)",
        "\(area.done)",
      ]
      if followUp.afterDate != nil { cells.append("\(area.confirmed)") }
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    lines.append("")
    lines += summaryLines(followUp).map { "- " + $0.markdownEscaped }
    return lines.displayText
  }

  /// The follow-up as CSV: one row per action and target, figures unrounded.
  public func csv(_ followUp: PlanFollowUp, dialect: CSVDialect = .excel) -> String {
    let csv = CSVFormat(dialect: dialect)
    var rows = [
      language == .swedish
        ? [
          "åtgärd", "titel", "status", "statusdatum", "statuskommentar", "försenad", "del",
          "senare_del", "före", "efter",
          "före_procent", "efter_procent", "utfall", "förväntat", "nått",
        ]
        : [
          "action", "title", "status", "status_date", "status_note", "overdue", "part",
          "later_part", "before", "after",
          "before_percent", "after_percent", "outcome", "expected", "reached",
        ]
    ]
    for action in followUp.actions {
      let base = [
        action.action.id, action.action.title, action.action.status.title.text(in: language),
        action.action.statusDate?.description ?? "", action.action.statusNote ?? "",
        action.isOverdue ? "1" : "0",
      ]
      if action.targets.isEmpty { rows.append(base + Array(repeating: "", count: 9)) }
      for target in action.targets {
        rows.append(
          base + [
            target.id, target.laterID ?? "", csv.number(target.pointsBefore),
            csv.number(target.pointsAfter), csv.number(target.percentBefore),
            csv.number(target.percentAfter), target.outcome.title.text(in: language),
            csv.number(target.expectedPoints),
            target.expectationReached.map { $0 ? "1" : "0" } ?? "",
          ])
      }
    }
    return csv.render(rows)
  }
}
