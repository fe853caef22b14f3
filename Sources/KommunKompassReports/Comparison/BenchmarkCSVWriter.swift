import KommunKompass

/// Writes a municipality against peers or a reference profile as CSV: one row per area, then the
/// total, in the dialects of ``ScorecardCSVWriter``.
///
/// Columns: level, area id, title, max, the municipality's points on the full maximum and its
/// status; against peers the number of peers with a figure, mean, median, lowest, highest,
/// difference from the mean, rank, ranked out of, tied peers; against a reference profile the
/// profile's points and the difference; last the row's note. Figures are unrounded (six decimals);
/// an empty cell means there is none (for example with too few peers).
public struct BenchmarkCSVWriter: Sendable {
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
  public func render(_ comparison: BenchmarkComparison) -> String {
    let csv = CSVFormat(dialect: dialect)
    let swedish = language == .swedish
    let isReference = if case .reference = comparison.basis { true } else { false }
    var header =
      swedish
      ? ["Nivå", "Område", "Rubrik", "Max", "Kommunen", "Status"]
      : ["Level", "Area", "Title", "Max", "Municipality", "Status"]
    if isReference {
      header += swedish ? ["Referens", "Skillnad"] : ["Reference", "Difference"]
    } else {
      header +=
        swedish
        ? [
          "Antal", "Medelvärde", "Median", "Lägst", "Högst", "Skillnad", "Placering", "Av",
          "Delas med antal",
        ]
        : [
          "Count", "Mean", "Median", "Lowest", "Highest", "Difference", "Rank", "Out of",
          "Shared with",
        ]
    }
    header.append(swedish ? "Anmärkning" : "Note")
    var rows = [header]
    for row in comparison.rows {
      var fields = [
        ComparisonLabel.levelName(row.level, in: language), row.level == .total ? "" : row.id,
        row.title.text(in: language), csv.number(row.maxPoints), csv.number(row.subjectPoints),
        TimeComparisonCSVWriter.statusLabel(row.subject.status, in: language),
      ]
      if isReference {
        fields += [csv.number(row.referencePoints), csv.number(row.difference)]
      } else {
        let statistics = row.statistics
        fields += [
          csv.integer(statistics?.count), csv.number(statistics?.mean),
          csv.number(statistics?.median),
          csv.number(statistics?.minimum), csv.number(statistics?.maximum),
          csv.number(row.difference),
          csv.integer(row.rank?.position), csv.integer(row.rank?.outOf),
          csv.integer(row.rank?.tiedPeers),
        ]
      }
      fields.append(row.note?.text(in: language) ?? "")
      rows.append(fields)
    }
    return csv.render(
      MunicipalityColumns.appended(
        to: rows, municipality: comparison.municipality, language: language))
  }
}
