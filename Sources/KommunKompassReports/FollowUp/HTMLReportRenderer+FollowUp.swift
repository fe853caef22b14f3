import KommunKompass

extension HTMLReportRenderer {
  /// A section "Uppföljning av förbättringsarbetet" ("Follow-up of the improvement work"): a bar
  /// chart of the actions planned and confirmed per area, the table of every action and target
  /// with its change and outcome, and the summary lists.
  ///
  /// The chart uses the report's bar chart with a count axis; like every chart of the report it
  /// has a text alternative listing its figures, and the table gives them all again.
  public func followUpSection(_ followUp: PlanFollowUp) -> String {
    let words = FollowUpRenderer(language: language)
    let hasAfter = followUp.afterDate != nil
    var html =
      "<section id=\"follow-up\">\n<h2>\(words.sectionTitle.htmlEscaped)</h2>\n"
    let period =
      followUp.afterDate.map {
        words.t(
          "Planen gjordes efter utvärderingen \(followUp.beforeDate) och följs upp med utvärderingen \($0).",
          "The plan was made after the evaluation of \(followUp.beforeDate) and is followed up with the evaluation of \($0)."
        )
      }
      ?? words.t(
        "Planen gjordes efter utvärderingen \(followUp.beforeDate); läget \(followUp.asOf).",
        "The plan was made after the evaluation of \(followUp.beforeDate); progress as of \(followUp.asOf)."
      )
    for note in words.notes(followUp) + [period] {
      html += "<p class=\"note\">\(note.htmlEscaped)</p>\n"
    }
    html += followUpChart(followUp, words: words)
    html += followUpTable(followUp, words: words, hasAfter: hasAfter)
    html += "<h3>\(words.t("Sammanfattning", "Summary").htmlEscaped)</h3>\n<ul>\n"
    html += words.summaryLines(followUp).map { "<li>\($0.htmlEscaped)</li>\n" }.joined()
    return html + "</ul>\n</section>\n"
  }

  private func followUpChart(_ followUp: PlanFollowUp, words: FollowUpRenderer) -> String {
    let hasAfter = followUp.afterDate != nil
    let planned = words.t("Planerade åtgärder", "Actions planned")
    let second =
      followUp.afterDate.map {
        words.t("Bekräftade av utvärderingen \($0)", "Confirmed by the evaluation of \($0)")
      } ?? words.t("Klara åtgärder", "Actions done")
    func counts(_ value: (AreaFollowUp) -> Int) -> [String: Int] {
      Dictionary(uniqueKeysWithValues: followUp.areas.map { ($0.id, value($0)) })
    }
    let series = [
      ChartSeries(name: planned, percentByArea: counts(\.planned)),
      ChartSeries(name: second, percentByArea: counts { hasAfter ? $0.confirmed : $0.done }),
    ]
    let caption = words.t(
      "Stapeldiagram med antal åtgärder per område: planerade och \(hasAfter ? "bekräftade" : "klara").",
      "Bar chart of the number of actions per area: planned and \(hasAfter ? "confirmed" : "done")."
    )
    let values = followUp.areas.map { area in
      let other = hasAfter ? area.confirmed : area.done
      let otherWord = hasAfter ? words.t("bekräftade", "confirmed") : words.t("klara", "done")
      return "\(area.id). \(area.title.text(in: language)): "
        + words.t("planerade", "planned") + " \(area.planned), \(otherWord) \(other)"
    }.joined(separator: "; ")
    let chart = BarChartSVG(
      areas: followUp.areas.map {
        BarChartSVG.Area(id: $0.id, title: $0.title.text(in: language))
      },
      series: series, title: words.areaHeading, description: "\(caption) \(values).",
      language: language,
      scale: .count(maximum: followUp.areas.map(\.planned).max() ?? 1))
    return
      "<figure>\n\(chart.render(id: "follow-up-bars"))\n<figcaption>\(caption.htmlEscaped)</figcaption>\n</figure>\n"
  }

  private func followUpTable(
    _ followUp: PlanFollowUp, words: FollowUpRenderer, hasAfter: Bool
  ) -> String {
    let headings =
      hasAfter
      ? [
        words.t("Åtgärd", "Action"), words.t("Status", "Status"),
        words.t("Delområde eller område", "Sub-area or area"), words.t("Före", "Before"),
        words.t("Efter", "After"), words.t("Utfall", "Outcome"), words.t("Förväntat", "Expected"),
      ]
      : [words.t("Åtgärd", "Action"), words.t("Status", "Status")]
    var html = Self.tableStart(className: "follow-up-table", caption: words.sectionTitle)
    html += "<thead><tr>"
    for (index, heading) in headings.enumerated() {
      html +=
        (index == 3 || index == 4 ? "<th scope=\"col\" class=\"number\">" : "<th scope=\"col\">")
        + heading.htmlEscaped
        + "</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    for action in followUp.actions {
      let targets = hasAfter ? action.targets : []
      let span = targets.count > 1 ? " rowspan=\"\(targets.count)\"" : ""
      let title = "\(action.action.id) \(action.action.title)"
      let statusClass = action.isOverdue ? " class=\"declined\"" : ""
      html +=
        "<tr><th scope=\"row\"\(span)>\(title.htmlEscaped)</th><td\(span)\(statusClass)>\(words.statusWithNote(action).htmlEscaped)</td>"
      if targets.isEmpty {
        html += hasAfter ? "<td colspan=\"5\">–</td></tr>\n" : "</tr>\n"
        continue
      }
      for (index, target) in targets.enumerated() {
        if index > 0 { html += "<tr>" }
        let outcomeClass: String =
          switch target.outcome {
          case .confirmedImprovement: " class=\"improved\""
          case .declined: " class=\"declined\""
          default: ""
          }
        let before = words.figure(
          points: target.pointsBefore, percent: target.percentBefore, followUp)
        let after = words.figure(
          points: target.pointsAfter, percent: target.percentAfter, followUp)
        html += "<td>\(words.part(target).htmlEscaped)</td>"
        html += "<td class=\"number\">\(before.htmlEscaped)</td>"
        html += "<td class=\"number\">\(after.htmlEscaped)</td>"
        html += "<td\(outcomeClass)>\(target.outcome.title.text(in: language).htmlEscaped)</td>"
        let expected = target.expectedPoints == nil ? "–" : words.expectation(target)
        html += "<td>\(expected.htmlEscaped)</td></tr>\n"
      }
    }
    return html + "</tbody>\n</table>\n</div>\n"
  }
}
