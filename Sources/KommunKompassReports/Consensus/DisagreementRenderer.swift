import KommunKompass

/// Renders a `DisagreementReport` as plain text or Markdown: the agenda of a consensus meeting.
///
/// The evaluators are named once with a letter (A, B, C, …) that heads their column. The first
/// table lists the sub-areas (areas, in an area-level evaluation), largest disagreement first:
/// each evaluator's points, the spread in points and as a share of the maximum, the mean and the
/// median, and why a row is flagged. The second shows the effect on each area and on the total.
/// Last come the agreement statistics with a short guide to reading them.
public struct DisagreementRenderer: Sendable {
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

  private var swedish: Bool { language == .swedish }
  private var numbers: NumberStyle { NumberStyle(language: language) }

  /// The report as plain text, ending with a line break.
  public func renderText(_ report: DisagreementReport) -> String {
    var lines = [headline(report), subtitle(report), "", heading(.evaluators)]
    lines += evaluatorLines(report).map { "  " + $0 }
    lines += ["", heading(.rows)]
    lines += rowsTable(report).text()
    lines += [""] + flaggedSentence(report).wrapped(width: 100)
    lines += ["", heading(report.detail == .area ? .effectOnTotal : .effect)]
    lines += effectTable(report).text()
    if let note = partlyAssessedNote(report) { lines += [""] + note.wrapped(width: 100) }
    lines += ["", heading(.agreement)]
    lines += agreementLines(report).flatMap { $0.bulletLines(indent: "  ") }
    lines += ["", heading(.guide)]
    lines += guide(report).flatMap { $0.bulletLines(indent: "  ") }
    return lines.map(\.trimmingTrailingSpaces).displayText
  }

  /// The report as Markdown, ending with a line break.
  public func renderMarkdown(_ report: DisagreementReport) -> String {
    var lines = ["# \(headline(report).markdownEscaped)", "", subtitle(report).markdownEscaped]
    lines += ["", "## \(heading(.evaluators))", ""]
    lines += evaluatorLines(report).map { "- \($0.markdownEscaped)" }
    lines += ["", "## \(heading(.rows))", ""]
    lines += rowsTable(report).markdown()
    lines += ["", flaggedSentence(report).markdownEscaped]
    lines += ["", "## \(heading(report.detail == .area ? .effectOnTotal : .effect))", ""]
    lines += effectTable(report).markdown()
    if let note = partlyAssessedNote(report) { lines += ["", note.markdownEscaped] }
    lines += ["", "## \(heading(.agreement))", ""]
    lines += agreementLines(report).map { "- \($0.markdownEscaped)" }
    lines += ["", "## \(heading(.guide))", ""]
    lines += guide(report).map { "- \($0.markdownEscaped)" }
    return lines.displayText
  }

  /// The proposals and spread per sub-area of a consensus evaluation, as an appendix of a
  /// published report in Markdown: the evaluators, then the rows in the rubric's order with each
  /// proposal, the spread and the agreed points.
  public func renderAppendixMarkdown(_ report: DisagreementReport) -> String {
    var lines = ["## \(heading(.appendix))", "", appendixIntro(report).markdownEscaped, ""]
    lines += evaluatorLines(report).map { "- \($0.markdownEscaped)" }
    lines.append("")
    lines += appendixTable(report).markdown()
    return lines.displayText
  }

  /// The same appendix as an HTML section, for the published HTML report.
  public func renderAppendixHTML(_ report: DisagreementReport) -> String {
    let table = appendixTable(report)
    var html = "<section id=\"proposals\">\n<h2>\(heading(.appendix).htmlEscaped)</h2>\n"
    html += "<p>\(appendixIntro(report).htmlEscaped)</p>\n<ul>\n"
    for line in evaluatorLines(report) { html += "<li>\(line.htmlEscaped)</li>\n" }
    html += "</ul>\n"
    html += table.html(className: "change-table", caption: heading(.appendix))
    return html + "</section>\n"
  }

  /// The appendix's table, for the HTML report.
  func appendixTable(_ report: DisagreementReport) -> ComparisonTable {
    var columns = [ComparisonTable.Column(header: ReportLabel.maximum.text(in: language))]
    columns += report.evaluators.indices.map { ComparisonTable.Column(header: letter($0)) }
    columns += [
      ComparisonTable.Column(header: swedish ? "Spridning" : "Spread"),
      ComparisonTable.Column(header: swedish ? "Överenskommet" : "Agreed"),
    ]
    let ordered = report.rows.sorted {
      rubricOrder(report, $0).lexicographicallyPrecedes(rubricOrder(report, $1))
    }
    let rows = ordered.map { row in
      var cells = [numbers.decimal(row.maxPoints)]
      cells += row.assessments.map(cell)
      cells.append(spreadText(row))
      cells.append(
        row.agreed == .pending
          ? (swedish ? "väntar på konsensus" : "awaits consensus") : cell(row.agreed))
      return ComparisonTable.Row(
        prefix: "\(row.id)  ", title: row.title.text(in: language), cells: cells)
    }
    return ComparisonTable(
      labelHeader: unitLabel(report), columns: columns, rows: rows, titleWidth: titleWidth)
  }

  /// The sentence before the appendix's table.
  func appendixIntro(_ report: DisagreementReport) -> String {
    let count = report.evaluators.count
    return swedish
      ? "Varje utvärderare poängsatte först på egen hand (\(count) utvärderare). Tabellen visar förslagen, spridningen (högsta minus lägsta poäng, och som andel av maxpoängen) och gruppens överenskomna poäng."
      : "Each evaluator first scored on their own (\(count) evaluators). The table shows the proposals, the spread (highest minus lowest points, and as a share of the maximum) and the group's agreed points."
  }

  /// The evaluators, "A  Anna Berg · anna.json".
  func evaluatorLines(_ report: DisagreementReport) -> [String] {
    report.evaluators.enumerated().map { index, name in
      var line = "\(letter(index))  \(name)"
      if index < report.files.count, let file = report.files[index] { line += " · \(file)" }
      return line
    }
  }

  /// "A", "B", … "Z", then "E27", "E28", … for a very large group.
  func letter(_ index: Int) -> String {
    guard index < 26, let scalar = Unicode.Scalar(65 + index) else { return "E\(index + 1)" }
    return String(Character(scalar))
  }

  private enum Heading {
    case evaluators, rows, effect, effectOnTotal, agreement, guide, appendix
  }

  private func heading(_ heading: Heading) -> String {
    switch (heading, swedish) {
    case (.evaluators, true): "Utvärderare"
    case (.evaluators, false): "Evaluators"
    case (.rows, true): "Största oenighet först"
    case (.rows, false): "Largest disagreement first"
    case (.effect, true): "Påverkan på områden och totalt"
    case (.effect, false): "Effect on the areas and the total"
    case (.effectOnTotal, true): "Påverkan på totalen"
    case (.effectOnTotal, false): "Effect on the total"
    case (.agreement, true): "Samstämmighet"
    case (.agreement, false): "Agreement"
    case (.guide, true): "Så läser du måtten"
    case (.guide, false): "How to read the figures"
    case (.appendix, true): "Bilaga: utvärderarnas förslag"
    case (.appendix, false): "Appendix: the evaluators' proposals"
    }
  }

  /// "Testby kommun (1899): underlag för konsensusmöte".
  private func headline(_ report: DisagreementReport) -> String {
    "\(report.municipality.name) (\(report.municipality.code)): "
      + (swedish ? "underlag för konsensusmöte" : "agenda for the consensus meeting")
  }

  /// "2024-10-15 · Kommunkompassen, revision 2019/2020 · 3 utvärderare · tröskel 20 %".
  private func subtitle(_ report: DisagreementReport) -> String {
    let rubric = rubrics.rubric(id: report.rubricID)?.title.text(in: language) ?? report.rubricID
    let count = report.evaluators.count
    let threshold = numbers.decimal(report.threshold * 100, maximumDecimals: 1)
    let percent = swedish ? "\(threshold)\u{A0}%" : "\(threshold)%"
    return [
      "\(report.date)", rubric,
      swedish ? "\(count) utvärderare" : "\(count) \(count == 1 ? "evaluator" : "evaluators")",
      swedish ? "tröskel \(percent) av maxpoängen" : "threshold \(percent) of the maximum",
    ].joined(separator: " · ")
  }

  private func unitLabel(_ report: DisagreementReport) -> String {
    (report.detail == .area ? ReportLabel.area : ReportLabel.subArea).text(in: language)
  }

  private func rubricOrder(_ report: DisagreementReport, _ row: DisagreementRow) -> [Int] {
    guard let rubric = rubrics.rubric(id: report.rubricID),
      let area = rubric.areas.firstIndex(where: { $0.id == row.areaID })
    else { return [Int.max] }
    return [area, rubric.areas[area].subAreas.firstIndex { $0.id == row.id } ?? -1]
  }

  private func rowsTable(_ report: DisagreementReport) -> ComparisonTable {
    var columns = [ComparisonTable.Column(header: ReportLabel.maximum.text(in: language))]
    columns += report.evaluators.indices.map { ComparisonTable.Column(header: letter($0)) }
    columns += [
      ComparisonTable.Column(header: swedish ? "Spridning" : "Spread"),
      ComparisonTable.Column(header: swedish ? "Andel" : "Share"),
      ComparisonTable.Column(header: swedish ? "Medelvärde" : "Mean"),
      ComparisonTable.Column(header: "Median"),
      ComparisonTable.Column(header: swedish ? "Flagga" : "Flag", alignment: .left),
    ]
    let rows = report.rows.map { row in
      var cells = [numbers.decimal(row.maxPoints)]
      cells += row.assessments.map(cell)
      cells += [
        row.spread.map { numbers.decimal($0) } ?? "–",
        row.spreadShare.map { percent($0) } ?? "–",
        row.mean.map { numbers.decimal($0) } ?? "–",
        row.median.map { numbers.decimal($0) } ?? "–",
        row.flag.map(flagText) ?? "",
      ]
      return ComparisonTable.Row(
        prefix: "\(row.id)  ", title: row.title.text(in: language), cells: cells)
    }
    return ComparisonTable(
      labelHeader: unitLabel(report), columns: columns, rows: rows, titleWidth: titleWidth)
  }

  private func effectTable(_ report: DisagreementReport) -> ComparisonTable {
    var columns = [ComparisonTable.Column(header: ReportLabel.maximum.text(in: language))]
    columns += report.evaluators.indices.map { ComparisonTable.Column(header: letter($0)) }
    columns.append(ComparisonTable.Column(header: swedish ? "Spann" : "Range"))
    func row(_ spread: AreaSpread, isTotal: Bool) -> ComparisonTable.Row {
      var cells = [numbers.decimal(spread.maxPoints)]
      cells += zip(spread.points, spread.assessedMaxPoints).map { points, assessed in
        guard let points else { return ReportLabel.notAssessed.text(in: language) }
        let shown = numbers.decimal(points)
        return assessed < spread.maxPoints ? "\(shown)*" : shown
      }
      cells.append(spread.range.map { numbers.decimal($0) } ?? "–")
      return ComparisonTable.Row(
        prefix: isTotal ? "" : "\(spread.id ?? ""). ", title: spread.title.text(in: language),
        cells: cells, emphasized: isTotal, spaceBefore: isTotal && !report.areas.isEmpty)
    }
    var rows = report.areas.map { row($0, isTotal: false) }
    rows.append(row(report.total, isTotal: true))
    return ComparisonTable(
      labelHeader: ReportLabel.area.text(in: language), columns: columns, rows: rows,
      titleWidth: titleWidth)
  }

  private func cell(_ assessment: SubAreaEvaluation.Assessment?) -> String {
    switch assessment {
    case .points(let points)?: numbers.decimal(points)
    case .notAssessed?: ReportLabel.notAssessed.text(in: language)
    case .pending?: swedish ? "ännu inte poängsatt" : "not scored yet"
    case nil: "–"
    }
  }

  private func spreadText(_ row: DisagreementRow) -> String {
    guard let spread = row.spread, let share = row.spreadShare else { return "–" }
    let base = "\(numbers.decimal(spread)) (\(percent(share)))"
    return row.flag == .scoredAndNotAssessed ? base + " " + flagText(.scoredAndNotAssessed) : base
  }

  private func flagText(_ flag: DisagreementFlag) -> String {
    switch (flag, swedish) {
    case (.spread, true): "spridning"
    case (.spread, false): "spread"
    case (.scoredAndNotAssessed, true): "poäng och ej bedömt"
    case (.scoredAndNotAssessed, false): "points and not assessed"
    }
  }

  /// A share as a whole percentage, "33 %".
  private func percent(_ share: Double) -> String {
    numbers.percent(DisplayRounding.wholeNumber(share * 100))
  }

  private func flaggedSentence(_ report: DisagreementReport) -> String {
    let flagged = report.flaggedRows
    let all = report.rows.count
    let spread = flagged.filter { $0.flag == .spread }.count
    let mixed = flagged.count - spread
    let unit =
      report.detail == .area
      ? (swedish ? (all == 1 ? "område" : "områden") : (all == 1 ? "area" : "areas"))
      : (swedish ? (all == 1 ? "delområde" : "delområden") : (all == 1 ? "sub-area" : "sub-areas"))
    let threshold = numbers.decimal(report.threshold * 100, maximumDecimals: 1)
    if swedish {
      return
        "\(flagged.count) av \(all) \(unit) flaggade: \(spread) för spridning (från \(threshold)\u{A0}% av maxpoängen), \(mixed) för poäng och ej bedömt (någon poängsatte, någon annan bedömde inte). Flaggade står först, sedan efter spridningens andel av maxpoängen."
    }
    return
      "\(flagged.count) of \(all) \(unit) flagged: \(spread) for spread (\(threshold)% of the maximum or more), \(mixed) for points and not assessed (one evaluator scored, another did not assess). Flagged ones come first, then by the spread's share of the maximum."
  }

  /// What `*` after a sum means, when some evaluator left a part unassessed.
  private func partlyAssessedNote(_ report: DisagreementReport) -> String? {
    let spreads = report.areas + [report.total]
    let partly = spreads.contains { spread in
      zip(spread.points, spread.assessedMaxPoints).contains { $0 != nil && $1 < spread.maxPoints }
    }
    guard partly else { return nil }
    return swedish
      ? "* Delvis bedömt: summan gäller bara de delar utvärderaren bedömde, så den jämförs med en lägre maxpoäng."
      : "* Partly assessed: the sum covers only the parts the evaluator assessed, so it is out of a lower maximum."
  }

  private func agreementLines(_ report: DisagreementReport) -> [String] {
    let left = report.leftOutCount
    let unit =
      report.detail == .area
      ? (swedish ? (left == 1 ? "område" : "områden") : (left == 1 ? "area" : "areas"))
      : (swedish
        ? (left == 1 ? "delområde" : "delområden") : (left == 1 ? "sub-area" : "sub-areas"))
    let one = left == 1
    let basis =
      swedish
      ? "Beräknat på varje dels andel av maxpoängen, för de \(report.comparedCount) som alla utvärderare poängsatte; \(left) \(unit) \(one ? "utelämnat" : "utelämnade") eftersom någon utvärderare inte poängsatte \(one ? "det" : "dem")."
      : "Computed on each part's share of its maximum, for the \(report.comparedCount) every evaluator scored; \(left) \(unit) left out because some evaluator did not score \(one ? "it" : "them")."
    let difference: String
    switch report.meanAbsoluteDifference {
    case .value(let value):
      let shown = numbers.decimal(value * 100, maximumDecimals: 1)
      difference =
        swedish
        ? "Medelabsolut skillnad mellan utvärderarna: \(shown) procentenheter av maxpoängen."
        : "Mean absolute difference between the evaluators: \(shown) percentage points of the maximum."
    case .undefined(let reason):
      difference =
        (swedish ? "Medelabsolut skillnad: n/a (" : "Mean absolute difference: n/a (")
        + reason.explanation.text(in: language) + ")."
    }
    let icc: String
    switch report.intraclassCorrelation {
    case .value(let value):
      icc = "ICC(2,1): \(twoDecimals(value))."
    case .undefined(let reason):
      icc = "ICC(2,1): n/a (" + reason.explanation.text(in: language) + ")."
    }
    return [basis, difference, icc]
  }

  /// A coefficient with exactly two decimals, as such coefficients are published: "0,60".
  private func twoDecimals(_ value: Double) -> String {
    var text = numbers.decimal(value, maximumDecimals: 2)
    let separator: Character = swedish ? "," : "."
    if !text.contains(separator) { text.append(separator) }
    let decimals =
      text.split(separator: separator, omittingEmptySubsequences: false).last?.count ?? 0
    return text + String(repeating: "0", count: max(0, 2 - decimals))
  }

  private func guide(_ report: DisagreementReport) -> [String] {
    let area = report.detail == .area
    let (one, many) =
      swedish
      ? (area ? ("ett område", "områdena") : ("ett delområde", "delområdena"))
      : (area ? ("an area", "areas") : ("a sub-area", "sub-areas"))
    return swedish
      ? [
        "Medelabsolut skillnad: hur många procentenheter av maxpoängen två utvärderare i genomsnitt skiljer sig på \(one); 0 betyder samma poäng överallt.",
        "ICC(2,1) (intraklasskorrelation, tvåvägs slumpmässig, absolut överensstämmelse, en bedömare): hur mycket av skillnaderna mellan \(many) som utvärderarna är överens om, från 0 (inte mer än slumpen) till 1 (samma poäng). Vanliga gränser (Koo & Li 2016): under 0,5 svag, 0,5–0,75 måttlig, 0,75–0,9 god, över 0,9 utmärkt överensstämmelse.",
        "Med få \(area ? "områden" : "delområden") eller små skillnader mellan \(many) blir ICC osäker; läs den tillsammans med tabellen.",
      ]
      : [
        "Mean absolute difference: by how many percentage points of the maximum two evaluators differ on \(one) on average; 0 means the same points everywhere.",
        "ICC(2,1) (intraclass correlation, two-way random effects, absolute agreement, single rater): how much of the differences between \(many) the evaluators agree on, from 0 (no more than chance) to 1 (the same points). Common limits (Koo & Li 2016): below 0.5 poor, 0.5–0.75 moderate, 0.75–0.9 good, above 0.9 excellent agreement.",
        "With few \(many) or small differences between them the ICC is uncertain; read it together with the table.",
      ]
  }
}
