import Foundation
import KommunKompass
import Testing

/// The rounding cases shared with the evaluation form's JavaScript
/// (`Tests/RoundingCases/display-rounding-cases.json`): the rule is stated once as data, and the
/// library and the form both pass every case.
@Suite("Shared rounding cases")
struct SharedRoundingCasesTests {
  struct Cases: Decodable {
    struct WholeNumber: Decodable, CustomTestStringConvertible {
      var value: Double
      var expected: Int
      var testDescription: String { "\(value) → \(expected)" }
    }

    struct Percent: Decodable, CustomTestStringConvertible {
      var points: Double
      var maxPoints: Double
      var expected: Int
      var testDescription: String { "\(points) of \(maxPoints) → \(expected) %" }
    }

    struct Area: Decodable, CustomTestStringConvertible {
      struct Part: Decodable {
        var points: Double?
        var notAssessed: String?
        var maxPoints: Double
      }

      var description: String
      var subAreas: [Part]
      var points: Int
      var percent: Int?
      var testDescription: String { description }
    }

    var wholeNumber: [WholeNumber]
    var percent: [Percent]
    var areas: [Area]
  }

  static let cases: Cases = {
    let url = RepositoryFiles.root.appendingPathComponent(
      "Tests/RoundingCases/display-rounding-cases.json")
    do {
      return try JSONDecoder().decode(Cases.self, from: Data(contentsOf: url))
    } catch {
      Issue.record("cannot read \(url.path): \(error)")
      return Cases(wholeNumber: [], percent: [], areas: [])
    }
  }()

  @Test("The file has cases of every kind")
  func fileHasCases() {
    #expect(Self.cases.wholeNumber.count >= 20)
    #expect(Self.cases.percent.count >= 8)
    #expect(Self.cases.areas.count >= 5)
  }

  @Test("Whole numbers", arguments: cases.wholeNumber)
  func wholeNumber(_ example: Cases.WholeNumber) {
    #expect(DisplayRounding.wholeNumber(example.value) == example.expected)
  }

  @Test("Percentages", arguments: cases.percent)
  func percent(_ example: Cases.Percent) throws {
    let score = Score(
      points: example.points, assessedMaxPoints: example.maxPoints, maxPoints: example.maxPoints)
    #expect(score.displayPercent == example.expected)
  }

  @Test("Area sums through the scoring engine", arguments: cases.areas)
  func area(_ example: Cases.Area) throws {
    let subAreas = example.subAreas.enumerated().map { index, part in
      RubricSubArea(
        id: "1.\(index + 1)", title: LocalizedText(sv: "Delområde", en: "Sub-area"),
        maxPoints: part.maxPoints)
    }
    let rubric = Rubric(
      id: "avrundning", revision: "1", title: LocalizedText(sv: "Avrundning", en: "Rounding"),
      areas: [
        RubricArea(
          id: "1", title: LocalizedText(sv: "Område", en: "Area"),
          maxPoints: subAreas.reduce(0) { $0 + $1.maxPoints }, subAreas: subAreas)
      ])
    let evaluation = Evaluation(
      rubricID: rubric.id,
      municipality: Municipality(
        name: "Testby kommun", code: try #require(MunicipalityCode(rawValue: "1899"))),
      date: try #require(CalendarDate("2020-11")), kind: .external,
      areas: [
        AreaEvaluation(
          id: "1",
          subAreas: example.subAreas.enumerated().map { index, part in
            SubAreaEvaluation(
              id: "1.\(index + 1)",
              assessment: part.notAssessed.map { .notAssessed(reason: $0) }
                ?? part.points.map { .points($0) } ?? .pending)
          })
      ])
    let score = ScoringEngine(rubric: rubric).score(evaluation).areas[0].score
    #expect(score.displayPoints == example.points)
    #expect(score.displayPercent == example.percent)
  }
}
