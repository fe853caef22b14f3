import KommunKompass

extension MarkdownRenderer {
  /// A section, to follow a profile, with the comparison over time as `kompass compare` writes it in
  /// Markdown (the evaluations, the change table and the lists), its headings one level down; it
  /// starts with an empty line and ends with a line break.
  public func comparisonSection(_ comparison: TimeComparison) -> String {
    let body = TimeComparisonRenderer(language: language).renderMarkdown(comparison)
    // The notes on versions in the report's own words, in place of the comparison's.
    let versionNotes = VersionNotes(comparison: comparison, language: language)
    let replaced = versionNotes.replaced.map(\.markdownEscaped)
    var ownNotes = versionNotes.sentences.map(\.markdownEscaped)
    var lines: [String] = []
    for line in body.split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
      if !line.isEmpty, replaced.contains(where: { line.contains($0) }) {
        if !ownNotes.isEmpty { lines.append(ownNotes.joined(separator: "\n\n")) }
        ownNotes = []
        if lines.last == "" { lines.removeLast() }
        continue
      }
      lines.append(line.hasPrefix("## ") ? "#" + line : String(line))
    }
    return "\n## \(HTMLReportLabels.text(.comparison, language))\n" + lines.joined(separator: "\n")
  }

  /// A section, to follow a profile, with the peers' statistics of `kompass compare --peers`: the
  /// table with the number of peers behind each row, and its notes; it starts with an empty line
  /// and ends with a line break.
  public func peerStatisticsSection(
    _ benchmark: BenchmarkComparison, skippedFiles: [String] = []
  ) -> String {
    let renderer = BenchmarkRenderer(language: language)
    let table = renderer.table(benchmark, withPeerCounts: true)
    var lines = ["", "## \(benchmark.label.text(in: language).markdownEscaped)"]
    for note in benchmark.notesBesideSelection(in: language) {
      lines += ["", note.markdownEscaped]
    }
    lines.append("")
    lines += table.markdown()
    lines.append("")
    lines += renderer.notes(benchmark, skippedFiles: skippedFiles).map { "- \($0.markdownEscaped)" }
    return lines.displayText
  }
}

extension BenchmarkComparison {
  /// The comparison's notes less those the peer selection section already shows (how the peers
  /// were chosen and the register's credit).
  func notesBesideSelection(in language: Language) -> [String] {
    let shown: Set<String> =
      selection.map {
        [$0.sentence.text(in: language), MunicipalityRegister.credit.text(in: language)]
      }
      ?? []
    return notes.map { $0.text(in: language) }.filter { !shown.contains($0) }
  }
}
