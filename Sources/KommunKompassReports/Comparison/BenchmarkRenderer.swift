import KommunKompass

/// Renders a municipality against peers or a reference profile (`BenchmarkComparison`) as plain
/// text or Markdown.
///
/// The heading names what the municipality is compared with, using the comparison's label
/// ("Jämförelsegrupp (5 kommuner)" or "Referensprofil: …"), so a reference profile is never
/// presented as peers. Against peers the table has per area and for the total the municipality's
/// points, the peers' mean, median, lowest and highest points, the difference from the mean and the
/// municipality's rank; with too few peers only the municipality's points, and the library's note
/// says why. Against a reference profile: the municipality's points, the profile's and the
/// difference.
///
/// Points are on each row's full maximum, to one decimal (see `BenchmarkRow`). Ranks read "4 av
/// 6": position 4 among the peers and the municipality itself, 1 being the highest; "(delad med
/// 2)" says that two peers have the same whole points.
public struct BenchmarkRenderer: Sendable {
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

  private var numbers: NumberStyle { NumberStyle(language: language) }

  private func label(_ label: ComparisonLabel) -> String { label.text(in: language) }

  /// The comparison as plain text, ending with a line break.
  ///
  /// - Parameters:
  ///   - comparison: The benchmark.
  ///   - skippedFiles: Peer files that could not be read and were left out; named in the notes.
  public func renderText(_ comparison: BenchmarkComparison, skippedFiles: [String] = []) -> String {
    var lines = [headline(comparison), subtitle(comparison)]
    for note in comparison.notes {
      lines.append("")
      lines += note.text(in: language).wrapped(width: 100)
    }
    lines.append("")
    lines += table(comparison).text()
    // No heading without notes under it.
    let notes = notes(comparison, skippedFiles: skippedFiles)
    if !notes.isEmpty {
      lines += ["", label(.notes)] + notes.flatMap { $0.bulletLines(indent: "  ") }
    }
    return lines.map(\.trimmingTrailingSpaces).displayText
  }

  /// The comparison as Markdown, ending with a line break.
  ///
  /// - Parameters:
  ///   - comparison: The benchmark.
  ///   - skippedFiles: Peer files that could not be read and were left out; named in the notes.
  public func renderMarkdown(_ comparison: BenchmarkComparison, skippedFiles: [String] = [])
    -> String
  {
    var lines = [
      "# \(headline(comparison).markdownEscaped)", "", subtitle(comparison).markdownEscaped,
    ]
    for note in comparison.notes { lines += ["", note.text(in: language).markdownEscaped] }
    lines.append("")
    lines += table(comparison).markdown()
    let notes = notes(comparison, skippedFiles: skippedFiles)
    if !notes.isEmpty {
      lines += ["", "## \(label(.notes))", ""] + notes.map { "- \($0.markdownEscaped)" }
    }
    return lines.displayText
  }

  /// "Testby kommun (1899) · Jämförelsegrupp (5 kommuner)".
  private func headline(_ comparison: BenchmarkComparison) -> String {
    "\(comparison.municipality.name) (\(comparison.municipality.code)) · \(comparison.label.text(in: language))"
  }

  /// "Utvärdering 2020-11 · testby-2020.json · Kommunkompassen, revision 2019/2020".
  private func subtitle(_ comparison: BenchmarkComparison) -> String {
    var parts = ["\(label(.evaluation)) \(comparison.date)"]
    if let file = comparison.file { parts.append(file) }
    parts.append(
      rubrics.rubric(id: comparison.rubricID)?.title.text(in: language) ?? comparison.rubricID)
    return parts.joined(separator: " · ")
  }

  private enum Layout {
    case peers, tooFewPeers, reference
  }

  private func layout(_ comparison: BenchmarkComparison) -> Layout {
    switch comparison.basis {
    case .reference: .reference
    case .peers: comparison.hasTooFewPeers ? .tooFewPeers : .peers
    }
  }

  /// The table, for a report with a last column "n": how many peers have a figure on each row.
  func table(_ comparison: BenchmarkComparison, withPeerCounts: Bool) -> ComparisonTable {
    var table = table(comparison)
    guard withPeerCounts, layout(comparison) == .peers else { return table }
    table.columns.append(ComparisonTable.Column(header: "n"))
    for (index, row) in comparison.rows.enumerated() where table.rows.indices.contains(index) {
      table.rows[index].cells.append(row.statistics.map { "\($0.count)" } ?? "–")
    }
    return table
  }

  private func table(_ comparison: BenchmarkComparison) -> ComparisonTable {
    let layout = layout(comparison)
    var columns = [
      ComparisonTable.Column(header: label(.maximum)),
      ComparisonTable.Column(header: label(.municipality)),
    ]
    switch layout {
    case .peers:
      columns += [.mean, .median, .lowest, .highest, .difference].map {
        ComparisonTable.Column(header: label($0))
      }
      columns.append(ComparisonTable.Column(header: label(.rank), alignment: .left))
    case .tooFewPeers:
      break
    case .reference:
      columns += [.reference, .difference].map { ComparisonTable.Column(header: label($0)) }
    }
    let rows = comparison.rows.map { row -> ComparisonTable.Row in
      var cells = [numbers.decimal(row.maxPoints), subjectCell(row)]
      switch layout {
      case .peers:
        let statistics = row.statistics
        cells += [
          numbers.figure(statistics?.mean), numbers.figure(statistics?.median),
          numbers.figure(statistics?.minimum),
          numbers.figure(statistics?.maximum),
          row.difference.map { numbers.signedDecimal($0) } ?? "–",
          row.rank.map(rankText) ?? "–",
        ]
      case .tooFewPeers:
        break
      case .reference:
        cells += [
          numbers.figure(row.referencePoints),
          row.difference.map { numbers.signedDecimal($0) } ?? "–",
        ]
      }
      let isTotal = row.level == .total
      return ComparisonTable.Row(
        prefix: isTotal ? "" : "\(row.id). ",
        title: isTotal ? label(.total) : row.title.text(in: language),
        cells: cells, emphasized: isTotal, spaceBefore: isTotal)
    }
    return ComparisonTable(
      labelHeader: label(.area), columns: columns, rows: rows, titleWidth: titleWidth)
  }

  /// The municipality's points on the full maximum, `*` when scaled from a partly assessed area.
  private func subjectCell(_ row: BenchmarkRow) -> String {
    switch row.subject.status {
    case .notAssessed: return ReportLabel.notAssessed.text(in: language)
    case .pending: return ReportLabel.notScoredYet.text(in: language)
    default:
      guard let points = row.subjectPoints else { return "–" }
      return numbers.figure(points) + (row.subject.status == .partlyAssessed ? "*" : "")
    }
  }

  /// "4 av 6", "2 av 6 (delas av 3)"; English "4 of 6", "2 of 6 (shared by 3)": a placing shared by
  /// municipalities with the same whole points says how many share it.
  func rankText(_ rank: PeerRank) -> String {
    let base =
      language == .swedish
      ? "\(rank.position) av \(rank.outOf)" : "\(rank.position) of \(rank.outOf)"
    guard rank.tiedPeers > 0 else { return base }
    return base
      + (language == .swedish
        ? " (delas av \(rank.tiedPeers + 1))" : " (shared by \(rank.tiedPeers + 1))")
  }

  /// The notes after the table.
  func notes(_ comparison: BenchmarkComparison, skippedFiles: [String]) -> [String] {
    let swedish = language == .swedish
    var notes: [String] = []
    if comparison.rows.contains(where: { $0.subject.status == .partlyAssessed }) {
      notes.append(
        swedish
          ? "* Delvis bedömt: poängen har räknats om till hela maxpoängen från procentsatsen för de bedömda delarna."
          : "* Partly assessed: the points are scaled to the full maximum from the percentage of the assessed parts."
      )
    }
    // Row notes, grouped, leaving out those the heading already gives.
    let shown = Set(comparison.notes.map { $0.text(in: language) })
    var grouped: [(text: String, ids: [String])] = []
    for row in comparison.rows {
      guard let note = row.note?.text(in: language), !shown.contains(note) else { continue }
      let id = row.level == .total ? label(.total) : row.id
      if let index = grouped.firstIndex(where: { $0.text == note }) {
        grouped[index].ids.append(id)
      } else {
        grouped.append((note, [id]))
      }
    }
    notes += grouped.map { "\($0.text.capitalizedFirstLetter): \($0.ids.joined(separator: ", "))." }
    // Rows where some peers have no figure (an area they did not assess).
    var partial: [(count: Int, ids: [String])] = []
    for row in comparison.rows {
      guard let count = row.statistics?.count, count < comparison.peerCount else { continue }
      let id = row.level == .total ? label(.total) : row.id
      if let index = partial.firstIndex(where: { $0.count == count }) {
        partial[index].ids.append(id)
      } else {
        partial.append((count, [id]))
      }
    }
    for (count, ids) in partial {
      notes.append(
        swedish
          ? "Bara \(count) av \(CountedNoun.peer.counted(comparison.peerCount, in: .swedish)) har bedömda poäng här, och statistiken gäller \(count == 1 ? "den" : "dem"): \(ids.joined(separator: ", "))."
          : "Only \(count) of \(CountedNoun.peer.counted(comparison.peerCount, in: .english)) \(count == 1 ? "has" : "have") assessed points here, and the statistics cover \(count == 1 ? "it" : "them"): \(ids.joined(separator: ", "))."
      )
    }
    switch layout(comparison) {
    case .peers:
      notes.append(
        swedish
          ? "Skillnad = kommunens poäng minus jämförelsegruppens medelvärde. Placering: 1 är högst, bland jämförelsekommunerna och kommunen själv."
          : "Difference = the municipality's points minus the peers' mean. Rank: 1 is the highest, among the peers and the municipality itself."
      )
    case .tooFewPeers:
      break
    case .reference:
      notes.append(
        swedish
          ? "Skillnad = kommunens poäng minus referensprofilens."
          : "Difference = the municipality's points minus the reference profile's.")
    }
    if !skippedFiles.isEmpty {
      let shownFiles =
        skippedFiles.prefix(10).joined(separator: ", ") + (skippedFiles.count > 10 ? ", …" : "")
      let one = skippedFiles.count == 1
      notes.append(
        swedish
          ? "\(skippedFiles.count) \(one ? "fil i mappen var ogiltig" : "filer i mappen var ogiltiga") och räknades inte: \(shownFiles)."
          : "\(skippedFiles.count) \(one ? "file in the folder was" : "files in the folder were") invalid and not counted: \(shownFiles)."
      )
    }
    return notes
  }
}
