import ArgumentParser
import Foundation
import KommunKompass
import KommunKompassReports

extension Kompass {
  /// `kompass consensus A.json B.json [C.json …]`: the evaluators' disagreement, and the consensus
  /// draft the group edits.
  struct ConsensusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "consensus",
      abstract:
        "Jämför utvärderares egna bedömningar och skriv ett konsensusutkast / compare evaluators and draft a consensus.",
      discussion: """
        Varje utvärderare poängsätter först på egen hand i en vanlig utvärderingsfil för samma \
        kommun, datum och version av Kommunkompassen och skriver sitt namn i "evaluators". \
        Kommandot skriver underlaget för gruppens möte: per delområde varje utvärderares poäng, \
        spridningen (i poäng och som andel av maxpoängen), medelvärde och median, flaggat när \
        spridningen når tröskeln eller när någon poängsatt och någon annan inte bedömt; största \
        oenighet först. Sedan varje utvärderares summa per område och totalt, och samstämmigheten: \
        medelabsolut skillnad och ICC(2,1) på andelen av maxpoängen.

        Med --output skrivs ett konsensusutkast: där alla är överens inom tröskeln får delområdet \
        medelvärdet, avrundat till utvärderarnas precision; annars väntar det på konsensus \
        ("points": null). Varje delområde behåller allas förslag ("proposals"); iakttagelser, \
        styrkor och förbättringsmöjligheter slås ihop. En befintlig fil ersätts bara med --force.

        Exempel / examples:
          kompass consensus anna.json bo.json
          kompass consensus anna.json bo.json cecilia.json --threshold 25 -f markdown
          kompass consensus anna.json bo.json --output konsensus.json
        """
    )

    @Argument(help: "Utvärderarnas filer (JSON), minst två / the evaluators' files, at least two.")
    var files: [String]

    @Option(
      help: ArgumentHelp(
        "Tröskel i procent av maxpoängen / threshold in percent of the maximum.",
        valueName: "procent"))
    var threshold: String = "20"

    @Flag(
      help:
        "Tillåt filer med olika datum; konsensus får det senaste / allow different dates (the latest is used)."
    )
    var allowDifferentDates = false

    @Option(name: [.customShort("f"), .long], help: "Format: text, json, csv eller markdown.")
    var format: OutputFormat = .text

    @Option(
      name: .customLong("csv-dialect"),
      help:
        "CSV-variant / CSV flavour: excel (svensk Excel: ; och decimalkomma) eller rfc4180 (, och decimalpunkt)."
    )
    var csvDialect: CSVDialect = .excel

    @Option(
      name: [.customShort("o"), .long],
      help: ArgumentHelp(
        "Skriv konsensusutkastet (JSON) hit / write the consensus draft here.", valueName: "fil"))
    var output: String?

    @Flag(help: "Ersätt en befintlig fil med utkastet / replace an existing file with the draft.")
    var force = false

    @OptionGroup var options: LanguageOption

    func validate() throws {
      if files.count < 2 {
        throw ValidationError(
          "Ange minst två utvärderares filer / give at least two evaluators' files.")
      }
      if thresholdShare == nil {
        throw ValidationError(
          "--threshold ska vara ett tal över 0 och högst 100, till exempel 20 / --threshold must be a number above 0 and at most 100, for example 20."
        )
      }
    }

    /// The threshold as a share: "20", "20 %", "12,5" or "12.5" percent.
    var thresholdShare: Double? {
      var text = threshold.trimmingCharacters(in: .whitespaces)
      if text.hasSuffix("%") { text.removeLast() }
      text = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
      guard let value = Double(text), value.isFinite, value > 0, value <= 100 else { return nil }
      return value / 100
    }

    func run() throws {
      let language = options.language
      var inputs: [NamedEvaluation] = []
      var failed = false
      for file in files {
        if let evaluation = EvaluationInput.load(file, language: language) {
          inputs.append(NamedEvaluation(file: file, evaluation: evaluation))
        } else {
          failed = true
        }
      }
      if failed { throw ExitStatus.invalidInputError }
      let consensusOptions = ConsensusOptions(
        threshold: thresholdShare ?? 0.2, allowDifferentDates: allowDifferentDates)
      let assembled = EvaluatorGroup.assemble(inputs, options: consensusOptions)
      for problem in assembled.problems {
        // Each file's problems name the line and column of the value concerned.
        var located = problem
        if let file = problem.file,
          case .success(let bytes) = FileInput.bytes(
            of: URL(fileURLWithPath: file), displayName: file)
        {
          located = problem.locating(in: bytes)
        }
        Terminal.writeError(located.formatted(in: language))
      }
      guard let group = assembled.value else { throw ExitStatus.invalidInputError }

      let report = group.disagreementReport()
      let text: String
      switch format {
      case .text: text = DisagreementRenderer(language: language).renderText(report)
      case .markdown: text = DisagreementRenderer(language: language).renderMarkdown(report)
      case .csv:
        text = DisagreementCSVWriter(dialect: csvDialect, language: language).render(report)
      case .json: text = try DisagreementDocument(report, language: language).jsonText()
      }

      if let output {
        let draft = group.consensusDraft()
        let schema = SchemaLocator.relativeEvaluationSchemaPath(forOutput: output)
        try OutputFile(
          path: output, replacing: force ? .anything : .nothing, inputs: files, language: language
        )
        .write(try draft.fileText(schemaReference: schema))
        let pending = draft.idsAwaitingConsensus
        let parts = draft.scoringProgress.parts
        let unit = Self.unit(parts, areas: draft.detail == .area, language: language)
        Terminal.writeError(
          language == .swedish
            ? "Skrev \(output): \(pending.count) av \(parts) \(unit) väntar på konsensus"
              + (pending.isEmpty ? "." : ": \(pending.joined(separator: ", ")).")
            : "Wrote \(output): \(pending.count) of \(parts) \(unit) await consensus"
              + (pending.isEmpty ? "." : ": \(pending.joined(separator: ", ")).")
        )
      }
      Terminal.write(text)
    }

    /// "delområde" or "delområden" (areas in an area-level evaluation) for a count.
    static func unit(_ count: Int, areas: Bool, language: Language) -> String {
      switch (language, areas, count == 1) {
      case (.swedish, false, true): "delområde"
      case (.swedish, false, false): "delområden"
      case (.swedish, true, true): "område"
      case (.swedish, true, false): "områden"
      case (.english, false, true): "sub-area"
      case (.english, false, false): "sub-areas"
      case (.english, true, true): "area"
      case (.english, true, false): "areas"
      }
    }
  }
}
