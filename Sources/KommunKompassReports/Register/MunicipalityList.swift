import KommunKompass

/// The municipalities `kompass municipalities` lists: the register, or one group or county of it.
public struct MunicipalityList: Sendable {
  /// The municipalities, in code order.
  public var municipalities: [RegisteredMunicipality]
  /// The group or county listed, or `nil` for the whole register.
  public var selection: MunicipalitySelection?

  /// The register's municipalities, or those of a group or county.
  public init(register: MunicipalityRegister = .bundled, selection: MunicipalitySelection? = nil) {
    municipalities = selection.map(register.municipalities(in:)) ?? register.municipalities
    self.selection = selection
  }

  /// "Sveriges kommuner: 290" or "Kommunerna i kommungrupp B4 (…): 63".
  func title(in language: Language) -> String {
    let count = municipalities.count
    switch (language, selection) {
    case (.swedish, nil): return "Sveriges kommuner: \(count)"
    case (.swedish, let selection?):
      return "Kommunerna i \(selection.label(in: .swedish)): \(count)"
    case (.english, nil): return "Sweden's municipalities: \(count)"
    case (.english, let selection?):
      return "The municipalities of \(selection.label(in: .english)): \(count)"
    }
  }

  /// The notes every format shows: the classification's year and the credit, and in English that
  /// the group names are translations.
  func notes(in language: Language) -> [String] {
    var notes = [
      language == .swedish
        ? "Kommungrupp enligt \(MunicipalityGroup.classification.swedish)."
        : "Municipality groups: \(MunicipalityGroup.classification.text(in: .english)).",
      MunicipalityRegister.credit.text(in: language),
    ]
    if language == .english {
      notes.insert(
        "SKR names the groups in Swedish only; the English names are our translation.", at: 1)
    }
    return notes
  }
}
