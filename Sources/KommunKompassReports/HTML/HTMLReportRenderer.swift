import KommunKompass

/// Renders an evaluation as one self-contained HTML file that a municipality can publish: a cover,
/// the points profile as a bar chart and a radar chart, the summary, and per area the sub-area table,
/// strengths, improvement opportunities and the findings grouped by evidence source. A footer names
/// the evaluation's provenance and the version of the tool that made the report (`ToolVersion.current`).
///
/// The file has its CSS and SVG inline and loads nothing from elsewhere (no scripts, no web fonts),
/// prints on A4, and gives every chart a text alternative.
public struct HTMLReportRenderer: Sendable {
  /// The language of the report.
  public var language: Language

  /// Whether the report is for the evaluation group's own use: the cover says so and each
  /// finding names who recorded it. A report to publish (the default) names no one.
  public var isInternal: Bool

  /// Creates a renderer.
  public init(language: Language = .swedish, isInternal: Bool = false) {
    self.language = language
    self.isInternal = isInternal
  }

  private var numbers: NumberStyle { NumberStyle(language: language) }
  private func label(_ key: HTMLReportLabels.Key) -> String { HTMLReportLabels.text(key, language) }

  /// The report as HTML text.
  ///
  /// - Parameters:
  ///   - evaluation: The evaluation, for its findings and sources.
  ///   - scorecard: Its scorecard.
  ///   - extraSections: Further sections (for example a comparison) placed after the profile.
  ///   - chartSeries: The series of the bar chart; the scorecard alone when empty.
  ///   - ranges: Ranges drawn above each area's bars, with their legend label.
  ///   - comparesVersions: Whether the report compares evaluations made with different versions
  ///     of Kommunkompassen; the method section then says such a comparison is only partly possible.
  public func render(
    evaluation: Evaluation,
    scorecard: Scorecard,
    extraSections: [String] = [],
    chartSeries: [ChartSeries] = [],
    ranges: (label: String, byArea: [String: ChartRange])? = nil,
    comparesVersions: Bool = false
  ) -> String {
    let title = "\(label(.reportTitle)) – \(scorecard.municipality.name) \(scorecard.date)"
    var html = """
      <!DOCTYPE html>
      <html lang="\(language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(title.htmlEscaped)</title>
      <style>
      \(HTMLReportStyle.css)
      \(HTMLReportStyle.pageFooter(municipality: scorecard.municipality.name, date: scorecard.date.description))
      </style>
      </head>
      <body>

      """
    html += cover(evaluation: evaluation, scorecard: scorecard)
    html += "<main>\n"
    if language != .swedish {
      html +=
        "<p class=\"note original-language\">\(label(.originalLanguage).htmlEscaped)</p>\n"
    }
    html += profile(
      scorecard: scorecard, series: chartSeries.isEmpty ? [ChartSeries(scorecard)] : chartSeries,
      ranges: ranges)
    html += extraSections.joined()
    html += summary(scorecard)
    let method = ReportMethod(
      language: language,
      areas: scorecard.areas.map { "\($0.id). \($0.title.text(in: language))" },
      comparesVersions: comparesVersions)
    html += "<section id=\"method\">\n<h2>\(method.heading.htmlEscaped)</h2>\n"
    html += method.paragraphs.map { "<p>\($0.htmlEscaped)</p>\n" }.joined() + "</section>\n"
    for area in scorecard.areas {
      html += areaSection(area, evaluation: evaluation)
    }
    html += "</main>\n<footer>\n"
    if let provenance = evaluation.provenance {
      html +=
        "<h2>\(label(.provenance).htmlEscaped)</h2>\n<p class=\"note\">\(provenance.htmlEscaped)</p>\n"
    }
    html += "<p class=\"note\">\(ToolCredit.sentence(in: language).htmlEscaped)</p>\n</footer>\n"
    html += "</body>\n</html>\n"
    return html
  }

  private func cover(evaluation: Evaluation, scorecard: Scorecard) -> String {
    var facts: [(String, String)] = [
      (label(.municipalityCode), scorecard.municipality.code.rawValue),
      (label(.date), scorecard.date.description),
      (label(.kind), scorecard.kind.title.text(in: language)),
      (label(.rubric), scorecard.rubricTitle.text(in: language)),
    ]
    if !evaluation.evaluators.isEmpty {
      facts.append((label(.evaluators), evaluation.evaluators.joined(separator: ", ")))
    }
    if let description = evaluation.sources?.description {
      facts.append((label(.sources), description))
    }
    var html =
      "<header class=\"cover\">\n<p class=\"eyebrow\">\(label(.reportTitle).htmlEscaped)</p>\n"
    html += "<h1>\(scorecard.municipality.name.htmlEscaped)</h1>\n"
    if isInternal {
      html += "<p class=\"internal\">\(label(.internalReport).htmlEscaped)</p>\n"
    }
    html += "<dl class=\"facts\">\n"
    for (term, value) in facts {
      html += "<dt>\(term.htmlEscaped)</dt><dd>\(value.htmlEscaped)</dd>\n"
    }
    let totalLabel =
      scorecard.publishedTotal == nil ? label(.total) : scorecard.totalLabel(in: language)
    html +=
      "</dl>\n<p class=\"total\">\(totalLabel.htmlEscaped): \(ProfileTerms.totalOnlySentence(scorecard, language: language).htmlEscaped)</p>\n"
    if let published = scorecard.publishedTotalScore {
      html +=
        "<p class=\"total\">\(ReportLabel.publishedTotal.text(in: language).htmlEscaped): \(ProfileTerms.pointsSentence(published, language: language).htmlEscaped)</p>\n"
    }
    if let note = scorecard.publishedTotalNote(in: language) {
      html += "<p class=\"note\">\(note.htmlEscaped)</p>\n"
    }
    html += "</header>\n"
    return html
  }

  private func profile(
    scorecard: Scorecard, series: [ChartSeries],
    ranges: (label: String, byArea: [String: ChartRange])?
  ) -> String {
    if scorecard.detail == .total {
      // A totals-only evaluation: no areas to chart; the total is on the cover.
      return
        "<section id=\"profile\">\n<h2>\(ReportLabel.total.text(in: language).htmlEscaped)</h2>\n<p class=\"total\">\(ProfileTerms.totalOnlySentence(scorecard, language: language).htmlEscaped)</p>\n<p>\(ProfileTerms.totalOnlyExplanation(language: language).htmlEscaped)</p>\n</section>\n"
    }
    let areas = scorecard.areas.map {
      BarChartSVG.Area(id: $0.id, title: $0.title.text(in: language))
    }
    // The text alternative gives every series' figures, not only the report's evaluation.
    let valuesText: String
    if series.count > 1 {
      valuesText = series.map { item in
        "\(item.name): "
          + scorecard.areas.map { area in
            "\(area.id). \(area.title.text(in: language)) \(item.percentByArea[area.id].map(numbers.percent) ?? "–")"
          }.joined(separator: ", ")
      }.joined(separator: "; ")
    } else {
      valuesText = scorecard.areas.map { area in
        "\(area.id). \(area.title.text(in: language)): \(area.score.displayPercent.map(numbers.percent) ?? "–")"
      }.joined(separator: "; ")
    }
    let bars = BarChartSVG(
      areas: areas, series: series, ranges: ranges?.byArea ?? [:], rangeLabel: ranges?.label ?? "",
      title: ReportLabel.pointsProfile.text(in: language),
      description: "\(label(.profileDescription)) \(valuesText).", language: language)
    let radar = RadarChartSVG(
      areas: areas, series: series, title: label(.radar),
      description: "\(label(.radarDescription)) \(valuesText).",
      language: language)
    var html =
      "<section id=\"profile\">\n<h2>\(ReportLabel.pointsProfile.text(in: language).htmlEscaped)</h2>\n"
    html +=
      "<figure>\n\(bars.render(id: "profile-bars"))\n<figcaption>\(label(.profileDescription).htmlEscaped)</figcaption>\n</figure>\n"
    html +=
      "<figure>\n\(radar.render(id: "profile-radar"))\n<figcaption>\(label(.radarDescription).htmlEscaped)</figcaption>\n</figure>\n"
    html += Self.tableStart(
      className: "profile-table", caption: ReportLabel.pointsProfile.text(in: language))
    html += "<thead><tr><th scope=\"col\">\(ReportLabel.area.text(in: language).htmlEscaped)</th>"
    html +=
      "<th scope=\"col\" class=\"number\">\(ReportLabel.achieved.text(in: language).htmlEscaped)</th><th scope=\"col\" class=\"number\">\(ReportLabel.maximum.text(in: language).htmlEscaped)</th><th scope=\"col\" class=\"number\">\(ReportLabel.percent.text(in: language).htmlEscaped)</th></tr></thead>\n<tbody>\n"
    for area in scorecard.areas {
      html +=
        "<tr><th scope=\"row\"><a href=\"#area-\(area.id.htmlEscaped)\">\("\(area.id). \(area.title.text(in: language))".htmlEscaped)</a></th>"
      html += numberCells(area.score) + "</tr>\n"
    }
    let totalLabel =
      scorecard.publishedTotal == nil ? label(.total) : scorecard.totalLabel(in: language)
    html +=
      "<tr class=\"sum\"><th scope=\"row\">\(totalLabel.htmlEscaped)</th>\(numberCells(scorecard.total))</tr>\n"
    if let published = scorecard.publishedTotalScore {
      html +=
        "<tr><th scope=\"row\">\(ReportLabel.publishedTotal.text(in: language).htmlEscaped)</th>\(numberCells(published))</tr>\n"
    }
    html += "</tbody>\n</table>\n</div>\n</section>\n"
    return html
  }

  /// ` lang="sv"` on passages written in the evaluation's own language (findings, summary,
  /// strengths) when the report is in another language; empty in a Swedish report.
  var originalLanguage: String { language == .swedish ? "" : " lang=\"sv\"" }

  /// The start of a table: a container that scrolls sideways on its own when the table is wider
  /// than the screen (keyboard-focusable, named by the caption), the table and its caption.
  static func tableStart(className: String, caption: String) -> String {
    "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(caption.htmlEscaped)\">\n"
      + "<table class=\"\(className)\">\n<caption>\(caption.htmlEscaped)</caption>\n"
  }

  private func numberCells(_ score: Score) -> String {
    let points = score.assessedMaxPoints > 0 ? String(score.displayPoints) : "–"
    return
      "<td class=\"number\">\(points)</td><td class=\"number\">\(numbers.decimal(score.assessedMaxPoints).htmlEscaped)</td><td class=\"number\">\((score.displayPercent.map(numbers.percent) ?? "–").htmlEscaped)</td>"
  }

  private func summary(_ scorecard: Scorecard) -> String {
    guard !scorecard.summary.isEmpty || !scorecard.goodExamples.isEmpty else { return "" }
    var html =
      "<section id=\"summary\">\n<h2>\(ReportLabel.summary.text(in: language).htmlEscaped)</h2>\n"
    html += scorecard.summary.map { "<p\(originalLanguage)>\($0.htmlEscaped)</p>\n" }.joined()
    if !scorecard.goodExamples.isEmpty {
      html += "<h3>\(ReportLabel.goodExamples.text(in: language).htmlEscaped)</h3>\n<ul>\n"
      for example in scorecard.goodExamples {
        let prefix = example.area.map { "\(ReportLabel.area.text(in: language)) \($0): " } ?? ""
        html +=
          "<li>\(prefix.htmlEscaped)<span\(originalLanguage)>\(example.text.htmlEscaped)</span></li>\n"
      }
      html += "</ul>\n"
    }
    return html + "</section>\n"
  }

  private func areaSection(_ area: AreaScore, evaluation: Evaluation) -> String {
    var html = "<section class=\"area\" id=\"area-\(area.id.htmlEscaped)\">\n"
    html += "<h2>\("\(area.id). \(area.title.text(in: language))".htmlEscaped)</h2>\n"
    html +=
      "<p class=\"total\">\(ProfileTerms.pointsSentence(area.score, language: language).htmlEscaped)</p>\n"
    if !area.subAreas.isEmpty {
      html += Self.tableStart(
        className: "sub-area-table", caption: "\(area.id). \(area.title.text(in: language))")
      html +=
        "<thead><tr><th scope=\"col\">\(ReportLabel.subArea.text(in: language).htmlEscaped)</th><th scope=\"col\">\(ReportLabel.title.text(in: language).htmlEscaped)</th>"
      html +=
        "<th scope=\"col\" class=\"number\">\(ReportLabel.achieved.text(in: language).htmlEscaped)</th><th scope=\"col\" class=\"number\">\(ReportLabel.maximum.text(in: language).htmlEscaped)</th><th scope=\"col\" class=\"number\">\(ReportLabel.percent.text(in: language).htmlEscaped)</th></tr></thead>\n<tbody>\n"
      for subArea in area.subAreas {
        let achieved = subArea.isAssessed ? String(subArea.score.displayPoints) : "–"
        let percent: String =
          switch subArea.status {
          case .scored: subArea.score.displayPercent.map(numbers.percent) ?? "–"
          case .notAssessed: ReportLabel.notAssessed.text(in: language)
          case .pending: ReportLabel.notScoredYet.text(in: language)
          }
        html +=
          "<tr><th scope=\"row\">\(subArea.id.htmlEscaped)</th><td>\(subArea.title.text(in: language).htmlEscaped)</td>"
        html +=
          "<td class=\"number\">\(achieved)</td><td class=\"number\">\(numbers.decimal(subArea.score.maxPoints).htmlEscaped)</td><td class=\"number\">\(percent.htmlEscaped)</td></tr>\n"
      }
      html +=
        "<tr class=\"sum\"><th scope=\"row\" colspan=\"2\">\(ReportLabel.areaSum.text(in: language).htmlEscaped)</th>\(numberCells(area.score))</tr>\n</tbody>\n</table>\n</div>\n"
    }
    html += "<div class=\"columns\">\n"
    html += list(ReportLabel.strengths.text(in: language), area.strengths, className: "strengths")
    html += list(
      ReportLabel.improvements.text(in: language), area.improvements, className: "improvements")
    html += "</div>\n"
    html += findings(area, evaluation: evaluation)
    return html + "</section>\n"
  }

  private func list(_ heading: String, _ items: [String], className: String) -> String {
    var html = "<div class=\"\(className)\">\n<h3>\(heading.htmlEscaped)</h3>\n"
    if items.isEmpty {
      return html
        + "<p class=\"note\">\(ReportLabel.none.text(in: language).htmlEscaped)</p>\n</div>\n"
    }
    html +=
      "<ul\(originalLanguage)>\n" + items.map { "<li>\($0.htmlEscaped)</li>\n" }.joined()
      + "</ul>\n</div>\n"
    return html
  }

  /// The findings of the area's sub-areas, grouped by evidence source.
  private func findings(_ area: AreaScore, evaluation: Evaluation) -> String {
    let subAreaIDs = area.subAreas.map(\.id)
    let all = subAreaIDs.flatMap { id in
      (evaluation.subArea(id: id)?.findings ?? []).map { (id, $0) }
    }
    var html = "<h3>\(label(.findings).htmlEscaped)</h3>\n"
    guard !all.isEmpty else {
      return html + "<p class=\"note\">\(label(.noFindings).htmlEscaped)</p>\n"
    }
    for source in EvidenceSource.allCases {
      let items = all.filter { $0.1.source == source }
      guard !items.isEmpty else { continue }
      html +=
        "<h4>\(source.title.text(in: language).htmlEscaped) (\(items.count))</h4>\n<ul class=\"findings \(source.rawValue)\">\n"
      for (id, finding) in items {
        var details = [id]
        if let reference = finding.reference { details.append(reference) }
        if let date = finding.date { details.append(date.description) }
        if isInternal, let recordedBy = finding.recordedBy {
          details.append("\(label(.recordedBy)) \(recordedBy)")
        }
        html +=
          "<li><span\(originalLanguage)>\(finding.text.htmlEscaped)</span> <span class=\"reference\">(\(details.joined(separator: ", ").htmlEscaped))</span></li>\n"
      }
      html += "</ul>\n"
    }
    return html
  }
}
