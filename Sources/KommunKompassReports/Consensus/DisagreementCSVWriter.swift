import KommunKompass

/// Writes a `DisagreementReport` as CSV, in the dialects of ``ScorecardCSVWriter``: one row per
/// sub-area (area, in an area-level evaluation) in the report's order, largest disagreement first,
/// then one row per area and one for the total.
///
/// Columns: level, area id, id, title, max, one column of points per evaluator (headed by their
/// name; `ej bedömt` / `not assessed` where they did not assess), spread, spread as a percentage of
/// the maximum, mean, median and the flag (`spread` or `scoredAndNotAssessed`). Area and total rows
/// give each evaluator's sum and the range in the spread column. Figures are unrounded (six
/// decimals); an empty cell means there is none.
public struct DisagreementCSVWriter: Sendable {
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
  public func render(_ report: DisagreementReport) -> String {
    let csv = CSVFormat(dialect: dialect)
    let swedish = language == .swedish
    var header =
      swedish
      ? ["Nivå", "Område", "Id", "Rubrik", "Max"] : ["Level", "Area", "Id", "Title", "Max"]
    header += report.evaluators
    header +=
      swedish
      ? ["Spridning", "Spridning procent", "Medelvärde", "Median", "Flagga"]
      : ["Spread", "Spread percent", "Mean", "Median", "Flag"]
    var rows = [header]
    let notAssessed = ReportLabel.notAssessed.text(in: language)
    let unitLevel = report.detail == .area ? "area" : "subArea"
    for row in report.rows {
      var fields = [
        levelName(unitLevel), row.areaID, row.id, row.title.text(in: language),
        csv.number(row.maxPoints),
      ]
      fields += row.assessments.map { assessment in
        switch assessment {
        case .points(let points)?: csv.number(points)
        case .notAssessed?: notAssessed
        case .pending?: swedish ? "ännu inte poängsatt" : "not scored yet"
        case nil: ""
        }
      }
      fields += [
        csv.number(row.spread), csv.number(row.spreadShare.map { $0 * 100 }),
        csv.number(row.mean), csv.number(row.median), row.flag?.rawValue ?? "",
      ]
      rows.append(fields)
    }
    for spread in report.areas + [report.total] {
      let isTotal = spread.id == nil
      var fields = [
        levelName(isTotal ? "total" : "area"), spread.id ?? "", spread.id ?? "",
        spread.title.text(in: language), csv.number(spread.maxPoints),
      ]
      fields += spread.points.map { $0.map { csv.number($0) } ?? notAssessed }
      fields += [csv.number(spread.range), "", "", "", ""]
      rows.append(fields)
    }
    return csv.render(rows)
  }

  private func levelName(_ level: String) -> String {
    switch (level, language) {
    case ("subArea", .swedish): "delområde"
    case ("subArea", .english): "sub-area"
    case ("area", .swedish): "område"
    case ("area", .english): "area"
    case (_, .swedish): "totalt"
    case (_, .english): "total"
    }
  }
}
