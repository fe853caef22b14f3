import ArgumentParser
import Foundation
import KommunKompass

/// `--group` and `--county` of `compare --peers` and `report --peers`: peers chosen by the
/// municipality register.
struct PeerSelectionOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Bara jämförelsekommuner i en kommungrupp (SKR 2023), A1–C9, eller same för kommunens egen / only peers of an SKR group, or same.",
      valueName: "grupp"))
  var group: String?

  @Option(
    help: ArgumentHelp(
      "Bara jämförelsekommuner i ett län, med länskod (18) eller namn (Örebro län) / only peers of a county.",
      valueName: "län"))
  var county: String?

  init() {}

  /// Options with the given values, for commands that take `--group` and `--county` themselves.
  init(group: String?, county: String?) {
    self.group = group
    self.county = county
  }

  /// What the help of a command with these options says about them, with the register's credit.
  static let help = """
    Med --group väljs jämförelsekommunerna i mappen efter SKR:s kommungruppsindelning 2023 \
    (A1 Storstäder … C9 Landsbygdskommun med besöksnäring; same: den jämförda kommunens egen \
    grupp), med --county efter län; utvärderingar av påhittade kommuner ("fictitious": true) \
    räknas då inte. Utskriften anger gruppen eller länet och hur många av dess kommuner som har \
    en utvärdering i mappen. / --group chooses the peers by SKR's municipality groups of 2023, \
    --county by county; the output names the group or county and how many of its municipalities \
    have an evaluation in the folder.

    \(MunicipalityRegister.credit.swedish)
    """

  /// Checks the options that need no evaluation: at most one of them, and only with `--peers`.
  func validate(hasPeers: Bool, language: Language) throws {
    let swedish = language == .swedish
    if group != nil && county != nil {
      throw ValidationError(
        swedish
          ? "Ange högst en av --group och --county." : "Give at most one of --group and --county.")
    }
    if (group != nil || county != nil) && !hasPeers {
      throw ValidationError(
        swedish
          ? "--group och --county gäller bara --peers."
          : "--group and --county apply to --peers only.")
    }
    let register = MunicipalityRegister.bundled
    if let group, group.lowercased() != "same", register.group(code: group) == nil {
      let known = register.groups.map(\.code).joined(separator: ", ")
      throw ValidationError(
        swedish
          ? "Kommungruppen \"\(group)\" finns inte; SKR:s grupper 2023 är \(known), eller same."
          : "There is no municipality group \"\(group)\"; SKR's groups of 2023 are \(known), or same."
      )
    }
    if let county, Self.county(county, in: register) == nil {
      let known = register.counties.map(\.code).joined(separator: ", ")
      throw ValidationError(
        swedish
          ? "Länet \"\(county)\" finns inte; länskoderna är \(known)."
          : "There is no county \"\(county)\"; the county codes are \(known).")
    }
  }

  /// The selection for an evaluation, or `nil` without `--group` and `--county`.
  ///
  /// - Throws: Exit code 1, after a message, when `--group same` is given for a municipality the
  ///   register does not place in a group (a fictitious one, say).
  func selection(for evaluation: Evaluation, file: String, language: Language) throws
    -> MunicipalitySelection?
  {
    let register = MunicipalityRegister.bundled
    if let county { return Self.county(county, in: register).map(MunicipalitySelection.county) }
    guard let group else { return nil }
    guard group.lowercased() == "same" else {
      return register.group(code: group).map(MunicipalitySelection.group)
    }
    let municipality = evaluation.municipality
    guard !municipality.isFictitious,
      let registered = register.municipality(currentOrFormerCode: municipality.code)
    else {
      let why =
        municipality.isFictitious
        ? (sv: "är påhittad", en: "is fictitious")
        : (sv: "finns inte i registret", en: "is not in the register")
      Terminal.writeError(
        language == .swedish
          ? "\(file): fel: \(municipality.name) (\(municipality.code)) \(why.sv) och har ingen kommungrupp; ange gruppen, till exempel --group B4"
          : "\(file): error: \(municipality.name) (\(municipality.code)) \(why.en) and has no municipality group; give the group, for example --group B4"
      )
      throw ExitStatus.invalidInputError
    }
    return .group(registered.group)
  }

  /// The county with a code ("18", "1") or a name ("Örebro län", "örebro").
  static func county(_ text: String, in register: MunicipalityRegister) -> County? {
    if let county = register.county(code: text) { return county }
    let wanted = text.precomposedStringWithCanonicalMapping.lowercased()
    return register.counties.first {
      let name = $0.name.lowercased()
      return name == wanted || name == wanted + " län" || name == wanted + "s län"
    }
  }
}
