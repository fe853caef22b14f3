import ArgumentParser
import Foundation
import KommunKompass
import KommunKompassReports

extension Kompass {
  /// `kompass form --output form.html`: writes the evaluation form, one self-contained HTML page.
  struct FormCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "form",
      abstract: "Skriv ett utvärderingsformulär för webbläsaren / write an evaluation form.",
      discussion: """
        Formuläret är en fristående HTML-fil (CSS och JavaScript inbäddade, inga \
        nätverksanrop) som öppnas i webbläsaren. Utvärderarna fyller i kommun, datum, \
        utvärderare, underlag, poäng eller "ej bedömt" per delområde, iakttagelser, styrkor, \
        förbättringsmöjligheter, sammanfattning och goda exempel, med summor och procent medan \
        de skriver. "Spara som JSON" ger en utvärderingsfil som kompass validate godtar; \
        "Öppna…" läser in en utvärderingsfil. Allt som skrivs sparas i webbläsarens lokala \
        lagring tills det rensas. Med --from öppnas formuläret med en befintlig utvärdering.

        \(OutputOptions.replacementHelp)

        Exempel / examples:
          kompass form --output formular.html
          kompass form --from Evaluations/kumla-2020.json --output kumla-formular.html
          kompass form --rubric kommunkompassen-2016 --language en --output form-2016.html
        """
    )

    @Option(
      help: ArgumentHelp(
        "Version av Kommunkompassen för en ny utvärdering / the rubric of a new evaluation.",
        valueName: "id"))
    var rubric: String?

    @Option(
      help: ArgumentHelp(
        "Öppna formuläret med en utvärdering / open the form with an evaluation.",
        valueName: "fil"))
    var from: String?

    @Option(
      name: [.customShort("o"), .long],
      help: ArgumentHelp("Filen att skriva / the file to write.", valueName: "fil"))
    var output: String

    @Flag(
      help:
        "Ersätt även en befintlig datafil (utvärdering, version av Kommunkompassen, profil, plan) / replace a data file too."
    )
    var force = false

    @OptionGroup var options: LanguageOption

    func validate() throws {
      if from != nil, rubric != nil {
        throw ValidationError(
          options.language == .swedish
            ? "Ange --rubric eller --from, inte båda: med --from gäller utvärderingens version av Kommunkompassen."
            : "Give --rubric or --from, not both: with --from the evaluation's rubric applies.")
      }
    }

    func run() throws {
      let language = options.language
      let renderer = EvaluationFormRenderer(language: language)
      let html: String
      let description: String
      if let from {
        let evaluation = try EvaluationInput.require(from, language: language)
        let rubric = try EvaluationInput.requireRubric(evaluation.rubricID, language: language)
        let text = String(
          decoding: try Data(contentsOf: URL(fileURLWithPath: from)), as: UTF8.self)
        html = renderer.render(
          rubric: rubric, documentText: text,
          documentName: URL(fileURLWithPath: from).lastPathComponent)
        description = "\(evaluation.municipality.name), \(evaluation.date)"
      } else {
        let rubric = try EvaluationInput.requireRubric(
          rubric ?? "kommunkompassen-2020", language: language)
        html = renderer.render(rubric: rubric)
        description = rubric.title.text(in: language)
      }
      try OutputFile(
        path: output, replacing: force ? .anything : .exports, inputs: from.map { [$0] } ?? [],
        language: language
      )
      .write(html)
      Terminal.writeError(
        language == .swedish
          ? "Skrev \(output): utvärderingsformulär, \(description). Öppna filen i webbläsaren."
          : "Wrote \(output): evaluation form, \(description). Open the file in a browser.")
    }
  }
}
