import Foundation
import Testing

@testable import KommunKompass

/// Evaluations with `"detail": "total"`: only the published total, as the Höganäs, Tomelilla and
/// Mark files in `Evaluations/` are.
@Suite("Totals-only evaluations")
struct TotalsOnlyTests {
  static func repository(_ name: String) throws -> Evaluation {
    let url = RepositoryFiles.evaluations.appendingPathComponent(name)
    let result = Evaluation.load(contentsOf: url)
    #expect(result.problems.isEmpty, "\(name): \(result.problems)")
    return try #require(result.value)
  }

  /// A totals-only evaluation of Testby 1899 with these top-level members.
  static func testby(_ members: String, detail: String = "total") -> [UInt8] {
    Array(
      """
      {"rubric": "kommunkompassen-2020", "detail": "\(detail)",
       "municipality": {"name": "Testby kommun", "code": "1899", "fictitious": true}, "date": "2021",
       "kind": "external", \(members)}
      """.utf8)
  }

  @Test(
    "The published totals load as totals-only evaluations, each with its provenance",
    arguments: [
      ("hoganas-2020-12.json", "2020-12", 611.0), ("hoganas-2023-02.json", "2023-02", 679),
      ("tomelilla-2020-11.json", "2020-11", 497), ("tomelilla-2023.json", "2023", 546),
      ("mark-2022.json", "2022", 438), ("mark-2024.json", "2024", 510),
    ])
  func repositoryFiles(name: String, date: String, points: Double) throws {
    let evaluation = try Self.repository(name)
    #expect(evaluation.detail == .total && evaluation.areas.isEmpty)
    #expect(evaluation.date.description == date)
    #expect(evaluation.totalAssessment == .points(points))
    #expect(evaluation.publishedTotal == nil)
    #expect(evaluation.provenance?.contains("\(Int(points)) av 800") == true)
    #expect(evaluation.scoringProgress == (1, 0))
    // JSONEncoder and the file writer both read back to the same evaluation.
    let data = try JSONEncoder().encode(evaluation)
    #expect(try JSONDecoder().decode(Evaluation.self, from: data) == evaluation)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["areas"] == nil && object["points"] as? Double == points)
    let text = try evaluation.fileText()
    #expect(Evaluation.load(bytes: Array(text.utf8), file: "written.json").value == evaluation)
  }

  @Test("Scoring: the total's own points against 800, no areas, no highlights")
  func scoring() throws {
    let evaluation = try Self.repository("hoganas-2020-12.json")
    let rubric = try #require(RubricCatalog.bundled.rubric(id: evaluation.rubricID))
    let scorecard = ScoringEngine(rubric: rubric).score(evaluation)
    #expect(scorecard.detail == .total && scorecard.totalOnlyStatus == .scored)
    #expect(scorecard.areas.isEmpty && scorecard.strongestSubAreas.isEmpty)
    // 611 / 800 = 76.375 %.
    #expect(scorecard.total == Score(points: 611, assessedMaxPoints: 800, maxPoints: 800))
    #expect(scorecard.total.displayPercent == 76)
    #expect(scorecard.publishedTotal == nil)
  }

  @Test("A total not assessed, or not scored yet, has no points and nothing assessed")
  func notAssessed() throws {
    let rubric = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2020"))
    let reason = Evaluation.load(
      bytes: Self.testby(#""notAssessed": "Resultatet publicerades inte""#), file: "t.json")
    #expect(reason.problems.isEmpty, "\(reason.problems)")
    let scored = ScoringEngine(rubric: rubric).score(try #require(reason.value))
    #expect(scored.totalOnlyStatus == .notAssessed(reason: "Resultatet publicerades inte"))
    #expect(scored.total == Score(points: 0, assessedMaxPoints: 0, maxPoints: 800))
    #expect(scored.total.displayPercent == nil)

    let draft = Evaluation.load(bytes: Self.testby(#""points": null"#), file: "t.json")
    let evaluation = try #require(draft.value)
    #expect(draft.problems.map(\.kind) == [.notScoredYet])
    #expect(draft.problems.first?.severity == .warning)
    #expect(evaluation.scoringProgress == (1, 1))
    #expect(ScoringEngine(rubric: rubric).score(evaluation).totalOnlyStatus == .pending)
  }

  @Test(
    "Wrong totals-only files report exactly the expected problems",
    arguments: [
      (
        #""points": 611, "areas": []"#, "total", "areas", Problem.Kind.wrongDetailLevel,
        "the evaluation has \"detail\": \"total\" and gives only the total in \"points\"; remove \"areas\", or remove \"detail\" to give points per sub-area"
      ),
      (
        #""points": 611, "publishedTotal": 611"#, "total", "publishedTotal", .wrongDetailLevel,
        "an evaluation with the total only gives the published total in \"points\"; remove \"publishedTotal\""
      ),
      (
        #""points": 611, "notAssessed": "okänt""#, "total", "notAssessed", .invalidValue,
        "give either \"points\" or \"notAssessed\", not both"
      ),
      (
        #""evaluators": []"#, "total", "points", .missingKey,
        "points are missing: give \"points\", or \"notAssessed\" with the reason the total was not assessed"
      ),
      (
        #""points": 801"#, "total", "points", .outOfRange,
        "the total 801 is outside what is allowed, 0–800 (the maximum of the 2019/2020 revision of Kommunkompassen)"
      ),
      (
        #""points": -1"#, "total", "points", .outOfRange,
        "the total -1 is outside what is allowed, 0–800 (the maximum of the 2019/2020 revision of Kommunkompassen)"
      ),
      (
        #""points": 611, "areas": [{"id": "1", "points": 61}]"#, "area", "points",
        .wrongDetailLevel,
        "\"points\" at the top of the file belongs to an evaluation with the total only; write \"detail\": \"total\" and remove \"areas\", or give the points under \"areas\""
      ),
    ])
  func invalid(
    members: String, detail: String, path: String, kind: Problem.Kind, message: String
  ) {
    let result = Evaluation.load(bytes: Self.testby(members, detail: detail), file: "t.json")
    #expect(result.value == nil)
    let matching = result.problems.filter { $0.path.description == path }
    #expect(matching.map(ExpectedProblem.init) == [ExpectedProblem(path, kind, message)])
    #expect(matching.allSatisfy { $0.location != nil && $0.severity == .error })
  }

  @Test("Compare over time: Höganäs 611 → 679 is +68 points and +8.5 percentage points")
  func overTime() throws {
    let inputs = try ["hoganas-2023-02.json", "hoganas-2020-12.json"].map {
      NamedEvaluation(file: $0, evaluation: try Self.repository($0))
    }
    let comparison = try #require(EvaluationComparer().compare(inputs).value)
    #expect(comparison.evaluations.map(\.date.description) == ["2020-12", "2023-02"])
    #expect(comparison.areas.isEmpty && comparison.removed.isEmpty)
    // 679 − 611 = 68; 84.875 % − 76.375 % = 8.5.
    #expect(comparison.total.overall.points == 68)
    #expect(isClose(comparison.total.overall.percentagePoints, 8.5))
    #expect(comparison.total.classification == .improved)
    #expect(
      comparison.notes.first?.english
        == "The evaluations have their totals only, so only the totals are compared.")
  }

  @Test("A totals-only file against an area-level one of another revision compares totals only")
  func mixed() throws {
    let inputs = try ["grastorp-2014-10.json", "mark-2022.json"].map {
      NamedEvaluation(file: $0, evaluation: try Self.repository($0))
    }
    let comparer = EvaluationComparer(
      options: ComparisonOptions(allowDifferentMunicipalities: true))
    let comparison = try #require(comparer.compare(inputs).value)
    #expect(comparison.crossesRevisions && comparison.areas.isEmpty)
    // 438 − 506 = −68.
    #expect(comparison.total.overall.points == -68)
    #expect(comparison.total.classification == .declined)
    #expect(
      comparison.notes.contains {
        $0.english
          == "The evaluation of 2022 has its total only, so only the totals are compared; areas and sub-areas are not compared."
      })
  }

  @Test("Peers: a totals-only evaluation is benchmarked on the total row only")
  func peers() throws {
    let rubric = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2020"))
    var group = PeerGroup(rubric: rubric)
    for name in ["tomelilla-2023.json", "mark-2024.json"] {
      group.add(try Self.repository(name), file: name)
    }
    group.add(try #require(Evaluation.load(contentsOf: RepositoryFiles.kumla2020).value))
    let subject = ScoringEngine(rubric: rubric).score(try Self.repository("hoganas-2023-02.json"))
    let comparison = try #require(group.comparison(for: subject).value)
    #expect(comparison.rows.map(\.id) == ["total"])
    let total = try #require(comparison.rows.first)
    let statistics = try #require(total.statistics)
    // Peers 546, 510 and Kumla's 557.35: mean 537.7833…, median 546, min 510, max 557.35.
    #expect(isClose(statistics.mean, (546 + 510 + 557.35) / 3))
    #expect(statistics.median == 546 && statistics.minimum == 510)
    #expect(isClose(statistics.maximum, 557.35))
    #expect(total.rank?.position == 1 && total.rank?.outOf == 4)
    // Kumla against three totals-only peers: they give no area figures, so only the total row
    // has statistics.
    let kumla = ScoringEngine(rubric: rubric).score(
      try #require(Evaluation.load(contentsOf: RepositoryFiles.kumla2020).value))
    var others = PeerGroup(rubric: rubric)
    for name in ["tomelilla-2023.json", "mark-2024.json", "hoganas-2023-02.json"] {
      others.add(try Self.repository(name), file: name)
    }
    let full = try #require(others.comparison(for: kumla).value)
    #expect(full.rows.count == 9)
    #expect(full.rows.dropLast().allSatisfy { $0.statistics == nil })
    #expect(full.row(id: "total")?.statistics?.count == 3)
  }
}

extension TotalsOnlyTests {
  @Test("Reference profile: a totals-only evaluation is compared on the total row only")
  func reference() throws {
    let rubric = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2020"))
    let subject = ScoringEngine(rubric: rubric).score(try Self.repository("mark-2024.json"))
    func profile(total: String) throws -> ReferenceProfile {
      let areas = (1...8).map { #"{"id": "\#($0)", "points": 60}"# }.joined(separator: ", ")
      let text = """
        {"id": "testsnitt", "title": "Testsnitt", "rubric": "kommunkompassen-2020",
         "areas": [\(areas)]\(total)}
        """
      return try #require(ReferenceProfile.load(bytes: Array(text.utf8), file: "p.json").value)
    }
    let withTotal = try #require(
      try profile(total: #", "total": 480"#).comparison(for: subject).value)
    #expect(withTotal.rows.map(\.id) == ["total"])
    // Mark 2024: 510 − 480 = 30.
    #expect(withTotal.rows.first?.referencePoints == 480 && withTotal.rows.first?.difference == 30)
    #expect(
      withTotal.notes.first?.english
        == "The evaluation has its total only, so only the total is compared with the profile.")
    // Without a published total the profile's total is not invented from areas the subject lacks.
    let without = try #require(try profile(total: "").comparison(for: subject).value)
    #expect(without.rows.first?.referencePoints == nil && without.rows.first?.difference == nil)
  }
}
