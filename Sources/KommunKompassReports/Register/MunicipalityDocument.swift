import KommunKompass

/// A municipality as the JSON exports show it: the name and code the file gives, and for a real
/// municipality its county and group from the `MunicipalityRegister`.
///
/// ```json
/// { "name": "Kumla kommun", "code": "1881",
///   "county": { "code": "18", "name": "Örebro län" },
///   "group": { "code": "B4", "name": "Pendlingskommun nära större stad", "classification": "SKR 2023" } }
/// ```
///
/// A fictitious municipality has `"fictitious": true` and neither county nor group; so has a code
/// the register does not know.
public struct MunicipalityDocument: Codable, Hashable, Sendable {
  /// A county.
  public struct CountyInfo: Codable, Hashable, Sendable {
    /// SCB's two-digit county code.
    package var code: String
    /// The county's name.
    package var name: String
  }

  /// A group of SKR's kommungruppsindelning.
  public struct GroupInfo: Codable, Hashable, Sendable {
    /// The group's code, `A1` to `C9`.
    package var code: String
    /// The group's name in the document's language (in English the project's translation).
    package var name: String
    /// The classification: `SKR 2023`.
    package var classification: String
  }

  /// The name as the file writes it.
  package var name: String
  /// The municipality code.
  package var code: String
  /// `true` for a made-up municipality; absent otherwise.
  package var fictitious: Bool?
  /// The county, for a municipality in the register.
  package var county: CountyInfo?
  /// The group, for a municipality in the register.
  package var group: GroupInfo?

  /// The document for a municipality, with the register's county and group.
  public init(
    _ municipality: Municipality, language: Language, register: MunicipalityRegister = .bundled
  ) {
    name = municipality.name
    code = municipality.code.rawValue
    fictitious = municipality.isFictitious ? true : nil
    let registered =
      municipality.isFictitious
      ? nil : register.municipality(currentOrFormerCode: municipality.code)
    county = registered.map { CountyInfo(code: $0.county.code, name: $0.county.name) }
    group = registered.map {
      GroupInfo(
        code: $0.group.code, name: $0.group.name.text(in: language), classification: "SKR 2023")
    }
  }
}
