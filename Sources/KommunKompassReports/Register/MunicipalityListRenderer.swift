import KommunKompass

/// Renders a ``MunicipalityList`` as plain text or Markdown: per municipality its code, name,
/// county and group (code and name), then the source.
public struct MunicipalityListRenderer: Sendable {
  /// The language of headings, group names and notes; names of municipalities and counties are
  /// Swedish in both.
  public var language: Language

  /// Creates a renderer.
  public init(language: Language = .swedish) {
    self.language = language
  }

  /// The list as plain text, ending with a line break.
  public func renderText(_ list: MunicipalityList) -> String {
    var lines = [list.title(in: language), ""]
    lines += table(list).text()
    lines.append("")
    lines += list.notes(in: language)
    return lines.map(\.trimmingTrailingSpaces).displayText
  }

  /// The list as Markdown, ending with a line break.
  public func renderMarkdown(_ list: MunicipalityList) -> String {
    var lines = ["# \(list.title(in: language).markdownEscaped)", ""]
    lines += table(list).markdown()
    lines.append("")
    lines += list.notes(in: language).map(\.markdownEscaped).joined(separator: "\n\n")
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    return lines.displayText
  }

  private func table(_ list: MunicipalityList) -> ComparisonTable {
    let swedish = language == .swedish
    return ComparisonTable(
      labelHeader: swedish ? "Kod   Kommun" : "Code  Municipality",
      columns: [
        ComparisonTable.Column(header: swedish ? "Län" : "County", alignment: .left),
        ComparisonTable.Column(header: swedish ? "Kommungrupp" : "Group", alignment: .left),
      ],
      rows: list.municipalities.map { municipality in
        ComparisonTable.Row(
          prefix: "\(municipality.code)  ", title: municipality.name,
          cells: [
            municipality.county.name,
            "\(municipality.group.code) \(municipality.group.name.text(in: language))",
          ])
      })
  }
}
