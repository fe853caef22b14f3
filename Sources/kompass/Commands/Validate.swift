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
        Slutkod 0 bara om alla filer är giltiga. Utvärderingar kontrolleras mot sin rubrik; \
        rubriker, övergångstabeller, referensprofiler och målprofiler känns igen på sina nycklar \
        och kontrolleras som sådana.

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
        let areaLevel = evaluation.detail == .area
        let noun: CountedNoun = areaLevel ? .area : .subArea
        let what = "\(evaluation.municipality.name), \(evaluation.date)"
        let counted = noun.counted(parts, in: options.language)
        switch (swedish, pending) {
        case (true, 0): return "giltig (\(what), \(counted))"
        case (false, 0): return "valid (\(what), \(counted))"
        case (true, _):
          return
            "giltigt utkast (\(what), \(pending) av \(counted) ännu inte \(pending == 1 ? "poängsatt" : "poängsatta"))"
        case (false, _): return "valid draft (\(what), \(pending) of \(counted) not scored yet)"
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
        return swedish
          ? "giltig handlingsplan (\(plan.municipality.name), \(plan.actions.count) åtgärder)"
          : "valid action plan (\(plan.municipality.name), \(plan.actions.count) actions)"
      }
    }
  }
}
