import ArgumentParser
import Foundation
import KommunKompass

/// Loads evaluation files for the commands and reports their problems on standard error.
enum EvaluationInput {
  /// Loads and validates an evaluation file, printing every problem.
  ///
  /// - Returns: The evaluation, or `nil` when it has errors (already printed).
  static func load(_ path: String, language: Language) -> Evaluation? {
    let result = Evaluation.load(contentsOf: URL(fileURLWithPath: path), displayName: path)
    for problem in result.problems {
      Terminal.writeError(problem.formatted(in: language))
    }
    return result.value
  }

  /// Loads an evaluation that must be valid, or stops the command with exit code 1.
  static func require(_ path: String, language: Language) throws -> Evaluation {
    guard let evaluation = load(path, language: language) else { throw ExitStatus.invalidInputError }
    return evaluation
  }

  /// The scorecard of a valid evaluation, scored with its bundled rubric.
  static func scorecard(_ evaluation: Evaluation) throws -> Scorecard {
    guard let rubric = RubricCatalog.bundled.rubric(id: evaluation.rubricID) else {
      throw ExitStatus.invalidInputError
    }
    return ScoringEngine(rubric: rubric).score(evaluation)
  }
}
