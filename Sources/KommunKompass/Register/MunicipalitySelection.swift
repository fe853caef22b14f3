/// A part of the register: one of SKR's groups or one county, as `--group` and `--county` choose
/// peers.
public enum MunicipalitySelection: Hashable, Sendable, Codable {
  /// The municipalities of a group of SKR's kommungruppsindelning 2023.
  case group(MunicipalityGroup)
  /// The municipalities of a county.
  case county(County)

  /// Whether a registered municipality belongs to the selection.
  public func contains(_ municipality: RegisteredMunicipality) -> Bool {
    switch self {
    case .group(let group): municipality.group.code == group.code
    case .county(let county): municipality.county.code == county.code
    }
  }

  /// "kommungrupp B4 (Pendlingskommun nära större stad)" or "Örebro län (18)".
  public func label(in language: Language) -> String {
    switch self {
    case .group(let group): group.label(in: language)
    case .county(let county):
      language == .swedish
        ? "\(county.name) (\(county.code))" : "\(county.name) (county \(county.code))"
    }
  }
}
