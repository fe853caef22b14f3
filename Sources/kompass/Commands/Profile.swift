import ArgumentParser
import KommunKompass

extension Kompass {
  /// `kompass profile FILE`: the points profile with strengths and improvement opportunities.
  struct Profile: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Visa poängprofilen med styrkor och förbättringsmöjligheter / show the profile.",
      discussion: """
        En rad per område med poäng, procent och stapel, sedan per område utvärderarnas styrkor \
        och förbättringsmöjligheter och de delområden som ligger minst 10 procentenheter över \
        eller under helheten, sist sammanfattningen.

        JSON och CSV anger även kommunens län och kommungrupp (SKR 2023) ur registret över \
        kommunerna. / JSON and CSV also give the county and SKR group.

        \(MunicipalityRegister.credit.swedish)

        \(OutputOptions.replacementHelp)

        Exempel / examples:
          kompass profile Evaluations/kumla-2020.json
          kompass profile --format markdown --output kumla.md Evaluations/kumla-2020.json
        """
    )

    @Argument(help: "Utvärderingsfil (JSON) / evaluation file.")
    var file: String

    @OptionGroup var output: OutputOptions

    func run() throws {
      let evaluation = try EvaluationInput.require(file, language: output.language.language)
      let scorecard = try EvaluationInput.scorecard(evaluation)
      try output.emit(
        try ScorecardOutput.render(scorecard, view: .profile, options: output), inputs: [file])
    }
  }
}
