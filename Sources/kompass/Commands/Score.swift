import ArgumentParser
import KommunKompass

extension Kompass {
  /// `kompass score FILE`: the points table of an evaluation.
  struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Skriv ut poängtabellen för en utvärdering / print the points table.",
      discussion: """
        Per område: delområdenas uppnådda poäng, maxpoäng och procent samt områdets summa, \
        avrundat som i SKR:s rapporter; sist totalen av 800.

        JSON och CSV anger även kommunens län och kommungrupp (SKR 2023) ur registret över \
        kommunerna. / JSON and CSV also give the county and SKR group.

        \(MunicipalityRegister.credit.swedish)

        \(OutputOptions.replacementHelp)

        Exempel / examples:
          kompass score Evaluations/kumla-2020.json
          kompass score --language en Evaluations/kumla-2020.json
          kompass score --format csv --output kumla.csv Evaluations/kumla-2020.json
        """
    )

    @Argument(help: "Utvärderingsfil (JSON) / evaluation file.")
    var file: String

    @OptionGroup var output: OutputOptions

    func run() throws {
      let evaluation = try EvaluationInput.require(file, language: output.language.language)
      let scorecard = try EvaluationInput.scorecard(evaluation)
      try output.emit(
        try ScorecardOutput.render(scorecard, view: .table, options: output), inputs: [file])
    }
  }
}
