import ArgumentParser
import Foundation
import KommunKompass

extension Kompass {
  /// `kompass validate FILE...`: checks evaluation files against their rubric.
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Kontrollera utvärderingar och andra datafiler / check evaluations and other data files.",
      discussion: """
        Skriver varje problem med fil, rad:kolumn, JSON-sökväg och vad som är fel. \
        Slutkod 0 bara om alla filer är giltiga. Utvärderingar kontrolleras mot sin version av \
        Kommunkompassen; versioner, övergångstabeller, referensprofiler, målprofiler och \
        handlingsplaner känns igen på sina nycklar och kontrolleras som sådana.

        En utvärderings kommunkod kontrolleras mot SCB:s register över Sveriges 290 kommuner: en \
        okänd kod är ett fel, ett namn som inte hör till koden en varning (Hebys tidigare kod \
        1917 godtas med en notering i utvärderingar före 2007). En påhittad kommun märkt \
        "fictitious": true kontrolleras inte. / The municipality code is checked against SCB's \
        register; "fictitious": true skips the check.

        \(MunicipalityRegister.credit.swedish)

        Exempel / example:
          kompass validate Evaluations/kumla-2020.json
          kompass validate Rubrics/kommunkompassen-2020.json
        """
    )

    @Argument(help: "Utvärderingar eller andra datafiler (JSON) / evaluations or other data files.")
    var files: [String]

    @OptionGroup var options: LanguageOption

    func validate() throws {
      if files.isEmpty { throw ValidationError("Ange minst en fil / give at least one file.") }
    }

    func run() throws {
      var allValid = true
      for file in files {
        let summary: String?
        switch FileInput.bytes(of: URL(fileURLWithPath: file), displayName: file) {
        case .failure(let problem):
          Terminal.writeError(problem.formatted(in: options.language))
          summary = nil
        case .success(let bytes):
          summary = validate(bytes, file: file)
        }
        if let summary {
          Terminal.write("\(file): \(summary)".escapedForDisplay + "\n")
        } else {
          allValid = false
        }
      }
      if !allValid { throw ExitStatus.invalidInputError }
    }

    /// Validates a file as the kind of data file it is, prints its problems, and describes it
    /// when it is valid.
    private func validate(_ bytes: [UInt8], file: String) -> String? {
      let swedish = options.language == .swedish
      func report<Value>(_ result: Checked<Value>) -> Value? {
        for problem in result.problems {
          Terminal.writeError(problem.formatted(in: options.language))
        }
        return result.value
      }
      switch DataFileKind.detect(in: bytes) {
      case .evaluation:
        let result = Evaluation.load(bytes: bytes, file: file)
        guard
          let evaluation = EvaluationInput.report(result, path: file, language: options.language)
        else { return nil }
        let (parts, pending) = evaluation.scoringProgress
        if evaluation.detail == .total {
          let what = "\(evaluation.municipality.name), \(evaluation.date)"
          switch (swedish, pending) {
          case (true, 0): return "giltig (\(what), bara totalen)"
          case (false, 0): return "valid (\(what), total only)"
          case (true, _): return "giltigt utkast (\(what), bara totalen, ännu inte poängsatt)"
          case (false, _): return "valid draft (\(what), total only, not scored yet)"
          }
        }
        let noun: CountedNoun = evaluation.detail == .area ? .area : .subArea
        let unit = noun.form(for: parts, in: options.language)
        let what = "\(evaluation.municipality.name), \(evaluation.date)"
        if evaluation.isConsensus {
          let awaiting = evaluation.idsAwaitingConsensus.count
          let notScored = pending - awaiting
          var details = [
            swedish
              ? "\(awaiting) av \(parts) \(unit) väntar på konsensus"
              : "\(awaiting) of \(parts) \(unit) \(awaiting == 1 ? "awaits" : "await") consensus"
          ]
          if notScored > 0 {
            details.append(
              swedish
                ? "\(notScored) ännu inte \(notScored == 1 ? "poängsatt" : "poängsatta")"
                : "\(notScored) not scored yet")
          }
          let detail = details.joined(separator: ", ")
          switch (swedish, pending) {
          case (true, 0): return "giltig konsensusutvärdering (\(what), \(parts) \(unit))"
          case (false, 0): return "valid consensus evaluation (\(what), \(parts) \(unit))"
          case (true, _): return "giltigt konsensusutkast (\(what), \(detail))"
          case (false, _): return "valid consensus draft (\(what), \(detail))"
          }
        }
        switch (swedish, pending) {
        case (true, 0): return "giltig (\(what), \(parts) \(unit))"
        case (false, 0): return "valid (\(what), \(parts) \(unit))"
        case (true, _):
          return
            "giltigt utkast (\(what), \(pending) av \(parts) \(unit) ännu inte \(pending == 1 ? "poängsatt" : "poängsatta"))"
        case (false, _):
          return "valid draft (\(what), \(pending) of \(parts) \(unit) not scored yet)"
        }
      case .rubric:
        guard let rubric = report(Rubric.load(bytes: bytes, file: file)) else { return nil }
        let subAreas = rubric.areas.reduce(0) { $0 + $1.subAreas.count }
        let parts =
          subAreas == 0
          ? (swedish
            ? "\(CountedNoun.area.counted(rubric.areas.count, in: .swedish)), bara på områdesnivå"
            : "\(CountedNoun.area.counted(rubric.areas.count, in: .english)), area level only")
          : (swedish
            ? "\(CountedNoun.area.counted(rubric.areas.count, in: .swedish)), \(CountedNoun.subArea.counted(subAreas, in: .swedish))"
            : "\(CountedNoun.area.counted(rubric.areas.count, in: .english)), \(CountedNoun.subArea.counted(subAreas, in: .english))")
        return swedish
          ? "giltig version av Kommunkompassen, \(rubric.id) (\(parts))"
          : "valid rubric \(rubric.id) (\(parts))"
      case .crosswalk:
        guard let crosswalk = report(Crosswalk.load(bytes: bytes, file: file)) else { return nil }
        return swedish
          ? "giltig övergångstabell \(crosswalk.id) (\(crosswalk.fromRubricID) → \(crosswalk.toRubricID), \(crosswalk.links.count) kopplingar)"
          : "valid crosswalk \(crosswalk.id) (\(crosswalk.fromRubricID) → \(crosswalk.toRubricID), \(crosswalk.links.count) links)"
      case .referenceProfile:
        guard let profile = report(ReferenceProfile.load(bytes: bytes, file: file)) else {
          return nil
        }
        return swedish
          ? "giltig referensprofil \(profile.id) (\(profile.rubricID))"
          : "valid reference profile \(profile.id) (\(profile.rubricID))"
      case .targetProfile:
        guard let profile = report(TargetProfile.load(bytes: bytes, file: file)) else { return nil }
        return swedish
          ? "giltig målprofil (\(profile.municipality.name), mål \(profile.targetDate))"
          : "valid target profile (\(profile.municipality.name), target \(profile.targetDate))"
      case .actionPlan:
        guard let plan = report(ActionPlan.load(bytes: bytes, file: file)) else { return nil }
        let count = plan.actions.count
        return swedish
          ? "giltig handlingsplan (\(plan.municipality.name), \(count) \(count == 1 ? "åtgärd" : "åtgärder"))"
          : "valid action plan (\(plan.municipality.name), \(count) \(count == 1 ? "action" : "actions"))"
      }
    }
  }
}
