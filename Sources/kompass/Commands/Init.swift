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

        Kommunen slås upp i SCB:s register över Sveriges 290 kommuner: med bara --municipality \
        fylls koden i, med bara --code namnet ("Kumla kommun"). Anges båda och de inte hör ihop \
        avbryts kommandot (slutkod 1). Med --fictitious skrivs en påhittad kommun \
        ("fictitious": true), som inte kontrolleras mot registret; då krävs både namn och kod. / \
        The municipality is looked up in SCB's register: --municipality fills in the code, --code \
        the name; both given and not matching stops with exit code 1.

        \(MunicipalityRegister.credit.swedish)

        Exempel / examples:
          kompass init --municipality Kumla --date 2026-03-01
          kompass init --code 1881 --date 2026-03-01
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

    @Flag(
      help:
        "Påhittad kommun, som i testdata; kontrolleras inte mot registret / a made-up municipality."
    )
    var fictitious = false

    @Flag(help: "Ersätt en befintlig fil / replace an existing file.")
    var force = false

    @OptionGroup var options: LanguageOption

    func validate() throws {
      let swedish = options.language == .swedish
      if from == nil {
        guard municipality != nil || code != nil else {
          throw ValidationError(
            swedish
              ? "Ange --municipality eller --code (eller båda), eller --from med en tidigare utvärdering."
              : "Give --municipality or --code (or both), or --from with an earlier evaluation.")
        }
        if fictitious && (municipality == nil || code == nil) {
          throw ValidationError(
            swedish
              ? "En påhittad kommun (--fictitious) behöver både --municipality och --code."
              : "A made-up municipality (--fictitious) needs both --municipality and --code.")
        }
      } else if municipality != nil || code != nil || fictitious {
        throw ValidationError(
          swedish
            ? "Med --from hämtas kommunen från den tidigare utvärderingen; ange inte --municipality, --code eller --fictitious."
            : "With --from the municipality comes from the earlier evaluation; do not give --municipality, --code or --fictitious."
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
        let municipality = try resolvedMunicipality(language: language)
        let rubric = try EvaluationInput.requireRubric(
          rubric ?? "kommunkompassen-2020", language: language)
        evaluation = EvaluationTemplate.blank(
          rubric: rubric, municipality: municipality, date: date, kind: kind ?? .external)
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

    /// The municipality of `--municipality` and `--code`, completed from the register: the code
    /// of a name, the name of a code, or both checked against each other. A fictitious
    /// municipality is taken as given.
    ///
    /// - Throws: Exit code 1, after a message, for an unknown name or code, a name several
    ///   municipalities could have, or a name and code that do not belong together.
    private func resolvedMunicipality(language: Language) throws -> Municipality {
      let swedish = language == .swedish
      func fail(_ sv: String, _ en: String) -> ExitCode {
        Terminal.writeError(swedish ? "fel: \(sv)" : "error: \(en)")
        return ExitStatus.invalidInputError
      }
      let register = MunicipalityRegister.bundled
      let givenName = municipality?.trimmingCharacters(in: .whitespaces)
        .precomposedStringWithCanonicalMapping
      let givenCode = code.flatMap(MunicipalityCode.init(rawValue:))
      if fictitious, let givenName, let givenCode {
        return Municipality(name: givenName, code: givenCode, isFictitious: true)
      }
      var registered: RegisteredMunicipality?
      if let givenCode {
        guard let found = register.municipality(code: givenCode) else {
          let nearest = register.nearestCodes(to: givenCode.rawValue).map {
            "\($0.code) \($0.name)"
          }
          .joined(separator: ", ")
          var change = (sv: "", en: "")
          if let moved = register.codeChange(formerCode: givenCode) {
            change = (
              sv:
                "; \(givenCode) användes till och med \(moved.lastDay.year), sedan är koden \(moved.code)",
              en:
                "; \(givenCode) was used until \(moved.lastDay.year), since then the code is \(moved.code)"
            )
          }
          throw fail(
            "kommunkoden \(givenCode) finns inte bland SCB:s kommunkoder\(change.sv); närmaste koder: \(nearest)",
            "the municipality code \(givenCode) is not among SCB's municipality codes\(change.en); the nearest codes: \(nearest)"
          )
        }
        registered = found
      }
      if let givenName {
        let named = register.municipalities(named: givenName)
        if let registered {
          guard registered.isNamed(givenName) else {
            let other =
              named.first.map {
                (
                  sv: "; \($0.formalName) har kod \($0.code)",
                  en: "; \($0.formalName) has code \($0.code)"
                )
              } ?? (sv: "", en: "")
            throw fail(
              "--municipality \"\(givenName)\" och --code \(registered.code) hör inte ihop: kod \(registered.code) är \(registered.formalName)\(other.sv)",
              "--municipality \"\(givenName)\" and --code \(registered.code) do not belong together: code \(registered.code) is \(registered.formalName)\(other.en)"
            )
          }
          return Municipality(name: writtenName(givenName, for: registered), code: registered.code)
        }
        guard let only = named.first, named.count == 1 else {
          if named.isEmpty {
            throw fail(
              "kommunen \"\(givenName)\" finns inte i SCB:s register; kontrollera stavningen eller ange --code (för en påhittad kommun: --fictitious med --code)",
              "there is no municipality \"\(givenName)\" in SCB's register; check the spelling or give --code (for a made-up municipality: --fictitious with --code)"
            )
          }
          let list = named.map { "\($0.code) \($0.formalName)" }.joined(separator: ", ")
          throw fail(
            "\"\(givenName)\" kan vara flera kommuner (\(list)); ange --code",
            "\"\(givenName)\" could be several municipalities (\(list)); give --code")
        }
        return Municipality(name: writtenName(givenName, for: only), code: only.code)
      }
      guard let registered else { throw ExitStatus.invalidInputError }
      return Municipality(name: registered.formalName, code: registered.code)
    }

    /// The name to write: the formal name ("Kumla kommun") for a bare name in any case ("kumla"),
    /// otherwise the name as given ("Göteborgs Stad").
    private func writtenName(_ given: String, for registered: RegisteredMunicipality) -> String {
      given.lowercased() == registered.name.lowercased() ? registered.formalName : given
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
