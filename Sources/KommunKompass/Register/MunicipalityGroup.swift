/// One of the nine groups of SKR's kommungruppsindelning 2023 (Sveriges Kommuner och Regioner's
/// classification of the municipalities by size, nearness to a larger town and commuting), which
/// Kolada and SKR's own comparisons use: `B4` "Pendlingskommun nära större stad".
///
/// The Swedish names are SKR's, as its 2023 list writes them. SKR publishes no English names for
/// the 2023 groups, so the English names are the project's translations
/// (``englishIsTranslation``), and reports say so.
public struct MunicipalityGroup: Hashable, Sendable, Codable, Comparable {
  /// The group's code: `A1`, `A2`, `B3`, `B4`, `B5`, `C6`, `C7`, `C8` or `C9`.
  public var code: String
  /// The group's name: SKR's in Swedish, the project's translation in English.
  public var name: LocalizedText
  /// The main group (A, B or C) the group belongs to.
  public var mainGroup: LocalizedText

  /// Creates a group.
  public init(code: String, name: LocalizedText, mainGroup: LocalizedText) {
    self.code = code
    self.name = name
    self.mainGroup = mainGroup
  }

  /// Whether the English names are the project's translation rather than SKR's own: always,
  /// since SKR names the 2023 groups in Swedish only.
  public var englishIsTranslation: Bool { true }

  /// "Kommungrupp B4 (Pendlingskommun nära större stad)" or, in English, "municipality group B4
  /// (Commuter municipality near a larger town, our translation)".
  public func label(in language: Language) -> String {
    switch language {
    case .swedish: "kommungrupp \(code) (\(name.swedish))"
    case .english:
      "municipality group \(code) (\(name.text(in: .english))\(englishIsTranslation ? ", our translation" : ""))"
    }
  }

  /// The name of the classification, with its year, for every output that shows groups.
  public static let classification = LocalizedText(
    sv: "SKR:s kommungruppsindelning 2023", en: "SKR's municipality groups of 2023")

  /// Orders groups by code, A1 first.
  public static func < (lhs: MunicipalityGroup, rhs: MunicipalityGroup) -> Bool {
    lhs.code < rhs.code
  }
}
