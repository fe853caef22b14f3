import KommunKompass

/// The columns every CSV export of an evaluation ends with: the municipality code, the county and
/// the group of SKR's kommungruppsindelning 2023, from the `MunicipalityRegister` (empty for a
/// fictitious municipality or a code the register does not know).
enum MunicipalityColumns {
  /// The header cells.
  static func header(in language: Language) -> [String] {
    language == .swedish
      ? ["Kommunkod", "Län", "Kommungrupp (SKR 2023)", "Kommungruppens namn"]
      : ["Municipality code", "County", "Group (SKR 2023)", "Group name"]
  }

  /// The cells of a municipality.
  static func cells(
    _ municipality: Municipality, in language: Language,
    register: MunicipalityRegister = .bundled
  ) -> [String] {
    let registered =
      municipality.isFictitious
      ? nil : register.municipality(currentOrFormerCode: municipality.code)
    return [
      municipality.code.rawValue, registered?.county.name ?? "", registered?.group.code ?? "",
      registered?.group.name.text(in: language) ?? "",
    ]
  }

  /// The rows, the first being the header, with the columns added to each.
  static func appended(
    to rows: [[String]], municipality: Municipality, language: Language
  ) -> [[String]] {
    let cells = cells(municipality, in: language)
    return rows.enumerated().map { index, row in
      row + (index == 0 ? header(in: language) : cells)
    }
  }
}
