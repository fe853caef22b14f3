import Foundation
import Testing

@testable import KommunKompass

/// Evaluators' files of the fictitious Testby kommun (1899), built in Swift on the bundled 2020
/// rubric: every sub-area at half its maximum in whole points (rounded down: 7 of 15, 12 of 25;
/// 398 of 800 in all) unless a test says otherwise.
enum ConsensusFixtures {
  static let rubric = RubricCatalog.bundled.rubric(id: "kommunkompassen-2020")

  static func date(_ text: String = "2024-10-15") throws -> CalendarDate {
    try #require(CalendarDate(text))
  }

  /// An evaluator's file: half the maximum everywhere, but `changes` for the sub-areas given.
  static func evaluation(
    by evaluator: String,
    _ changes: [String: SubAreaEvaluation.Assessment] = [:],
    findings: [String: [Finding]] = [:],
    strengths: [String: [String]] = [:],
    date: String = "2024-10-15",
    code: String = "1899"
  ) throws -> NamedEvaluation {
    let rubric = try #require(Self.rubric)
    let areas = rubric.areas.map { area in
      AreaEvaluation(
        id: area.id, strengths: strengths[area.id] ?? [],
        subAreas: area.subAreas.map { subArea in
          SubAreaEvaluation(
            id: subArea.id,
            assessment: changes[subArea.id] ?? .points((subArea.maxPoints / 2).rounded(.down)),
            findings: findings[subArea.id] ?? [])
        })
    }
    let evaluation = Evaluation(
      rubricID: rubric.id,
      municipality: Municipality(
        name: "Testby kommun", code: try #require(MunicipalityCode(rawValue: code)),
        isFictitious: true),
      date: try Self.date(date), kind: .external, evaluators: [evaluator], areas: areas)
    return NamedEvaluation(file: "\(evaluator.lowercased()).json", evaluation: evaluation)
  }

  /// The assembled group, which must be accepted.
  static func group(_ inputs: [NamedEvaluation], threshold: Double = 0.2) throws -> EvaluatorGroup {
    let result = EvaluatorGroup.assemble(inputs, options: ConsensusOptions(threshold: threshold))
    #expect(result.errors.isEmpty, "\(result.errors)")
    return try #require(result.value)
  }
}
