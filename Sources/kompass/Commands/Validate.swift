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
        let subAreas = evaluation.areas.reduce(0) { $0 + $1.subAreas.count }
        switch options.language {
        case .swedish:
          Terminal.write("\(file): giltig (\(evaluation.municipality.name), \(evaluation.date), \(subAreas) delområden)\n")
        case .english:
          Terminal.write("\(file): valid (\(evaluation.municipality.name), \(evaluation.date), \(subAreas) sub-areas)\n")
        }
      }
      if !allValid { throw ExitStatus.invalidInputError }
    }
  }
}
