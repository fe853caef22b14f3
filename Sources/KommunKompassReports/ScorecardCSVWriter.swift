import KommunKompass

/// Writes a scorecard as CSV: one row per sub-area, per area total and for the total, then, when the
/// evaluation gives one, a row for the published total (level "publicerad total", its note as the
/// title and `note` or `warning` as the status when it differs from the sum).
///
/// Columns: level, area id, sub-area id, title, points (unrounded), max, assessed max, percent
/// (unrounded), points and percent rounded as published, and status.
public struct ScorecardCSVWriter: Sendable {
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
  public func render(_ scorecard: Scorecard) -> String {
    let header: [String] =
      switch language {
      case .swedish:
        [
          "Nivå", "Område", "Delområde", "Rubrik", "Poäng", "Max", "Bedömd max", "Procent",
          "Poäng avrundat",
          "Procent avrundat", "Status",
        ]
      case .english:
        [
          "Level", "Area", "Sub-area", "Title", "Points", "Max", "Assessed max", "Percent",
          "Points rounded",
          "Percent rounded", "Status",
        ]
      }
    var rows = [header]
    for area in scorecard.areas {
      for subArea in area.subAreas {
        rows.append(
          row(
            level: language == .swedish ? "delområde" : "sub-area", areaID: area.id,
            subAreaID: subArea.id,
            title: subArea.title.text(in: language), score: subArea.score,
            status: status(subArea.status).text(in: language)))
      }
      rows.append(
        row(
          level: language == .swedish ? "område" : "area", areaID: area.id, subAreaID: "",
          title: area.title.text(in: language), score: area.score, status: ""))
    }
    var totalRow = row(
      level: language == .swedish ? "totalt" : "total", areaID: "", subAreaID: "",
      title: scorecard.headline, score: scorecard.total,
      status: scorecard.totalOnlyStatus.map { status($0).text(in: language) } ?? "")
    if let status = scorecard.totalOnlyStatus, status != .scored {
      // A totals-only evaluation without points: no figures, never 0 of 0.
      for column in [4, 6, 8] { totalRow[column] = "" }
    }
    rows.append(totalRow)
    if let published = scorecard.publishedTotalScore {
      // Labelled as the published total; its title is the note when it differs from the sum.
      rows.append(
        row(
          level: language == .swedish ? "publicerad total" : "published total", areaID: "",
          subAreaID: "",
          title: scorecard.publishedTotal?.note?.text(in: language) ?? scorecard.headline,
          score: published,
          status: scorecard.publishedTotal?.severity?.label.text(in: language) ?? ""))
    }
    return CSVFormat(dialect: dialect).render(
      MunicipalityColumns.appended(
        to: rows, municipality: scorecard.municipality, language: language))
  }

  private func row(
    level: String, areaID: String, subAreaID: String, title: String, score: Score, status: String
  )
    -> [String]
  {
    let csv = CSVFormat(dialect: dialect)
    return [
      level, areaID, subAreaID, title, csv.number(score.points), csv.number(score.maxPoints),
      csv.number(score.assessedMaxPoints), csv.number(score.percent), String(score.displayPoints),
      csv.integer(score.displayPercent), status,
    ]
  }

  private func status(_ status: SubAreaScore.Status) -> LocalizedText {
    switch status {
    case .scored: LocalizedText(sv: "poängsatt", en: "scored")
    case .notAssessed: LocalizedText(sv: "ej bedömt", en: "not assessed")
    case .pending: LocalizedText(sv: "ännu inte poängsatt", en: "not scored yet")
    }
  }
}
