import ArgumentParser
import Foundation
import KommunKompass

/// Loads evaluation files for the commands and reports their problems on standard error.
enum EvaluationInput {
  /// Loads and validates an evaluation file, printing every problem.
  ///
  /// - Returns: The evaluation, or `nil` when it has errors (already printed).
  static func load(_ path: String, language: Language) -> Evaluation? {
    report(
      Evaluation.load(contentsOf: URL(fileURLWithPath: path), displayName: path), path: path,
      language: language)
  }

  /// Prints the problems of a loaded evaluation file, the sub-areas not scored yet in one line.
  ///
  /// - Returns: The evaluation, or `nil` when it has errors.
  static func report(_ result: Checked<Evaluation>, path: String, language: Language) -> Evaluation?
  {
    for problem in result.problems
    where problem.kind != .notScoredYet && problem.kind != .awaitingConsensus {
      Terminal.writeError(problem.formatted(in: language))
    }
    if let evaluation = result.value {
      let ids = result.problems.filter { $0.kind == .notScoredYet }.compactMap {
        evaluation.subAreaID(at: $0.path) ?? evaluation.areaID(at: $0.path)
      }
      reportUnscored(ids, path: path, language: language, areas: evaluation.detail == .area)
      reportAwaitingConsensus(evaluation, path: path, language: language)
    } else {
      for problem in result.problems where problem.kind == .awaitingConsensus {
        Terminal.writeError(problem.formatted(in: language))
      }
    }
    return result.value
  }

  /// One line naming the sub-areas (areas) of a consensus evaluation that await the group's
  /// agreement, instead of one warning each.
  static func reportAwaitingConsensus(_ evaluation: Evaluation, path: String, language: Language) {
    let ids = evaluation.idsAwaitingConsensus
    guard !ids.isEmpty else { return }
    let unit = Kompass.ConsensusCommand.unit(
      ids.count, areas: evaluation.detail == .area, language: language)
    let list = ids.joined(separator: ", ")
    Terminal.writeError(
      language == .swedish
        ? "\(path): varning: \(ids.count) \(unit) väntar på konsensus: \(list)"
        : "\(path): warning: \(ids.count) \(unit) \(ids.count == 1 ? "awaits" : "await") consensus: \(list)"
    )
  }

  /// One line instead of one warning per sub-area (or, in an area-level evaluation, area) of a
  /// draft that is not scored yet.
  static func reportUnscored(_ ids: [String], path: String, language: Language, areas: Bool = false)
  {
    guard !ids.isEmpty else { return }
    let one = ids.count == 1
    let listed = ids.joined(separator: ", ")
    switch language {
    case .swedish:
      let unit = areas ? (one ? "område" : "områden") : (one ? "delområde" : "delområden")
      Terminal.writeError(
        "\(path): varning: \(ids.count) \(unit) är ännu inte \(one ? "poängsatt" : "poängsatta"): \(listed)"
      )
    case .english:
      let unit = areas ? (one ? "area" : "areas") : (one ? "sub-area" : "sub-areas")
      Terminal.writeError(
        "\(path): warning: \(ids.count) \(unit) \(one ? "is" : "are") not scored yet: \(listed)")
    }
  }

  /// Loads an evaluation that must be valid, or stops the command with exit code 1.
  static func require(_ path: String, language: Language) throws -> Evaluation {
    guard let evaluation = load(path, language: language) else {
      throw ExitStatus.invalidInputError
    }
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
          ? "det finns ingen version \"\(id)\" av Kommunkompassen; kända versioner: \(known)"
          : "there is no rubric \"\(id)\"; known rubrics: \(known)")
      throw ExitStatus.invalidInputError
    }
    return rubric
  }
}
