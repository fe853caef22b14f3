import ArgumentParser
import Foundation
import KommunKompass

/// Loads evaluation files for the commands and reports their problems on standard error.
enum EvaluationInput {
  /// Loads and validates an evaluation file, printing every problem.
  ///
  /// - Returns: The evaluation, or `nil` when it has errors (already printed).
  static func load(_ path: String, language: Language) -> Evaluation? {
    report(Evaluation.load(contentsOf: URL(fileURLWithPath: path), displayName: path), path: path, language: language)
  }

  /// Prints the problems of a loaded evaluation file, the sub-areas not scored yet in one line.
  ///
  /// - Returns: The evaluation, or `nil` when it has errors.
  static func report(_ result: LoadResult<Evaluation>, path: String, language: Language) -> Evaluation? {
    let unscored = result.problems.filter { $0.kind == .notScoredYet }
    for problem in result.problems where problem.kind != .notScoredYet {
      Terminal.writeError(problem.formatted(in: language))
    }
    if !unscored.isEmpty, let evaluation = result.value {
      // One line instead of one warning per sub-area of a draft.
      let ids = unscored.compactMap { problem in
        subAreaID(at: problem.path, in: evaluation)
      }
      Terminal.writeError(
        language == .swedish
          ? "\(path): varning: \(ids.count) delområden är inte poängsatta ännu: \(ids.joined(separator: ", "))"
          : "\(path): warning: \(ids.count) sub-areas are not scored yet: \(ids.joined(separator: ", "))")
    }
    return result.value
  }

  /// The id of the sub-area whose `points` a path like `areas[0].subAreas[1].points` names.
  private static func subAreaID(at path: JSONPath, in evaluation: Evaluation) -> String? {
    guard path.components.count >= 4, case .index(let area) = path.components[1],
      case .index(let subArea) = path.components[3], evaluation.areas.indices.contains(area),
      evaluation.areas[area].subAreas.indices.contains(subArea)
    else { return nil }
    return evaluation.areas[area].subAreas[subArea].id
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

  /// The bundled rubric with the given id, or (after saying which rubrics there are) exit code 1.
  static func requireRubric(_ id: String, language: Language) throws -> Rubric {
    guard let rubric = RubricCatalog.bundled.rubric(id: id) else {
      let known = RubricCatalog.bundled.ids.joined(separator: ", ")
      Terminal.writeError(
        language == .swedish
          ? "rubriken \"\(id)\" finns inte; kända rubriker: \(known)"
          : "there is no rubric \"\(id)\"; known rubrics: \(known)")
      throw ExitStatus.invalidInputError
    }
    return rubric
  }
}
