import KommunKompass

/// Writes a comparison over time as CSV: one row per compared row (each area followed by its
/// sub-areas, then rows removed in a later revision, then the total, then the published totals
/// when an evaluation gives one), in the dialects of ``ScorecardCSVWriter``.
///
/// Columns: level, area id, sub-area id, rubric id, title, max; for each evaluation (headed by its
/// date) the points, the percentage and the status; then the change from the first evaluation to
/// the last in points and percentage points, the classification, the comparability and the note.
/// Figures are unrounded (six decimals). Status, classification, comparability and note are the
/// library's stable codes (`partlyAssessed`, `improved`, `revised`, `differentParts`, …); an empty
/// cell means there is no figure.
public struct TimeComparisonCSVWriter: Sendable {
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
  public func render(_ comparison: TimeComparison) -> String {
    let csv = CSVFormat(dialect: dialect)
    let swedish = language == .swedish
    var header =
      swedish
      ? ["Nivå", "Område", "Delområde", "Version av Kommunkompassen", "Rubrik", "Max"]
      : ["Level", "Area", "Sub-area", "Kommunkompassen version", "Title", "Max"]
    var versions: [String: String] = [:]
    for evaluation in comparison.evaluations {
      versions[evaluation.rubricID] = evaluation.rubricRevision
    }
    let dates = comparison.evaluations.map(\.date.description)
    for (index, date) in dates.enumerated() {
      // Evaluations allowed to share a date get their position too, so headers stay unique.
      let name = dates.filter { $0 == date }.count > 1 ? "\(date) (\(index + 1))" : date
      header +=
        swedish
        ? ["Poäng \(name)", "Procent \(name)", "Status \(name)"]
        : ["Points \(name)", "Percent \(name)", "Status \(name)"]
    }
    header +=
      swedish
      ? [
        "Förändring poäng", "Förändring procentenheter", "Förändring", "Jämförbarhet", "Anmärkning",
      ]
      : ["Change in points", "Change in percentage points", "Change", "Comparability", "Note"]
    var rows = [header]
    for row in comparison.allRows {
      let areaID: String
      let subAreaID: String
      switch row.level {
      case .total: (areaID, subAreaID) = ("", "")
      case .area: (areaID, subAreaID) = (row.id, "")
      case .subArea: (areaID, subAreaID) = (row.areaID ?? "", row.id)
      }
      var fields = [
        ComparisonLabel.levelName(row.level, in: language), areaID, subAreaID,
        versions[row.rubricID] ?? row.rubricID,
        row.title.text(in: language), csv.number(row.maxPoints),
      ]
      for value in row.values {
        fields += [
          csv.number(value.points), csv.number(value.percent),
          Self.statusLabel(value.status, in: language),
        ]
      }
      fields += [
        csv.number(row.overall.points), csv.number(row.overall.percentagePoints),
        row.classification.title.text(in: language),
        row.comparability.title.text(in: language), row.overall.note?.text.text(in: language) ?? "",
      ]
      rows.append(fields)
    }
    if let published = publishedTotalRow(comparison) { rows.append(published) }
    return csv.render(
      MunicipalityColumns.appended(
        to: rows, municipality: comparison.municipality, language: language))
  }

  /// The published totals, after the total, when an evaluation gives one: per evaluation the
  /// published points, their percentage of the maximum and `published` (or `note` or `warning`
  /// when it differs from the sum of the areas), then the change from the first published total to
  /// the last.
  private func publishedTotalRow(_ comparison: TimeComparison) -> [String]? {
    let totals = comparison.evaluations.map(\.publishedTotal)
    guard totals.contains(where: { $0 != nil }) else { return nil }
    let csv = CSVFormat(dialect: dialect)
    let label = ReportLabel.publishedTotal.text(in: language)
    var fields = [
      language == .swedish ? "publicerad total" : "published total", "", "", comparison.rubricID,
      label, csv.number(comparison.total.maxPoints),
    ]
    for (evaluation, total) in zip(comparison.evaluations, totals) {
      guard let total else {
        fields += ["", "", ""]
        continue
      }
      let maximum = evaluation.total.assessedMaxPoints
      fields += [
        csv.number(total.points), csv.number(maximum > 0 ? 100 * total.points / maximum : nil),
        total.severity?.rawValue ?? "published",
      ]
    }
    let present = totals.compactMap { $0 }
    let change =
      present.count >= 2 ? (present.last?.points ?? 0) - (present.first?.points ?? 0) : nil
    fields += [csv.number(change), "", "", "", ""]
    return fields
  }

  /// The stable code of a value's status, as the JSON documents write it.
  static func statusCode(_ status: ComparedValue.Status) -> String {
    switch status {
    case .assessed: "assessed"
    case .partlyAssessed: "partlyAssessed"
    case .notAssessed: "notAssessed"
    case .pending: "pending"
    case .noSubAreaDetail: "noSubAreaDetail"
    case .noCounterpart: "noCounterpart"
    case .notMapped: "notMapped"
    }
  }

  /// A value's status in words, as people read it in a spreadsheet; the JSON document keeps the
  /// stable codes.
  static func statusLabel(_ status: ComparedValue.Status, in language: Language) -> String {
    let text: LocalizedText =
      switch status {
      case .assessed: LocalizedText(sv: "bedömt", en: "assessed")
      case .partlyAssessed: LocalizedText(sv: "delvis bedömt", en: "partly assessed")
      case .notAssessed: LocalizedText(sv: "ej bedömt", en: "not assessed")
      case .pending: LocalizedText(sv: "ännu inte poängsatt", en: "not scored yet")
      case .noSubAreaDetail: LocalizedText(sv: "bara områdespoäng", en: "area points only")
      case .noCounterpart: LocalizedText(sv: "saknar motsvarighet", en: "no counterpart")
      case .notMapped: LocalizedText(sv: "inte kopplat", en: "not mapped")
      }
    return text.text(in: language)
  }
}
