import Foundation
import Testing

@testable import KommunKompass

@Suite("Consensus of several evaluators")
struct EvaluatorGroupTests {
  typealias Fixtures = ConsensusFixtures

  // MARK: Two and three evaluators

  @Test("Two evaluators: spread, share, mean, median and flags per sub-area, largest first")
  func twoEvaluators() throws {
    // 6.3 (max 30): 15 and 25, spread 10 = 33 %; 2.2 (max 30): 15 and 20, spread 5 = 17 %.
    let anna = try Fixtures.evaluation(by: "Anna")
    let bo = try Fixtures.evaluation(by: "Bo", ["6.3": .points(25), "2.2": .points(20)])
    let report = try Fixtures.group([anna, bo]).disagreementReport()
    #expect(report.evaluators == ["Anna", "Bo"])
    #expect(report.files == ["anna.json", "bo.json"])
    #expect(report.rows.count == 35)
    let first = report.rows[0]
    #expect(first.id == "6.3")
    #expect(first.spread == 10)
    #expect(abs((first.spreadShare ?? 0) - 1.0 / 3) < 1e-12)
    #expect(first.mean == 20)
    #expect(first.median == 20)
    #expect(first.flag == .spread)
    let second = report.rows[1]
    #expect(second.id == "2.2")
    #expect(second.spread == 5)
    #expect(second.flag == nil)
    #expect(second.agreedPoints == 18)  // mean 17.5, whole points, half away from zero
    // The rest in the rubric's order, all agreed.
    #expect(report.rows[2].id == "1.1")
    #expect(report.rows.dropFirst().allSatisfy { $0.flag == nil })
    // Totals: 398 each but for 6.3 (+10) and 2.2 (+5) for Bo.
    #expect(report.total.points == [398, 413])
    #expect(report.total.range == 15)
    let area6 = try #require(report.areas.first { $0.id == "6" })
    #expect(area6.points == [50, 60])
    #expect(area6.range == 10)
  }

  @Test("Three evaluators: the median is the middle value and the mean of all three")
  func threeEvaluators() throws {
    let anna = try Fixtures.evaluation(by: "Anna", ["1.3": .points(21)])
    let bo = try Fixtures.evaluation(by: "Bo", ["1.3": .points(12)])
    let cecilia = try Fixtures.evaluation(by: "Cecilia", ["1.3": .points(14)])
    let group = try Fixtures.group([anna, bo, cecilia])
    let report = group.disagreementReport()
    let row = try #require(report.rows.first)
    #expect(row.id == "1.3")
    #expect(row.points == [21, 12, 14])
    #expect(row.spread == 9)
    #expect(row.median == 14)
    #expect(abs((row.mean ?? 0) - 47.0 / 3) < 1e-12)
    #expect(row.flag == .spread)  // 9 of 30 = 30 %
    // Pairs on 1.3's shares: |21-12|, |21-14|, |12-14| = 9, 7, 2 points of 30; 18/90 = 0.2 per
    // pair; the 34 other sub-areas agree. Mean over 35 sub-areas: 0.2 / 35.
    #expect(abs((report.meanAbsoluteDifference.value ?? 0) - 0.2 / 35) < 1e-12)
    #expect(report.comparedCount == 35)
    #expect(report.leftOutCount == 0)
    #expect(group.consensusDraft().idsAwaitingConsensus == ["1.3"])
  }

  @Test(
    "ICC(2,1) on shares reproduces Shrout & Fleiss (1979) with four evaluators",
    arguments: [0.2])
  func iccOnShares(threshold: Double) throws {
    // Six sub-areas of maximum 20 rated 0–10 by four judges, as points = 2 × rating; every
    // other sub-area is not assessed by the fourth evaluator, so it is left out.
    let ratings: [[Double]] = [
      [9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7],
    ]
    let ids = ["4.1", "5.1", "5.2", "5.3", "5.4", "5.5"]
    let rubric = try #require(Fixtures.rubric)
    let others = rubric.areas.flatMap(\.subAreas).map(\.id).filter { !ids.contains($0) }
    let inputs = try (0..<4).map { judge in
      var changes: [String: SubAreaEvaluation.Assessment] = [:]
      for (row, id) in ids.enumerated() { changes[id] = .points(2 * ratings[row][judge]) }
      if judge == 3 {
        for id in others { changes[id] = .notAssessed(reason: "Inte med i provet") }
      }
      return try Fixtures.evaluation(by: "Domare \(judge + 1)", changes)
    }
    let report = try Fixtures.group(inputs, threshold: threshold).disagreementReport()
    #expect(report.comparedCount == 6)
    #expect(report.leftOutCount == 29)
    let icc = try #require(report.intraclassCorrelation.value)
    #expect((icc * 100).rounded() / 100 == 0.29)
  }

  @Test("With fewer than two sub-areas scored by everyone, ICC is undefined and says why")
  func iccUndefined() throws {
    let rubric = try #require(Fixtures.rubric)
    var changes: [String: SubAreaEvaluation.Assessment] = [:]
    for id in rubric.areas.flatMap(\.subAreas).map(\.id) where id != "1.1" {
      changes[id] = .notAssessed(reason: "Ej med")
    }
    let report = try Fixtures.group([
      try Fixtures.evaluation(by: "Anna"), try Fixtures.evaluation(by: "Bo", changes),
    ]).disagreementReport()
    #expect(report.intraclassCorrelation == .undefined(.tooFewTargets))
    #expect(report.leftOutCount == 34)
    // The same points everywhere agree perfectly.
    let same = try Fixtures.group([
      try Fixtures.evaluation(by: "Anna"), try Fixtures.evaluation(by: "Bo"),
    ]).disagreementReport()
    #expect(abs((same.intraclassCorrelation.value ?? 0) - 1) < 1e-9)
    #expect(same.meanAbsoluteDifference == .value(0))
    // 0 points everywhere: every share is 0, and the coefficient has no denominator.
    var zero: [String: SubAreaEvaluation.Assessment] = [:]
    for id in rubric.areas.flatMap(\.subAreas).map(\.id) { zero[id] = .points(0) }
    let zeros = try Fixtures.group([
      try Fixtures.evaluation(by: "Anna", zero), try Fixtures.evaluation(by: "Bo", zero),
    ]).disagreementReport()
    #expect(zeros.intraclassCorrelation == .undefined(.noVariance))
  }

  // MARK: The threshold's edge

  struct Edge: Sendable, CustomTestStringConvertible {
    var id: String
    var points: (Double, Double)
    var threshold: Double
    var flagged: Bool
    var testDescription: String {
      "\(id): \(points.0) and \(points.1) at \(threshold)"
    }
  }

  @Test(
    "A spread that reaches the threshold is flagged and left pending; one just below is agreed",
    arguments: [
      Edge(id: "4.1", points: (10, 14), threshold: 0.2, flagged: true),  // 4 of 20 = 20 %
      Edge(id: "4.1", points: (10, 13.99), threshold: 0.2, flagged: false),
      Edge(id: "1.3", points: (15, 21), threshold: 0.2, flagged: true),  // 6 of 30
      // 3 of 30; 0.1 × 30 is not exactly 3 in binary.
      Edge(id: "1.3", points: (15, 18), threshold: 0.1, flagged: true),
      Edge(id: "1.3", points: (15, 17.9), threshold: 0.1, flagged: false),
      Edge(id: "3.2", points: (20, 30), threshold: 0.25, flagged: true),  // 10 of 40
      Edge(id: "3.2", points: (20, 30), threshold: 0.3, flagged: false),
    ])
  func thresholdEdge(_ edge: Edge) throws {
    let anna = try Fixtures.evaluation(by: "Anna", [edge.id: .points(edge.points.0)])
    let bo = try Fixtures.evaluation(by: "Bo", [edge.id: .points(edge.points.1)])
    let group = try Fixtures.group([anna, bo], threshold: edge.threshold)
    let row = try #require(group.disagreementReport().rows.first { $0.id == edge.id })
    #expect((row.flag == .spread) == edge.flagged)
    let draft = try #require(group.consensusDraft().subArea(id: edge.id))
    #expect(draft.awaitsConsensus == edge.flagged)
  }

  // MARK: Points and not assessed

  @Test("Scored by one and not assessed by another is flagged and pending; left out of ICC")
  func scoredAndNotAssessed() throws {
    let anna = try Fixtures.evaluation(by: "Anna")
    let bo = try Fixtures.evaluation(by: "Bo", ["1.4": .notAssessed(reason: "Ingen intervju")])
    let group = try Fixtures.group([anna, bo])
    let report = group.disagreementReport()
    let row = try #require(report.rows.first)
    #expect(row.id == "1.4")
    #expect(row.flag == .scoredAndNotAssessed)
    #expect(row.spread == nil)
    #expect(row.mean == 5)
    #expect(report.leftOutCount == 1)
    #expect(report.comparedCount == 34)
    // Anna's total includes 1.4 (5 of 10); Bo's assessed maximum is 10 lower.
    #expect(report.total.points == [398, 393])
    #expect(report.total.assessedMaxPoints == [800, 790])
    let draft = try #require(group.consensusDraft().subArea(id: "1.4"))
    #expect(draft.assessment == .pending)
    #expect(
      draft.proposals == [
        Proposal(evaluator: "Anna", assessment: .points(5)),
        Proposal(evaluator: "Bo", assessment: .notAssessed(reason: "Ingen intervju")),
      ])
  }

  @Test("Not assessed by everyone stays not assessed, each reason once")
  func notAssessedByAll() throws {
    let anna = try Fixtures.evaluation(by: "Anna", ["8.2": .notAssessed(reason: "Ingen intervju")])
    let bo = try Fixtures.evaluation(by: "Bo", ["8.2": .notAssessed(reason: "Ingen  intervju")])
    let cecilia = try Fixtures.evaluation(
      by: "Cecilia", ["8.2": .notAssessed(reason: "Underlaget kom sent")])
    let group = try Fixtures.group([anna, bo, cecilia])
    let row = try #require(group.disagreementReport().rows.first { $0.id == "8.2" })
    #expect(row.flag == nil)
    #expect(row.spread == nil)
    let draft = try #require(group.consensusDraft().subArea(id: "8.2"))
    #expect(draft.assessment == .notAssessed(reason: "Ingen intervju / Underlaget kom sent"))
  }

  // MARK: Rounding

  @Test(
    "Agreed points are the mean rounded to the evaluators' precision, half away from zero",
    arguments: [
      ([12.0, 13], 13.0),  // whole points: 12.5 → 13
      ([12.5, 12.75], 12.63),  // two decimals: 12.625 → 12.63
      ([10.1, 10.2, 10.2], 10.2),  // one decimal: 10.1666… → 10.2
      ([0.0, 1.0], 1.0),
    ] as [([Double], Double)])
  func agreedRounding(_ points: [Double], _ agreed: Double) throws {
    let inputs = try points.enumerated().map { index, value in
      try Fixtures.evaluation(by: "Utvärderare \(index + 1)", ["2.1": .points(value)])
    }
    let draft = try Fixtures.group(inputs).consensusDraft()
    #expect(draft.subArea(id: "2.1")?.assessment == .points(agreed))
  }

  // MARK: Refused mismatches

  struct Mismatch: Sendable, CustomTestStringConvertible {
    var name: String
    var second: @Sendable () throws -> NamedEvaluation
    var path: String
    var kind: Problem.Kind = .consensusMismatch
    var testDescription: String { name }
  }

  @Test(
    "Files that do not belong together are refused, naming the file and the JSON path",
    arguments: [
      Mismatch(
        name: "another municipality",
        second: { try ConsensusFixtures.evaluation(by: "Bo", code: "1898") },
        path: "municipality.code"),
      Mismatch(
        name: "another date",
        second: { try ConsensusFixtures.evaluation(by: "Bo", date: "2024-10-16") }, path: "date"),
      Mismatch(
        name: "another version of Kommunkompassen",
        second: {
          var input = try ConsensusFixtures.evaluation(by: "Bo")
          input.evaluation.rubricID = "kommunkompassen-2016"
          return input
        }, path: "rubric"),
      Mismatch(
        name: "another kind",
        second: {
          var input = try ConsensusFixtures.evaluation(by: "Bo")
          input.evaluation.kind = .selfAssessment
          return input
        }, path: "kind"),
      Mismatch(
        name: "no evaluator named",
        second: {
          var input = try ConsensusFixtures.evaluation(by: "Bo")
          input.evaluation.evaluators = []
          return input
        }, path: "evaluators"),
      Mismatch(
        name: "the same evaluator twice",
        second: { try ConsensusFixtures.evaluation(by: "Anna") }, path: "evaluators"),
      Mismatch(
        name: "a sub-area not scored yet",
        second: { try ConsensusFixtures.evaluation(by: "Bo", ["3.3": .pending]) },
        path: "areas[2].subAreas[2].points",
        kind: .notScoredYet),
      Mismatch(
        name: "a consensus evaluation",
        second: {
          var input = try ConsensusFixtures.evaluation(by: "Bo")
          input.evaluation.areas[0].subAreas[0].proposals = [
            Proposal(evaluator: "Cecilia", assessment: .points(3))
          ]
          return input
        }, path: "areas"),
    ])
  func refusedMismatch(_ mismatch: Mismatch) throws {
    let result = EvaluatorGroup.assemble([
      try Fixtures.evaluation(by: "Anna"), try mismatch.second(),
    ])
    #expect(result.value == nil)
    let error = try #require(result.errors.first)
    #expect(result.errors.count == 1, "\(result.errors)")
    #expect(error.kind == mismatch.kind)
    // The second file is named (the first is the reference).
    #expect(error.file == (try mismatch.second()).file)
    #expect(error.file != nil)
    #expect(error.path.description == mismatch.path)
    #expect(error.message.english?.isEmpty == false)
  }

  @Test("Different dates are allowed on request: a warning, and the consensus takes the latest")
  func differentDatesAllowed() throws {
    let result = EvaluatorGroup.assemble(
      [
        try Fixtures.evaluation(by: "Anna", date: "2024-10-15"),
        try Fixtures.evaluation(by: "Bo", date: "2024-10-17"),
      ], options: ConsensusOptions(allowDifferentDates: true))
    let group = try #require(result.value)
    #expect(result.warnings.map(\.path.description) == ["date"])
    #expect(group.consensusDraft().date == (try Fixtures.date("2024-10-17")))
  }

  @Test("One file is not a consensus")
  func tooFew() throws {
    let result = EvaluatorGroup.assemble([try Fixtures.evaluation(by: "Anna")])
    #expect(result.value == nil)
    #expect(result.errors.map(\.kind) == [.tooFewEvaluations])
  }

  // MARK: Merged findings, strengths and proposals

  @Test(
    "Findings, strengths and improvements are merged; duplicates after NFC and white space once")
  func mergedFindings() throws {
    let decomposed = "Riktlinjer fo\u{308}r dialog finns."  // "ö" as o + combining diaeresis
    let composed = "Riktlinjer för  dialog\nfinns. "
    let anna = try Fixtures.evaluation(
      by: "Anna",
      findings: [
        "1.1": [
          Finding(text: decomposed, source: .document, reference: "KS-2024/1"),
          Finding(text: "Egen iakttagelse.", source: .interview, recordedBy: "Dan"),
        ]
      ],
      strengths: ["1": ["Tydlig styrning"]])
    let bo = try Fixtures.evaluation(
      by: "Bo",
      findings: [
        "1.1": [
          Finding(text: composed, source: .document, reference: "KS-2024/1"),
          Finding(text: composed, source: .website),
        ]
      ],
      strengths: ["1": ["Tydlig  styrning", "Öppna möten"]])
    let draft = try Fixtures.group([anna, bo]).consensusDraft()
    let findings = try #require(draft.subArea(id: "1.1")?.findings)
    #expect(findings.map(\.text) == [decomposed, "Egen iakttagelse.", composed])
    #expect(findings.map(\.recordedBy) == ["Anna, Bo", "Dan", "Bo"])
    let area = try #require(draft.areas.first)
    #expect(area.strengths == ["Tydlig styrning", "Öppna möten"])
    #expect(
      area.proposals == [
        AreaProposal(evaluator: "Anna", assessment: nil, strengths: ["Tydlig styrning"]),
        AreaProposal(
          evaluator: "Bo", assessment: nil, strengths: ["Tydlig  styrning", "Öppna möten"]),
      ])
    // Areas where nobody named anything have no proposals.
    #expect(draft.areas[1].proposals.isEmpty)
    #expect(draft.evaluators == ["Anna", "Bo"])
  }

  // MARK: Round trip

  @Test("The draft validates, awaits consensus where pending, and scores once edited")
  func roundTrip() throws {
    let anna = try Fixtures.evaluation(by: "Anna", ["6.3": .points(10)])
    let bo = try Fixtures.evaluation(by: "Bo", ["6.3": .points(20), "2.2": .points(16)])
    let group = try Fixtures.group([anna, bo])
    let text = try group.consensusDraft().fileText()

    let loaded = Evaluation.load(bytes: Array(text.utf8), file: "konsensus.json")
    let draft = try #require(loaded.value)
    #expect(loaded.errors.isEmpty)
    #expect(loaded.warnings.map(\.kind) == [.awaitingConsensus])
    #expect(loaded.warnings.map(\.path.description) == ["areas[5].subAreas[2].points"])
    #expect(draft.idsAwaitingConsensus == ["6.3"])
    #expect(draft == group.consensusDraft())

    // The report from the draft's proposals agrees with the one from the files.
    let rubric = try #require(Fixtures.rubric)
    let fromDraft = try #require(DisagreementReport(proposalsOf: draft, rubric: rubric))
    let fromFiles = group.disagreementReport()
    #expect(fromDraft.rows.map(\.id) == fromFiles.rows.map(\.id))
    #expect(fromDraft.rows.map(\.spread) == fromFiles.rows.map(\.spread))
    #expect(fromDraft.intraclassCorrelation == fromFiles.intraclassCorrelation)
    #expect(fromDraft.total == fromFiles.total)

    // The group agrees on 15 for 6.3 and edits the file.
    let edited = text.replacingOccurrences(
      of:
        "\"id\": \"6.3\",\n          \"title\": \"Förbättringsarbete\",\n          \"points\": null",
      with:
        "\"id\": \"6.3\",\n          \"title\": \"Förbättringsarbete\",\n          \"points\": 15")
    #expect(edited != text)
    let final = Evaluation.load(bytes: Array(edited.utf8), file: "konsensus.json")
    #expect(final.problems.isEmpty, "\(final.problems)")
    let evaluation = try #require(final.value)
    #expect(evaluation.idsAwaitingConsensus.isEmpty)
    let scorecard = ScoringEngine(rubric: rubric).score(evaluation)
    // 398 at half the maxima, 6.3 at 15 (its half), 2.2 at the mean of 15 and 16 rounded: 16.
    #expect(scorecard.total.points == 399)
    #expect(scorecard.total.assessedMaxPoints == 800)
  }
}

@Suite("Consensus of area-level evaluations")
struct AreaLevelConsensusTests {
  /// An area-level evaluation: 50 points in every area but `changes`.
  static func evaluation(
    by evaluator: String, _ changes: [String: SubAreaEvaluation.Assessment] = [:],
    strengths: [String] = []
  ) throws -> NamedEvaluation {
    var input = try ConsensusFixtures.evaluation(by: evaluator)
    input.evaluation.detail = .area
    input.evaluation.areas = input.evaluation.areas.map { area in
      AreaEvaluation(
        id: area.id, strengths: area.id == "1" ? strengths : [],
        assessment: changes[area.id] ?? .points(50))
    }
    return input
  }

  @Test("Rows are areas; the draft keeps each evaluator's area points and strengths")
  func areaLevel() throws {
    let anna = try Self.evaluation(by: "Anna", ["3": .points(70)], strengths: ["Tydlig"])
    let bo = try Self.evaluation(by: "Bo", ["3": .points(40), "8": .notAssessed(reason: "Ej med")])
    let group = try ConsensusFixtures.group([anna, bo])
    let report = group.disagreementReport()
    #expect(report.detail == .area)
    #expect(report.rows.count == 8)
    #expect(report.areas.isEmpty)
    #expect(report.rows.map(\.id).prefix(2) == ["3", "8"])
    #expect(report.rows[0].spread == 30)
    #expect(report.rows[0].flag == .spread)  // 30 of 100 ≥ 20 %
    #expect(report.rows[1].flag == .scoredAndNotAssessed)
    #expect(report.total.points == [420, 340])
    #expect(report.total.assessedMaxPoints == [800, 700])

    let draft = group.consensusDraft()
    #expect(draft.idsAwaitingConsensus == ["3", "8"])
    #expect(draft.areas[0].assessment == .points(50))
    #expect(
      draft.areas[0].proposals == [
        AreaProposal(evaluator: "Anna", assessment: .points(50), strengths: ["Tydlig"]),
        AreaProposal(evaluator: "Bo", assessment: .points(50)),
      ])
    let text = try draft.fileText()
    let loaded = Evaluation.load(bytes: Array(text.utf8), file: "konsensus.json")
    #expect(loaded.errors.isEmpty, "\(loaded.errors)")
    #expect(loaded.warnings.map(\.kind) == [.awaitingConsensus, .awaitingConsensus])
    #expect(loaded.value == draft)
    let violations = try RepositorySchemas.evaluationValidator().violations(
      ofJSON: Array(text.utf8))
    #expect(violations.isEmpty, "\(violations)")
  }

  @Test("A draft of sub-area files validates against the JSON Schema")
  func subAreaDraftValidates() throws {
    let anna = try ConsensusFixtures.evaluation(
      by: "Anna", ["1.4": .points(6)],
      findings: ["1.1": [Finding(text: "Riktlinjer finns.", source: .document)]],
      strengths: ["1": ["Tydlig"]])
    let bo = try ConsensusFixtures.evaluation(by: "Bo", ["1.4": .notAssessed(reason: "Ej med")])
    let text = try ConsensusFixtures.group([anna, bo]).consensusDraft().fileText(
      schemaReference: "./evaluation.schema.json")
    let violations = try RepositorySchemas.evaluationValidator().violations(
      ofJSON: Array(text.utf8))
    #expect(violations.isEmpty, "\(violations)")
  }
}
