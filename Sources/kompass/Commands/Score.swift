import ArgumentParser
import KommunKompass
import KommunKompassReports

extension Kompass {
  /// `kompass score FILE`: the points table of an evaluation.
  struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Skriv ut poängtabellen för en utvärdering / print the points table.",
      discussion: """
        Per område: delområdenas uppnådda poäng, maxpoäng och procent samt områdets summa, \
        avrundat som i SKR:s rapporter; sist totalen av 800.

        Exempel / example:
          kompass score Evaluations/kumla-2020.json
          kompass score --language en Evaluations/kumla-2020.json
        """
    )

    @Argument(help: "Utvärderingsfil (JSON) / evaluation file.")
    var file: String

    @OptionGroup var options: LanguageOption

    func run() throws {
      let evaluation = try EvaluationInput.require(file, language: options.language)
      let scorecard = try EvaluationInput.scorecard(evaluation)
      Terminal.write(ScoreTableRenderer(language: options.language).render(scorecard))
    }
  }
}
