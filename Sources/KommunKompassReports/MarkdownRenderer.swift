import KommunKompass

/// Renders a scorecard as Markdown, for wikis and intranets: the points table, and for a profile
/// also the strengths, improvement opportunities, derived lists and summary.
public struct MarkdownRenderer: Sendable {
  /// The language of labels, titles and numbers.
  public var language: Language

  /// Whether the report is for the evaluation group's own use: it says so under the heading and
  /// each finding names who recorded it. A report to publish (the default) names no one.
  public var isInternal: Bool

  /// Creates a renderer.
  public init(language: Language = .swedish, isInternal: Bool = false) {
    self.language = language
    self.isInternal = isInternal
  }

  private var numbers: NumberStyle { NumberStyle(language: language) }

  /// The published total and, when it differs from the sum of the areas, the note saying so.
  private func publishedTotalLines(_ scorecard: Scorecard) -> [String] {
    guard let published = scorecard.publishedTotalScore else { return [] }
    var lines = [
      "",
      "\(ReportLabel.publishedTotal.text(in: language)): \(ProfileTerms.pointsSentence(published, language: language))",
    ]
    if let note = scorecard.publishedTotalNote(in: language) { lines += ["", escape(note)] }
    return lines
  }

  /// The points table as Markdown.
  public func renderTable(_ scorecard: Scorecard) -> String {
    var lines = heading(scorecard)
    for area in scorecard.areas {
      lines += ["", "## \(area.id). \(escape(area.title.text(in: language)))", ""]
      lines += table(area)
    }
    lines += [
      "",
      "**\(scorecard.totalLabel(in: language)): \(ProfileTerms.totalOnlySentence(scorecard, language: language))**",
    ]
    lines += publishedTotalLines(scorecard)
    return lines.displayText
  }

  /// The profile as Markdown: table per area with the area's lists, then the overall lists and
  /// summary, then any further sections, closed by the version of the tool
  /// (`ToolVersion.current`).
  ///
  /// - Parameters:
  ///   - scorecard: The scorecard.
  ///   - evaluation: When given, each area also lists its findings grouped by evidence source.
  ///   - sections: Markdown sections that follow the profile in a report (peers, follow-up,
  ///     appendices), each starting with an empty line.
  public func renderProfile(
    _ scorecard: Scorecard, evaluation: Evaluation? = nil, sections: [String] = []
  ) -> String {
    renderProfileLines(scorecard, evaluation: evaluation).displayText + sections.joined()
      + ["", "*\(escape(ToolCredit.sentence(in: language)))*"].displayText
  }

  /// A section, to follow a profile, that says how the peers were chosen by the municipality
  /// register (group or county, and how many of its municipalities have an evaluation), with the
  /// register's credit; it starts with an empty line and ends with a line break.
  public func peerSelectionSection(_ summary: PeerSelectionSummary) -> String {
    [
      "", "## \(escape(language == .swedish ? "Jämförelsekommuner" : "Peer municipalities"))", "",
      escape(summary.sentence.text(in: language)), "",
      escape(MunicipalityRegister.credit.text(in: language)),
    ].displayText
  }

  private func renderProfileLines(_ scorecard: Scorecard, evaluation: Evaluation?) -> [String] {
    heading(scorecard) + profileTableLines(scorecard) + areaLines(scorecard, evaluation: evaluation)
      + totalLines(scorecard) + summaryLines(scorecard)
  }

  /// The report in the order of the HTML report: heading and facts (evaluators, sources), the
  /// points profile and the total, the further sections (comparison, follow-up, peers, proposals),
  /// the summary, the method, the areas with their findings, the provenance and the tool credit.
  ///
  /// - Parameters:
  ///   - scorecard: The scorecard.
  ///   - evaluation: The evaluation, for its evaluators, sources, findings and provenance.
  ///   - sections: Markdown sections in the order of the HTML report, each starting with an
  ///     empty line.
  ///   - comparesVersions: Whether the report compares evaluations made with different versions
  ///     of Kommunkompassen; the method section then says such a comparison is only partly possible.
  public func renderReport(
    _ scorecard: Scorecard, evaluation: Evaluation, comparesVersions: Bool = false,
    sections: [String] = []
  ) -> String {
    var lines = heading(scorecard)
    var facts: [(String, String)] = []
    if !evaluation.evaluators.isEmpty {
      facts.append(
        (
          HTMLReportLabels.text(.evaluators, language),
          evaluation.evaluators.joined(separator: ", ")
        ))
    }
    if let description = evaluation.sources?.description {
      facts.append((HTMLReportLabels.text(.sources, language), description))
    }
    if !facts.isEmpty { lines.append("") }
    lines += facts.map { "- **\(escape($0.0))**: \(escape($0.1))" }
    lines += profileTableLines(scorecard) + totalLines(scorecard)
    var text = lines.displayText + sections.joined()
    lines = summaryLines(scorecard)
    let method = ReportMethod(
      language: language,
      areas: scorecard.areas.map { "\($0.id). \($0.title.text(in: language))" },
      comparesVersions: comparesVersions)
    lines += ["", "## \(escape(method.heading))"]
    for paragraph in method.paragraphs { lines += ["", escape(paragraph)] }
    lines += areaLines(scorecard, evaluation: evaluation)
    if let provenance = evaluation.provenance {
      lines += [
        "", "## \(escape(HTMLReportLabels.text(.provenance, language)))", "", escape(provenance),
      ]
    }
    lines += ["", "*\(escape(ToolCredit.sentence(in: language)))*"]
    text += lines.displayText
    return text
  }

  private func profileTableLines(_ scorecard: Scorecard) -> [String] {
    var lines: [String] = []
    if let note = ProfileTerms.originalLanguageNote(language: language) {
      lines += ["", "*\(escape(note))*"]
    }
    lines += ["", "## \(ReportLabel.pointsProfile.text(in: language))", ""]
    lines.append(
      "| \(ReportLabel.area.text(in: language)) | \(ReportLabel.achieved.text(in: language)) | \(ReportLabel.maximum.text(in: language)) | \(ReportLabel.percent.text(in: language)) |"
    )
    lines.append("|---|--:|--:|--:|")
    for area in scorecard.areas {
      lines.append(
        "| \(area.id). \(escape(area.title.text(in: language))) | \(area.score.displayPoints) | \(numbers.decimal(area.score.assessedMaxPoints)) | \(percent(area.score)) |"
      )
    }
    lines.append(
      "| **\(scorecard.totalLabel(in: language))** | **\(scorecard.total.displayPoints)** | **\(numbers.decimal(scorecard.total.assessedMaxPoints))** | **\(percent(scorecard.total))** |"
    )
    if let published = scorecard.publishedTotalScore {
      lines.append(
        "| \(ReportLabel.publishedTotal.text(in: language)) | \(published.displayPoints) | \(numbers.decimal(published.assessedMaxPoints)) | \(percent(published)) |"
      )
    }
    return lines
  }

  private func areaLines(_ scorecard: Scorecard, evaluation: Evaluation?) -> [String] {
    var lines: [String] = []
    // An area-level evaluation has no sub-area data: it says so, and lists nothing empty.
    let isAreaLevel = scorecard.detail == .area
    if isAreaLevel { lines += ["", escape(ProfileTerms.noSubAreaData(language: language))] }
    for area in scorecard.areas {
      lines += ["", "## \(area.id). \(escape(area.title.text(in: language)))", ""]
      lines.append(escape(ProfileTerms.areaSentence(area, language: language)))
      if !isAreaLevel {
        lines.append("")
        lines += table(area)
      }
      if !isAreaLevel || !area.strengths.isEmpty {
        lines += bulletSection(ReportLabel.strengths, area.strengths)
      }
      if !isAreaLevel || !area.improvements.isEmpty {
        lines += bulletSection(ReportLabel.improvements, area.improvements)
      }
      let strong = area.strongSubAreaIDs.compactMap(area.subArea(id:)).map {
        ProfileTerms.highlight($0, language: language)
      }
      let weak = area.weakSubAreaIDs.compactMap(area.subArea(id:)).map {
        ProfileTerms.highlight($0, language: language)
      }
      if !strong.isEmpty { lines += bulletSection(ReportLabel.strongSubAreas, strong) }
      if !weak.isEmpty { lines += bulletSection(ReportLabel.weakSubAreas, weak) }
      if let evaluation { lines += findings(area, evaluation: evaluation) }
    }
    return lines
  }

  private func totalLines(_ scorecard: Scorecard) -> [String] {
    let isAreaLevel = scorecard.detail == .area
    var lines = [String]()
    lines += [
      "", "## \(ReportLabel.total.text(in: language))", "",
      (scorecard.publishedTotal == nil ? "" : "\(scorecard.totalLabel(in: language)): ")
        + ProfileTerms.totalOnlySentence(scorecard, language: language),
    ]
    lines += publishedTotalLines(scorecard)
    if scorecard.detail == .total {
      // A totals-only evaluation has no sub-areas to list.
      lines += ["", ProfileTerms.totalOnlyExplanation(language: language)]
    } else if !isAreaLevel {
      let strongTitle =
        "\(ReportLabel.strongSubAreas.text(in: language)), \(ProfileTerms.marginExplanation(above: true, scorecard: scorecard, language: language))"
      let weakTitle =
        "\(ReportLabel.weakSubAreas.text(in: language)), \(ProfileTerms.marginExplanation(above: false, scorecard: scorecard, language: language))"
      lines += bulletSection(
        strongTitle,
        scorecard.strongestSubAreas.map { ProfileTerms.highlight($0.subArea, language: language) })
      lines += bulletSection(
        weakTitle,
        scorecard.weakestSubAreas.map { ProfileTerms.highlight($0.subArea, language: language) })
    }
    return lines
  }

  private func summaryLines(_ scorecard: Scorecard) -> [String] {
    var lines: [String] = []
    if !scorecard.summary.isEmpty {
      lines += ["", "## \(ReportLabel.summary.text(in: language))"]
      for paragraph in scorecard.summary { lines += ["", escape(paragraph)] }
    }
    if !scorecard.goodExamples.isEmpty {
      lines += ["", "## \(ReportLabel.goodExamples.text(in: language))", ""]
      for example in scorecard.goodExamples {
        let prefix = example.area.map { "\(ReportLabel.area.text(in: language)) \($0): " } ?? ""
        lines.append("- \(prefix)\(escape(example.text))")
      }
    }
    return lines
  }

  /// The area's findings grouped by evidence source, as level-4 sections.
  private func findings(_ area: AreaScore, evaluation: Evaluation) -> [String] {
    let all = area.subAreas.flatMap { subArea in
      (evaluation.subArea(id: subArea.id)?.findings ?? []).map { (subArea.id, $0) }
    }
    let heading = language == .swedish ? "Underlag per källa" : "Evidence by source"
    var lines = ["", "### \(heading)"]
    if all.isEmpty {
      return lines + ["", ReportLabel.none.text(in: language)]
    }
    for source in EvidenceSource.allCases {
      let items = all.filter { $0.1.source == source }
      guard !items.isEmpty else { continue }
      lines += ["", "#### \(source.title.text(in: language)) (\(items.count))", ""]
      for (id, finding) in items {
        let recordedBy = finding.recordedBy.flatMap { name in
          isInternal ? "\(HTMLReportLabels.text(.recordedBy, language)) \(name)" : nil
        }
        let details =
          ([id] + [finding.reference, finding.date?.description, recordedBy].compactMap { $0 })
          .joined(separator: ", ")
        lines.append("- \(escape(finding.text)) (\(escape(details)))")
      }
    }
    return lines
  }

  private func heading(_ scorecard: Scorecard) -> [String] {
    ["# \(escape(scorecard.headline))", "", escape(scorecard.subtitle(in: language))]
      + (isInternal ? ["", "**\(escape(HTMLReportLabels.text(.internalReport, language)))**"] : [])
  }

  private func table(_ area: AreaScore) -> [String] {
    var lines = [
      "| \(ReportLabel.subArea.text(in: language)) | \(ReportLabel.title.text(in: language)) | \(ReportLabel.achieved.text(in: language)) | \(ReportLabel.maximum.text(in: language)) | \(ReportLabel.percent.text(in: language)) |",
      "|---|---|--:|--:|--:|",
    ]
    for subArea in area.subAreas {
      let achieved = subArea.isAssessed ? String(subArea.score.displayPoints) : "–"
      let percentText: String =
        switch subArea.status {
        case .scored: percent(subArea.score)
        case .notAssessed(let reason): notAssessedText(reason)
        case .pending: ReportLabel.notScoredYet.text(in: language)
        }
      lines.append(
        "| \(subArea.id) | \(escape(subArea.title.text(in: language))) | \(achieved) | \(numbers.decimal(subArea.score.maxPoints)) | \(percentText) |"
      )
    }
    let sum = "**\(ReportLabel.areaSum.text(in: language))**"
    let maximum = "**\(numbers.decimal(area.score.maxPoints))**"
    switch area.areaLevelStatus {
    case .notAssessed(let reason):
      lines.append("| | \(sum) | – | \(maximum) | \(notAssessedText(reason)) |")
    case .pending:
      lines.append("| | \(sum) | – | \(maximum) | \(ReportLabel.notScoredYet.text(in: language)) |")
    case .scored, nil:
      lines.append(
        "| | \(sum) | **\(area.score.displayPoints)** | **\(numbers.decimal(area.score.assessedMaxPoints))** | **\(percent(area.score))** |"
      )
    }
    return lines
  }

  /// "ej bedömt (reason)", the reason escaped; just "ej bedömt" without one.
  private func notAssessedText(_ reason: String) -> String {
    let label = ReportLabel.notAssessed.text(in: language)
    let text = reason.trimmingWhitespace
    return text.isEmpty ? label : "\(label) (\(escape(text)))"
  }

  private func bulletSection(_ label: ReportLabel, _ items: [String]) -> [String] {
    bulletSection(label.text(in: language), items)
  }

  private func bulletSection(_ title: String, _ items: [String]) -> [String] {
    var lines = ["", "### \(escape(title))", ""]
    lines += items.isEmpty ? [ReportLabel.none.text(in: language)] : items.map { "- \(escape($0))" }
    return lines
  }

  private func percent(_ score: Score) -> String {
    score.displayPercent.map(numbers.percent) ?? "–"
  }

  /// The text with Markdown's special characters for tables and emphasis escaped.
  private func escape(_ text: String) -> String {
    text.markdownEscaped
  }
}
