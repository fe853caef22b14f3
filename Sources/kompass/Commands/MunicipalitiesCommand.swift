import ArgumentParser
import KommunKompass
import KommunKompassReports

extension Kompass {
  /// `kompass municipalities`: the municipality register, or one group or county of it.
  struct MunicipalitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "municipalities",
      abstract:
        "Lista Sveriges kommuner med län och kommungrupp / list the municipalities with county and group.",
      discussion: """
        Registret som utvärderingar kontrolleras mot och som --group och --county i compare och \
        report väljer jämförelsekommuner ur: SCB:s kommunkod och namn, länet och kommungruppen \
        i SKR:s kommungruppsindelning 2023 (A1 Storstäder … C9 Landsbygdskommun med \
        besöksnäring). På engelska är gruppernas namn projektets översättning. / The register \
        evaluations are checked against and --group and --county choose peers from.

        \(MunicipalityRegister.credit.swedish)

        \(OutputOptions.replacementHelp)

        Exempel / examples:
          kompass municipalities
          kompass municipalities --group B4
          kompass municipalities --county 18 --format csv --output orebro-lan.csv
          kompass municipalities --language en --format json
        """
    )

    @Option(
      help: ArgumentHelp(
        "Bara en kommungrupp (SKR 2023), A1–C9 / only one group.", valueName: "grupp"))
    var group: String?

    @Option(
      help: ArgumentHelp(
        "Bara ett län, med länskod (18) eller namn (Örebro län) / only one county.",
        valueName: "län"))
    var county: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
      let selectionOptions = PeerSelectionOptions(group: group, county: county)
      if group?.lowercased() == "same" {
        throw ValidationError(
          output.language.language == .swedish
            ? "--group same gäller bara compare och report; ange en grupp, A1–C9."
            : "--group same applies to compare and report only; give a group, A1–C9.")
      }
      try selectionOptions.validate(hasPeers: true, language: output.language.language)
    }

    func run() throws {
      let language = output.language.language
      let register = MunicipalityRegister.bundled
      var selection: MunicipalitySelection?
      if let group, let found = register.group(code: group) { selection = .group(found) }
      if let county, let found = PeerSelectionOptions.county(county, in: register) {
        selection = .county(found)
      }
      let list = MunicipalityList(register: register, selection: selection)
      let text: String
      switch output.format {
      case .text: text = MunicipalityListRenderer(language: language).renderText(list)
      case .markdown: text = MunicipalityListRenderer(language: language).renderMarkdown(list)
      case .csv:
        text = MunicipalityListCSVWriter(dialect: output.csvDialect, language: language).render(
          list)
      case .json: text = try MunicipalityListDocument(list, language: language).jsonText()
      }
      try output.emit(text, inputs: [])
    }
  }
}
