/// Sweden's 290 municipalities: SCB's codes and names (the code table of 2025-01-01), their
/// counties, and SKR's kommungruppsindelning 2023, embedded in the library from the tables in
/// `Rubrics/municipalities/`.
///
/// ```swift
/// let register = MunicipalityRegister.bundled
/// register.municipality(code: MunicipalityCode(rawValue: "1881")!)?.group.code   // "B4"
/// register.municipalities(named: "Falu kommun").map(\.code)                     // [2080]
/// register.municipalities(in: .group("B4")).count                              // 63
/// ```
///
/// Evaluations are checked against the register when they are loaded: an unknown code is an
/// error, a name that does not belong to its code a warning. A municipality marked
/// `"fictitious": true` (in test data and generated datasets) is not checked and has no county or
/// group.
public struct MunicipalityRegister: Sendable {
  /// The municipalities in code order.
  public let municipalities: [RegisteredMunicipality]
  /// The groups of SKR's classification, A1 to C9.
  public let groups: [MunicipalityGroup]
  /// Codes SCB no longer uses, with the codes that replaced them.
  public let codeChanges: [MunicipalityCodeChange]
  private let byCode: [MunicipalityCode: Int]
  private let byName: [String: [Int]]

  /// Creates a register from its parts.
  public init(
    municipalities: [RegisteredMunicipality], groups: [MunicipalityGroup],
    codeChanges: [MunicipalityCodeChange] = []
  ) {
    self.municipalities = municipalities.sorted { $0.code < $1.code }
    self.groups = groups.sorted()
    self.codeChanges = codeChanges
    var byCode: [MunicipalityCode: Int] = [:]
    var byName: [String: [Int]] = [:]
    for (index, municipality) in self.municipalities.enumerated() {
      byCode[municipality.code] = index
      for form in MunicipalityNameForms.forms(of: municipality) {
        byName[form, default: []].append(index)
      }
    }
    self.byCode = byCode
    self.byName = byName
  }

  /// The register as embedded in the library.
  public static let bundled = MunicipalityRegister(embedded: EmbeddedDataFile.municipalities)

  /// Where the data comes from, with its dates, for every output that shows counties or groups.
  public static let credit = LocalizedText(
    sv: "Källa: SCB, SKR (kommunkoder och län per 2025-01-01; kommungruppsindelning 2023)",
    en:
      "Source: SCB, SKR (municipality codes and counties as of 2025-01-01; municipality groups of 2023)"
  )

  /// The municipality with a code, or `nil` for a code not in use.
  public func municipality(code: MunicipalityCode) -> RegisteredMunicipality? {
    byCode[code].map { municipalities[$0] }
  }

  /// The municipality a code stands for: its own, or for a former code the municipality that has
  /// used another code since (Heby for `1917`).
  public func municipality(currentOrFormerCode code: MunicipalityCode) -> RegisteredMunicipality? {
    municipality(code: code) ?? codeChange(formerCode: code).flatMap { municipality(code: $0.code) }
  }

  /// The change of a code SCB no longer uses, or `nil`.
  public func codeChange(formerCode code: MunicipalityCode) -> MunicipalityCodeChange? {
    codeChanges.first { $0.formerCode == code }
  }

  /// The municipalities a name may stand for, in code order: "Kumla", "kumla kommun",
  /// "Hudiksvalls kommun", "Göteborgs Stad", "Region Gotland"; case, spacing and Unicode
  /// normalization do not matter. Empty for a name the register does not know.
  public func municipalities(named name: String) -> [RegisteredMunicipality] {
    (byName[MunicipalityNameForms.key(name)] ?? []).map { municipalities[$0] }
  }

  /// Whether a name is one the register accepts for a code in use: the fast check of
  /// ``problems(for:date:at:)`` finding nothing, for the peer scanner.
  package func isRegistered(name: String, code: MunicipalityCode) -> Bool {
    guard let index = byCode[code] else { return false }
    return byName[MunicipalityNameForms.key(name)]?.contains(index) ?? false
  }

  /// The municipalities of a selection, in code order.
  public func municipalities(in selection: MunicipalitySelection) -> [RegisteredMunicipality] {
    municipalities.filter { selection.contains($0) }
  }

  /// The counties, in code order.
  public var counties: [County] {
    Array(Set(municipalities.map(\.county))).sorted()
  }

  /// The group with a code (`B4`, case ignored), or `nil`.
  public func group(code: String) -> MunicipalityGroup? {
    groups.first { $0.code == code.uppercased() }
  }

  /// The county with a code (`18`, or `1` for `01`), or `nil`.
  public func county(code: String) -> County? {
    let padded = code.count == 1 ? "0" + code : code
    return municipalities.first { $0.county.code == padded }?.county
  }

  /// The codes nearest to a code that is not in use, for suggestions: those of the same county
  /// first, then those differing in the fewest digits (two neighbouring digits swapped count as
  /// one), then the numerically closest; at most `limit`.
  public func nearestCodes(to code: String, limit: Int = 3) -> [RegisteredMunicipality] {
    let digits = Array(code.utf8)
    let number = Int(code) ?? 0
    func distance(_ municipality: RegisteredMunicipality) -> (Int, Int, Int) {
      let other = Array(municipality.code.rawValue.utf8)
      var differing =
        zip(digits, other).filter { $0 != $1 }.count + abs(digits.count - other.count)
      // Two neighbouring digits swapped, as in 1818 for 1881, is one slip.
      if differing == 2, digits.count == other.count,
        let first = digits.indices.first(where: { digits[$0] != other[$0] }),
        first + 1 < digits.count, digits[first] == other[first + 1],
        digits[first + 1] == other[first]
      {
        differing = 1
      }
      let county = code.hasPrefix(municipality.county.code) ? 0 : 1
      return (county, differing, abs((Int(municipality.code.rawValue) ?? 0) - number))
    }
    return Array(municipalities.sorted { distance($0) < distance($1) }.prefix(limit))
  }
}
