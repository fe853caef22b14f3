/// One of Sweden's 290 municipalities as the ``MunicipalityRegister`` knows it: SCB's code and
/// name, the county and SKR's group.
public struct RegisteredMunicipality: Hashable, Sendable {
  /// SCB's municipality code.
  public var code: MunicipalityCode
  /// The name without "kommun", as SCB writes it: "Kumla", "Falun", "Gotland".
  public var name: String
  /// The county (län).
  public var county: County
  /// The group in SKR's kommungruppsindelning 2023.
  public var group: MunicipalityGroup
  /// Official long forms of the name that no rule derives from ``name``, such as "Falu kommun"
  /// and "Region Gotland"; empty for most municipalities.
  public var longForms: [String]

  /// Creates a registered municipality.
  public init(
    code: MunicipalityCode, name: String, county: County, group: MunicipalityGroup,
    longForms: [String] = []
  ) {
    self.code = code
    self.name = name
    self.county = county
    self.group = group
    self.longForms = longForms
  }

  /// The name as a municipality writes it in full: the first long form when there is one
  /// ("Region Gotland", "Falu kommun"), otherwise the genitive and "kommun": "Kumla kommun",
  /// "Hudiksvalls kommun", "Borås kommun".
  public var formalName: String {
    longForms.first ?? "\(MunicipalityNameForms.genitive(of: name)) kommun"
  }

  /// Whether a name, as an evaluation file may write it, names this municipality: the name with or
  /// without "kommun", in the genitive ("Hudiksvalls kommun"), as a "stad" ("Stockholms stad",
  /// "Göteborgs Stad", "Malmö stad") or one of the ``longForms``; case, spacing and Unicode
  /// normalization (NFC or NFD) do not matter.
  public func isNamed(_ text: String) -> Bool {
    MunicipalityNameForms.forms(of: self).contains(MunicipalityNameForms.key(text))
  }
}
