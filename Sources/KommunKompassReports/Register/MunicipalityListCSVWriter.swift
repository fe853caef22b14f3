import KommunKompass

/// Writes a ``MunicipalityList`` as CSV in the dialects of ``ScorecardCSVWriter``: one row per
/// municipality with its code, name, county code and name, and group code and name.
public struct MunicipalityListCSVWriter: Sendable {
  /// The CSV flavour.
  public var dialect: CSVDialect
  /// The language of the header and the group names.
  public var language: Language

  /// Creates a writer.
  public init(dialect: CSVDialect = .excel, language: Language = .swedish) {
    self.dialect = dialect
    self.language = language
  }

  /// The CSV text.
  public func render(_ list: MunicipalityList) -> String {
    let header =
      language == .swedish
      ? ["Kommunkod", "Kommun", "Länskod", "Län", "Kommungrupp", "Kommungruppens namn"]
      : ["Municipality code", "Municipality", "County code", "County", "Group", "Group name"]
    let rows = list.municipalities.map { municipality in
      [
        municipality.code.rawValue, municipality.name, municipality.county.code,
        municipality.county.name, municipality.group.code,
        municipality.group.name.text(in: language),
      ]
    }
    return CSVFormat(dialect: dialect).render([header] + rows)
  }
}
