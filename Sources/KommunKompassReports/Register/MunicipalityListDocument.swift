import KommunKompass

/// The stable JSON shape of `kompass municipalities --format json`.
///
/// ```json
/// { "formatVersion": 1, "language": "sv", "selection": { "kind": "group", "code": "B4" },
///   "count": 63, "source": "Källa: SCB, SKR (…)",
///   "municipalities": [{ "code": "0331", "name": "Heby", "county": { … }, "group": { … } }] }
/// ```
public struct MunicipalityListDocument: Codable, Hashable, Sendable {
  /// The version of this JSON shape.
  public static let currentFormatVersion = 1

  /// The group or county listed.
  public struct Selection: Codable, Hashable, Sendable {
    /// `group` or `county`.
    package var kind: String
    /// The group's or county's code.
    package var code: String
  }

  /// One municipality.
  public struct Entry: Codable, Hashable, Sendable {
    /// SCB's code.
    package var code: String
    /// The name without "kommun".
    package var name: String
    /// The name as the municipality writes it in full.
    package var formalName: String
    /// The county.
    package var county: MunicipalityDocument.CountyInfo
    /// The group.
    package var group: MunicipalityDocument.GroupInfo
  }

  /// The version of this JSON shape.
  package var formatVersion: Int
  /// The language of the group names: `sv` or `en`.
  package var language: String
  /// The group or county listed; absent for the whole register.
  package var selection: Selection?
  /// How many municipalities are listed.
  package var count: Int
  /// The credit of the data, with its dates.
  package var source: String
  /// The municipalities in code order.
  package var municipalities: [Entry]

  /// The document for a list.
  public init(_ list: MunicipalityList, language: Language) {
    formatVersion = Self.currentFormatVersion
    self.language = language.rawValue
    selection = list.selection.map { selection in
      switch selection {
      case .group(let group): Selection(kind: "group", code: group.code)
      case .county(let county): Selection(kind: "county", code: county.code)
      }
    }
    count = list.municipalities.count
    source = MunicipalityRegister.credit.text(in: language)
    municipalities = list.municipalities.map {
      Entry(
        code: $0.code.rawValue, name: $0.name, formalName: $0.formalName,
        county: MunicipalityDocument.CountyInfo(code: $0.county.code, name: $0.county.name),
        group: MunicipalityDocument.GroupInfo(
          code: $0.group.code, name: $0.group.name.text(in: language), classification: "SKR 2023"))
    }
  }

  /// The document as pretty-printed JSON, keys in declaration order, ending with a line break.
  public func jsonText() throws -> String {
    try OrderedJSONEncoder().encode(self)
  }
}
