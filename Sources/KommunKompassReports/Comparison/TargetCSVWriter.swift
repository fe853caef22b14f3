import KommunKompass

/// Writes a target comparison as CSV: one row per targeted area followed by its targeted
/// sub-areas, then the total when there is one, in the dialects of ``ScorecardCSVWriter``.
///
/// Columns: level, area id, sub-area id, title, max, target, baseline, current, gap (target minus
/// current, 0 when reached), progress in whole percent (0 at the baseline, 100 at the target: the
/// percentage the text shows), status and note codes. Points are unrounded (six decimals); an
/// empty cell means there is none.
public struct TargetCSVWriter: Sendable {
  /// The CSV flavour.
  public var dialect: CSVDialect
  /// The language of the header, titles and level names.
  public var language: Language

  /// Creates a writer.
  public init(dialect: CSVDialect = .excel, language: Language = .swedish) {
    self.dialect = dialect
    self.language = language
  }

  /// The CSV text.
  public func render(_ comparison: TargetComparison) -> String {
    let csv = CSVFormat(dialect: dialect)
    let header =
      language == .swedish
      ? [
        "Nivå", "Område", "Delområde", "Rubrik", "Max", "Mål", "Utgångsläge", "Nu", "Kvar",
        "Framsteg (%)", "Status", "Not",
      ]
      : [
        "Level", "Area", "Sub-area", "Title", "Max", "Target", "Baseline", "Now", "To go",
        "Progress (%)", "Status", "Note",
      ]
    var rows = [header]
    for row in comparison.allRows {
      let areaID: String
      let subAreaID: String
      switch row.level {
      case .total: (areaID, subAreaID) = ("", "")
      case .area: (areaID, subAreaID) = (row.id, "")
      case .subArea: (areaID, subAreaID) = (row.areaID ?? "", row.id)
      }
      rows.append([
        ComparisonLabel.levelName(row.level, in: language), areaID, subAreaID,
        row.title.text(in: language),
        csv.number(row.maxPoints), csv.number(row.target), csv.number(row.baseline),
        csv.number(row.current),
        csv.number(row.gap), row.displayProgressPercent.map(String.init) ?? "",
        row.status.title.text(in: language),
        row.note?.text.text(in: language) ?? "",
      ])
    }
    return csv.render(
      MunicipalityColumns.appended(
        to: rows, municipality: comparison.municipality, language: language))
  }
}
