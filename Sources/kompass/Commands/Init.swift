import ArgumentParser
import Foundation
import KommunKompass

extension Kompass {
  /// `kompass init`: writes a ready-to-fill evaluation file.
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Skapa en ny utvärderingsfil att fylla i / create a new evaluation file.",
      discussion: """
        Filen får alla områden och delområden i versionen av Kommunkompassen med \
        "points": null, vägledningen per delområde och tomma iakttagelser. Med --from startar nästa utvärdering från en \
        tidigare: samma kommun, poängen tömda, tidigare iakttagelser behålls och märks med \
        "carriedOverFrom", tidigare styrkor och förbättringsmöjligheter blir punkter att \
        stämma av. En befintlig fil skrivs aldrig över utan --force.

        Exempel / examples:
          kompass init --municipality "Kumla kommun" --code 1881 --date 2026-03-01
          kompass init --from Evaluations/kumla-2020.json --date 2026-03-01 --output kumla-2026.json
        """
    )

    @Option(help: ArgumentHelp("Kommunens namn / the municipality's name.", valueName: "namn"))
    var municipality: String?

    @Option(
      help: ArgumentHelp("SCB:s fyrsiffriga kommunkod / SCB municipality code.", valueName: "NNNN"))
    var code: String?

    @Option(
      help: ArgumentHelp("Utvärderingens datum / the evaluation's date.", valueName: "ÅÅÅÅ-MM-DD"))
    var date: String

    @Option(help: "Versionens id / the rubric's id.")
    var rubric: String?

    @Option(help: "external eller selfAssessment.")
    var kind: EvaluationKind?

    @Option(
      help: ArgumentHelp(
        "Starta från en tidigare utvärdering / start from an earlier evaluation.", valueName: "fil")
    )
    var from: String?

    @Option(
      name: [.customShort("o"), .long],
      help: ArgumentHelp("Filen att skriva / the file to write.", valueName: "fil"))
    var output: String?

    @Flag(help: "Ersätt en befintlig fil / replace an existing file.")
    var force = false

    @OptionGroup var options: LanguageOption

    func validate() throws {
      let swedish = options.language == .swedish
      if from == nil {
        guard municipality != nil, code != nil else {
          throw ValidationError(
            swedish
              ? "Ange --municipality och --code, eller --from med en tidigare utvärdering."
              : "Give --municipality and --code, or --from with an earlier evaluation.")
        }
      } else if municipality != nil || code != nil {
        throw ValidationError(
          swedish
            ? "Med --from hämtas kommunen från den tidigare utvärderingen; ange inte --municipality eller --code."
            : "With --from the municipality comes from the earlier evaluation; do not give --municipality or --code."
        )
      }
      if let code, let problem = MunicipalityCode.problem(with: code) {
        throw ValidationError(problem.text(in: options.language))
      }
      if let problem = CalendarDate.problem(with: date) {
        throw ValidationError(problem.text(in: options.language))
      }
    }

    func run() throws {
      let language = options.language
      guard let date = CalendarDate(date) else { throw ExitStatus.invalidInputError }
      let evaluation: Evaluation
      if let from {
        let previous = try EvaluationInput.require(from, language: language)
        let rubric = try EvaluationInput.requireRubric(
          rubric ?? previous.rubricID, language: language)
        evaluation = EvaluationTemplate.next(
          after: previous, rubric: rubric, date: date, kind: kind)
      } else {
        guard let municipality, let code, let municipalityCode = MunicipalityCode(rawValue: code)
        else {
          throw ExitStatus.invalidInputError
        }
        let rubric = try EvaluationInput.requireRubric(
          rubric ?? "kommunkompassen-2020", language: language)
        evaluation = EvaluationTemplate.blank(
          rubric: rubric, municipality: Municipality(name: municipality, code: municipalityCode),
          date: date,
          kind: kind ?? .external)
      }
      let path = output ?? Self.defaultFileName(for: evaluation)
      let schema = SchemaLocator.relativeEvaluationSchemaPath(forOutput: path)
      try OutputFile(
        path: path, replacing: force ? .anything : .nothing, inputs: from.map { [$0] } ?? [],
        language: language
      )
      .write(try evaluation.fileText(schemaReference: schema))
      let parts = evaluation.scoringProgress.parts
      let areaLevel = evaluation.detail == .area
      Terminal.writeError(
        language == .swedish
          ? "Skrev \(path): \(evaluation.municipality.name), \(evaluation.date), \(parts) \(areaLevel ? "områden" : "delområden") att poängsätta."
          : "Wrote \(path): \(evaluation.municipality.name), \(evaluation.date), \(parts) \(areaLevel ? "areas" : "sub-areas") to score."
      )
    }

    /// `kumla-2026-03-01.json` for Kumla kommun on 2026-03-01.
    static func defaultFileName(for evaluation: Evaluation) -> String {
      var name = evaluation.municipality.name.lowercased()
      for suffix in [" kommun", " stad", " municipality"] where name.hasSuffix(suffix) {
        name.removeLast(suffix.count)
      }
      let folded = name.folding(
        options: [.diacriticInsensitive], locale: Locale(identifier: "sv_SE"))
      let slug = folded.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
        .split(separator: "-").joined(separator: "-")
      return "\(slug.isEmpty ? "utvardering" : slug)-\(evaluation.date).json"
    }
  }
}

extension EvaluationKind: ExpressibleByArgument {}
