// swift-format-ignore-file: NeverForceUnwrap
// These tests edit parsed JSON fixtures and bundled data whose shape the test itself fixes; a
// failed cast or unwrap here is a broken fixture, and stopping the run is the right outcome.

import Foundation
import PropertyBased
import Testing

@testable import KommunKompass

/// Random valid evaluations against the bundled kommunkompassen-2020 rubric, for property tests.
enum RandomEvaluation {
  /// The rubric every random evaluation is made with.
  static let rubric = RubricCatalog.bundled.rubric(id: "kommunkompassen-2020")!

  /// How many sub-areas the rubric has (35).
  static let subAreaCount = rubric.areas.reduce(0) { $0 + $1.subAreas.count }

  /// What is drawn for one sub-area.
  struct SubAreaDraw: Sendable, CustomStringConvertible {
    /// The points as a share of the maximum, 0 to 1.
    var share: Double
    /// How many decimals the points are written with (0 to 3), as evaluators write them.
    var decimals: Int
    /// Whether the sub-area was assessed; when not, it is marked not assessed.
    var assessed: Bool

    var description: String {
      assessed ? "\(share.formatted(.number.precision(.fractionLength(0...4))))/\(decimals)" : "–"
    }
  }

  /// One sub-area: a share of the maximum, a number of decimals, and assessed in nine cases of ten.
  static let subArea = zip(Gen.double(in: 0...1), Gen.int(in: 0...3), Gen.bool(0.9))
    .map { SubAreaDraw(share: $0, decimals: $1, assessed: $2) }

  /// A whole evaluation: one draw per sub-area of the rubric, in rubric order.
  static let draws = subArea.array(of: subAreaCount)

  /// Random evaluations dated `date`.
  static func evaluations(date: String = "2024-03-15") -> Generator<
    Evaluation, some SendableSequenceType
  > {
    draws.map { make($0, date: date) }
  }

  /// The evaluation the draws describe.
  static func make(_ draws: [SubAreaDraw], date: String = "2024-03-15") -> Evaluation {
    var index = 0
    let areas = rubric.areas.map { area in
      AreaEvaluation(
        id: area.id,
        subAreas: area.subAreas.map { subArea in
          defer { index += 1 }
          let draw = draws[index % draws.count]
          guard draw.assessed else {
            return SubAreaEvaluation(
              id: subArea.id, assessment: .notAssessed(reason: "Slumpvis ej bedömt"))
          }
          let scale = pow(10, Double(draw.decimals))
          let points = min(
            subArea.maxPoints, (draw.share * subArea.maxPoints * scale).rounded() / scale)
          return SubAreaEvaluation(id: subArea.id, assessment: .points(points))
        })
    }
    return Evaluation(
      rubricID: rubric.id,
      municipality: Municipality(
        name: "Ume\u{E5} kommun", code: MunicipalityCode(rawValue: "2480")!),
      date: CalendarDate(date)!,
      kind: .external,
      areas: areas)
  }

  /// Every figure a report shows for a scorecard: whole points and whole percentages of every
  /// sub-area, area and the total, in rubric order.
  static func displayedFigures(_ scorecard: Scorecard) -> [String] {
    func figures(_ id: String, _ score: Score) -> String {
      "\(id): \(score.displayPoints) / \(score.maxPoints.formattedPoints), \(score.displayPercent.map { "\($0) %" } ?? "–")"
    }
    var lines: [String] = []
    for area in scorecard.areas {
      lines += area.subAreas.map { figures($0.id, $0.score) }
      lines.append(figures(area.id, area.score))
    }
    lines.append(figures("total", scorecard.total))
    return lines
  }
}
