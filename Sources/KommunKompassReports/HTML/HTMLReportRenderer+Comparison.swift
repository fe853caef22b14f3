import KommunKompass

extension HTMLReportRenderer {
  /// The chart series of a comparison over time: one per evaluation, oldest first, with each
  /// evaluation's percentages placed on the rows (areas) of the latest rubric.
  ///
  /// A row that joins areas (`7+8`, where an earlier area was split over both) gives each of its
  /// areas the evaluation's own percentage when its sub-area rows have it (an evaluation made with
  /// the latest rubric), and the joint row's percentage otherwise.
  public func chartSeries(of comparison: TimeComparison) -> [ChartSeries] {
    comparison.evaluations.enumerated().map { index, evaluation in
      var percentByArea: [String: Int] = [:]
      for row in comparison.areas where row.values.indices.contains(index) {
        let members = row.id.split(separator: "+").map(String.init)
        let joint = row.values[index].percent
        guard members.count > 1 else {
          if let joint { percentByArea[row.id] = DisplayRounding.wholeNumber(joint) }
          continue
        }
        for member in members {
          let own = row.subRows.filter { $0.areaID == member }.map { $0.values[index] }
          let isOwnRubric = !own.isEmpty && own.allSatisfy { $0.comparability == .same }
          let score = own.filter(\.hasFigure).compactMap(\.score).reduce(Score.zero, +)
          if let percent = isOwnRubric ? score.percent : joint {
            percentByArea[member] = DisplayRounding.wholeNumber(percent)
          }
        }
      }
      return ChartSeries(
        name: "\(evaluation.municipality.name) \(evaluation.date)", percentByArea: percentByArea)
    }
  }

  /// The peers' spread per area as percentages, for drawing behind the bars; empty with too few peers.
  public func chartRanges(of benchmark: BenchmarkComparison) -> [String: ChartRange] {
    guard !benchmark.hasTooFewPeers else { return [:] }
    var ranges: [String: ChartRange] = [:]
    for row in benchmark.rows where row.level == .area && row.maxPoints > 0 {
      guard let statistics = row.statistics else { continue }
      ranges[row.id] = ChartRange(
        minimum: 100 * statistics.minimum / row.maxPoints,
        median: 100 * statistics.median / row.maxPoints,
        maximum: 100 * statistics.maximum / row.maxPoints)
    }
    return ranges
  }

  /// The legend text of the peers' spread: what it shows and how many peers it covers, per area
  /// where fewer peers than the group's have assessed points there.
  public func peerRangeLabel(of benchmark: BenchmarkComparison) -> String {
    var text = "\(HTMLReportLabels.text(.peerRange, language)), n = \(benchmark.peerCount)"
    let fewer = benchmark.rows.filter { row in
      row.level == .area && (row.statistics?.count ?? benchmark.peerCount) < benchmark.peerCount
    }
    for row in fewer {
      text +=
        "; \(ReportLabel.area.text(in: language).lowercased()) \(row.id): n = \(row.statistics?.count ?? 0)"
    }
    return text
  }

  /// A section with the peers' statistics: the table of `kompass compare --peers` (points, the
  /// peers' mean, median, lowest and highest, the difference and the rank) with the number of
  /// peers behind each row's statistics, and the same notes.
  public func peerStatisticsSection(_ benchmark: BenchmarkComparison, skippedFiles: [String] = [])
    -> String
  {
    let renderer = BenchmarkRenderer(language: language)
    let table = renderer.table(benchmark, withPeerCounts: true)
    let heading = benchmark.label.text(in: language)
    var html = "<section id=\"peer-statistics\">\n<h2>\(heading.htmlEscaped)</h2>\n"
    for note in benchmark.notesBesideSelection(in: language) {
      html += "<p class=\"note\">\(note.htmlEscaped)</p>\n"
    }
    html += table.html(className: "peer-table", caption: heading)
    html += "<ul class=\"note\">\n"
    for note in renderer.notes(benchmark, skippedFiles: skippedFiles) {
      html += "<li>\(note.htmlEscaped)</li>\n"
    }
    return html + "</ul>\n</section>\n"
  }

  /// A section that says how the peers were chosen by the municipality register (group or
  /// county, and how many of its municipalities have an evaluation), with the register's credit.
  public func peerSelectionSection(_ summary: PeerSelectionSummary) -> String {
    let heading = HTMLReportLabels.text(.peers, language)
    return "<section id=\"peers\">\n<h2>\(heading.htmlEscaped)</h2>\n"
      + "<p>\(summary.sentence.text(in: language).htmlEscaped)</p>\n"
      + "<p class=\"note\">\(MunicipalityRegister.credit.text(in: language).htmlEscaped)</p>\n"
      + "</section>\n"
  }

  /// A section with the change table of a comparison over time.
  public func comparisonSection(_ comparison: TimeComparison) -> String {
    let numbers = NumberStyle(language: language)
    let heading = HTMLReportLabels.text(.comparison, language)
    var html = "<section id=\"comparison\">\n<h2>\(heading.htmlEscaped)</h2>\n"
    let versionNotes = VersionNotes(comparison: comparison, language: language)
    let replaced = Set(versionNotes.replaced)
    let notes =
      versionNotes.sentences
      + comparison.notes.map { $0.text(in: language) }.filter { !replaced.contains($0) }
    for note in notes {
      html += "<p class=\"note\">\(note.htmlEscaped)</p>\n"
    }
    html += Self.tableStart(className: "change-table", caption: heading)
    html += "<thead><tr><th scope=\"col\">\(ReportLabel.area.text(in: language).htmlEscaped)</th>"
    for evaluation in comparison.evaluations {
      html += "<th scope=\"col\" class=\"number\">\(evaluation.date.description.htmlEscaped)</th>"
    }
    // The change is from the first evaluation to the last; the heading says which two.
    let period = [comparison.evaluations.first, comparison.evaluations.last].compactMap {
      $0?.date.description
    }.joined(separator: "–")
    let changeHeading = "\(HTMLReportLabels.text(.change, language)) \(period)"
    html +=
      "<th scope=\"col\" class=\"number\">\(changeHeading.htmlEscaped)</th><th scope=\"col\">\(ReportLabel.status.text(in: language).htmlEscaped)</th></tr></thead>\n<tbody>\n"
    for row in comparison.areas + [comparison.total] {
      let isTotal = row.level == .total
      html += isTotal ? "<tr class=\"sum\">" : "<tr>"
      let title =
        isTotal
        ? HTMLReportLabels.text(.total, language) : "\(row.id). \(row.title.text(in: language))"
      html += "<th scope=\"row\">\(title.htmlEscaped)</th>"
      for value in row.values {
        let text = value.percent.map { numbers.percent(DisplayRounding.wholeNumber($0)) } ?? "–"
        html += "<td class=\"number\">\(text.htmlEscaped)</td>"
      }
      let change =
        row.overall.displayPercentagePoints.map { points in
          (points > 0 ? "+" : "") + "\(points) " + (language == .swedish ? "p.e." : "pp")
        } ?? "–"
      let classification = row.classification
      var status = classification.title.text(in: language)
      if row.comparability != .same, classification != .notComparable {
        status += " (\(row.comparability.title.text(in: language).lowercased()))"
      }
      let className: String =
        switch classification {
        case .improved: " class=\"improved\""
        case .declined: " class=\"declined\""
        default: ""
        }
      html +=
        "<td class=\"number\">\(change.htmlEscaped)</td><td\(className)>\(status.htmlEscaped)</td></tr>\n"
    }
    html += "</tbody>\n</table>\n</div>\n"
    if Self.roundsApart(comparison) {
      html +=
        "<p class=\"note\">\(HTMLReportLabels.text(.roundingNote, language).htmlEscaped)</p>\n"
    }
    return html + "</section>\n"
  }

  /// Whether a row's rounded change differs from the difference of its rounded percentages (65 %
  /// and 50 % beside −16), so the table needs a note on rounding.
  static func roundsApart(_ comparison: TimeComparison) -> Bool {
    (comparison.areas + [comparison.total]).contains { row in
      guard let change = row.overall.displayPercentagePoints,
        let first = row.values.first?.percent, let last = row.values.last?.percent
      else { return false }
      return DisplayRounding.wholeNumber(last) - DisplayRounding.wholeNumber(first) != change
    }
  }
}
