import ArgumentParser
import KommunKompass

extension Kompass {
  /// `kompass validate FILE...`: checks evaluation files against their rubric.
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Kontrollera utvärderingsfiler mot sin rubrik / check evaluation files.",
      discussion: """
        Skriver varje problem med fil, rad:kolumn, JSON-sökväg och vad som är fel. \
        Slutkod 0 bara om alla filer är giltiga.

        Exempel / example:
          kompass validate Evaluations/kumla-2020.json
        """
    )

    @Argument(help: "Utvärderingsfiler (JSON) / evaluation files.")
    var files: [String]

    @OptionGroup var options: LanguageOption

    func validate() throws {
      if files.isEmpty { throw ValidationError("Ange minst en fil / give at least one file.") }
    }

    func run() throws {
      var allValid = true
      for file in files {
        guard let evaluation = EvaluationInput.load(file, language: options.language) else {
          allValid = false
          continue
        }
        let subAreas = evaluation.areas.flatMap(\.subAreas)
        let pending = subAreas.filter { $0.assessment == .pending }.count
        let what = "\(evaluation.municipality.name), \(evaluation.date)"
        switch (options.language, pending) {
        case (.swedish, 0):
          Terminal.write("\(file): giltig (\(what), \(subAreas.count) delområden)\n")
        case (.english, 0):
          Terminal.write("\(file): valid (\(what), \(subAreas.count) sub-areas)\n")
        case (.swedish, _):
          Terminal.write("\(file): giltigt utkast (\(what), \(pending) av \(subAreas.count) delområden ej poängsatta)\n")
        case (.english, _):
          Terminal.write("\(file): valid draft (\(what), \(pending) of \(subAreas.count) sub-areas not scored)\n")
        }
      }
      if !allValid { throw ExitStatus.invalidInputError }
    }
  }
}
