import ArgumentParser
import KommunKompass
import KommunKompassReports

extension Kompass {
  /// `kompass rubric [ID]`: lists the bundled rubrics or shows one.
  struct RubricCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "rubric",
      abstract:
        "Lista versionerna av Kommunkompassen eller visa en / list the rubrics or show one.",
      discussion: """
        Utan id: en rad per inbyggd rubrik. Med id: områden, delområden, maxpoäng och vad \
        utvärderarna letar efter i varje delområde.

        Exempel / examples:
          kompass rubric
          kompass rubric kommunkompassen-2020
        """
    )

    @Argument(help: "Versionens id / the rubric's id.")
    var id: String?

    @OptionGroup var options: LanguageOption

    func run() throws {
      let renderer = RubricRenderer(language: options.language)
      guard let id else {
        Terminal.write(renderer.renderList(RubricCatalog.bundled.rubrics))
        return
      }
      let rubric = try EvaluationInput.requireRubric(id, language: options.language)
      Terminal.write(renderer.render(rubric))
    }
  }
}
