import Foundation
import Testing

@testable import KommunKompass

/// Follow-ups of action plans on the made-up Testby evaluations, every figure computed by hand
/// from the fixture files.
@Suite("Action plan follow-up")
struct PlanFollowUpTests {
  /// The Testby plan made from the 2018 evaluation (five actions, see the fixture).
  static func plan2018() throws -> ActionPlan {
    let url = RepositoryFiles.root.appendingPathComponent(
      "Tests/kompassTests/Fixtures/plans/testby-plan-2018.json")
    return try require(ActionPlan.load(contentsOf: url).value, "the Testby plan does not load")
  }

  static func testby() throws -> Municipality {
    Municipality(name: "Testby kommun", code: try require(MunicipalityCode(rawValue: "1899")))
  }

  static func date(_ text: String) throws -> CalendarDate {
    try require(CalendarDate(text), "\(text) is no date")
  }

  static func followUp2018(
    after: String? = "evaluations/testby-2020.json", asOf: String = "2020-11",
    editing edit: (inout ActionPlan) -> Void = { _ in }
  ) throws -> PlanFollowUp {
    var plan = try plan2018()
    edit(&plan)
    let before = try ComparisonFixtures.evaluation("evaluations/testby-2018.json")
    let later = try after.map { try ComparisonFixtures.evaluation($0) }
    let result = plan.followUp(before: before, after: later, asOf: try date(asOf))
    return try require(result.value, "\(result.problems)")
  }

  @Test("2018 to 2020: every target's figures, outcome and expectation")
  func targets2018To2020() throws {
    let followUp = try Self.followUp2018()
    struct Row: Equatable {
      var id: String
      var laterID: String?
      var before: Double?
      var after: Double?
      var outcome: TargetFollowUp.Outcome
      var reached: Bool?
    }
    let rows = followUp.actions.map { action in
      action.targets.map {
        Row(
          id: $0.id, laterID: $0.laterID, before: $0.pointsBefore, after: $0.pointsAfter,
          outcome: $0.outcome, reached: $0.expectationReached)
      }
    }
    #expect(
      rows == [
        // A1: 20 → 33 of 40 is +13 points; 33 reaches the 30 expected.
        [
          Row(
            id: "3.2", laterID: "3.2", before: 20, after: 33, outcome: .confirmedImprovement,
            reached: true)
        ],
        // A2: 15 → 10 of 20 is −5 points.
        [Row(id: "4.1", laterID: "4.1", before: 15, after: 10, outcome: .declined, reached: nil)],
        // A3: 1.4 was deliberately not assessed in 2020.
        [
          Row(id: "1.4", laterID: "1.4", before: 5, after: nil, outcome: .notAssessed, reached: nil)
        ],
        // A4: 4.8 → 5 of 10 is only 0.2 points but 48 % → 50 %, 2 percentage points (threshold 1);
        // 5 does not reach the 8 expected.
        [
          Row(
            id: "1.2", laterID: "1.2", before: 4.8, after: 5, outcome: .confirmedImprovement,
            reached: false)
        ],
        // A5: 5.3 has "points": null in 2020; 1.1 12.6 → 12.51 of 20 is −0.09 points, −0.45
        // percentage points, below both thresholds.
        [
          Row(
            id: "5.3", laterID: "5.3", before: 10, after: nil, outcome: .notScoredYet, reached: nil),
          Row(
            id: "1.1", laterID: "1.1", before: 12.6, after: 12.51, outcome: .unchanged, reached: nil
          ),
        ],
      ])
    #expect(followUp.actions.map(\.targets).joined().map(\.percentBefore)[0] == 50)
    #expect(!followUp.crossesVersions)
  }

  @Test("2018 to 2020: the summary lists")
  func summary2018To2020() throws {
    let followUp = try Self.followUp2018()
    #expect(followUp.asOf == (try Self.date("2020-11")))
    #expect(followUp.doneCount == 3, "A1, A2 and A4")
    #expect(followUp.confirmedCount == 2, "A1 and A4; A2 declined")
    #expect(followUp.actions.map(\.isConfirmed) == [true, false, false, true, false])
    #expect(followUp.doneButDeclined == ["A2"])
    #expect(followUp.overdue == ["A3"], "A3 was due 2019-12 and is ongoing in 2020-11")
    // Untargeted sub-areas up by at least 1 point or 1 percentage point: 1.3 15 → 21, 2.1 7.5 → 10,
    // 3.1 5 → 9, 3.3 15 → 20, 3.4 10 → 18, 7.4 10 → 11. 2.2, 4.2, 4.4 and 8.5 declined.
    #expect(followUp.improvedWithoutAction == ["1.3", "2.1", "3.1", "3.3", "3.4", "7.4"])
    // 2018 is 422.4 of 800 (53 %); no sub-area is 10 percentage points below (1.2 is 48 %).
    #expect(followUp.notAddressed.isEmpty)
    #expect(
      followUp.areas.map { "\($0.id) \($0.planned) \($0.done) \($0.confirmed)" } == [
        "1 3 1 1", "2 0 0 0", "3 1 1 1", "4 1 1 0", "5 1 0 0", "6 0 0 0", "7 0 0 0", "8 0 0 0",
      ])
  }

  @Test("A weak sub-area no action targets is not addressed; an area target addresses it")
  func weakSubAreaNotAddressed() throws {
    // With 2.1 at 2 of 15 (13 %) the 2018 total is 416.9 of 800 (52 %): 2.1 is 39 points below.
    var before = try ComparisonFixtures.evaluation("evaluations/testby-2018.json")
    before.evaluation.areas[1].subAreas[0].assessment = .points(2)
    let after = try ComparisonFixtures.evaluation("evaluations/testby-2020.json")
    let plan = try Self.plan2018()
    let date = try Self.date("2020-11")
    let followUp = try require(plan.followUp(before: before, after: after, asOf: date).value)
    #expect(followUp.notAddressed == ["2.1"])
    #expect(followUp.improvedWithoutAction.contains("2.1"), "2 → 10 without an action")

    var covering = plan
    covering.actions.append(
      PlanAction(id: "A6", title: "Hållbarhetsstrategi", targets: ["2"], status: .done))
    let covered = try require(covering.followUp(before: before, after: after, asOf: date).value)
    #expect(covered.notAddressed.isEmpty)
    #expect(covered.improvedWithoutAction == ["1.3", "3.1", "3.3", "3.4", "7.4"])
    // Area 2 as a whole: 2 + 15 + 15 + 12.5 = 44.5 → 10 + 12 + 15 + 12.5 = 49.5, +5 points.
    #expect(covered.actions[5].targets.map(\.id) == ["2"])
    #expect(covered.actions[5].targets.map(\.outcome) == [.confirmedImprovement])
    #expect(covered.actions[5].targets.map(\.pointsBefore) == [44.5])
    #expect(covered.confirmedCount == 3)
    #expect(
      covered.areas[1]
        == AreaFollowUp(
          id: "2", title: covered.areas[1].title, planned: 1, done: 1, confirmed: 1))
  }

  @Test("An expectation on a sub-area targeted through its area is judged on the sub-area")
  func expectationUnderAnAreaTarget() throws {
    let followUp = try Self.followUp2018 { plan in
      plan.actions[0].targets = ["3"]
      plan.actions[0].expectedEffects = [ExpectedEffect(subAreaID: "3.4", points: 18)]
    }
    let targets = followUp.actions[0].targets
    // Area 3: 5 + 20 + 15 + 10 = 50 → 9 + 33 + 20 + 18 = 80; 3.4: 10 → 18 of 20 reaches 18.
    #expect(targets.map(\.id) == ["3", "3.4"])
    #expect(targets.map(\.pointsBefore) == [50, 10])
    #expect(targets.map(\.pointsAfter) == [80, 18])
    #expect(targets.map(\.outcome) == [.confirmedImprovement, .confirmedImprovement])
    #expect(targets.map(\.expectationReached) == [nil, true])
    #expect(!followUp.improvedWithoutAction.contains("3.1"), "3.1 is targeted through area 3")
  }

  @Test("A dropped action is neither overdue nor counted as planned for its area")
  func droppedAction() throws {
    let followUp = try Self.followUp2018 { plan in
      plan.actions[2].status = .dropped
    }
    #expect(followUp.overdue.isEmpty)
    #expect(followUp.areas[0].planned == 2, "A4 and A5 remain in area 1")
  }

  @Test("Without a later evaluation: status and overdue as of the given date, no changes")
  func progressSoFar() throws {
    let early = try Self.followUp2018(after: nil, asOf: "2019-12-31")
    #expect(early.overdue.isEmpty, "A3 is due within 2019-12")
    #expect(early.afterDate == nil && early.laterRubricID == nil)
    #expect(early.actions.allSatisfy { $0.targets.isEmpty })
    #expect(early.improvedWithoutAction.isEmpty)
    #expect(early.confirmedCount == 0 && early.doneCount == 3)
    let late = try Self.followUp2018(after: nil, asOf: "2020-12-01")
    #expect(late.overdue == ["A3", "A5"], "A5 was due 2020-11 and is still planned")
    let month = try Self.followUp2018(after: nil, asOf: "2020-11")
    #expect(month.overdue == ["A3"], "a month-only date counts from its first day")
  }

  @Test("Followed up with an evaluation per area, sub-area targets are not comparable and say why")
  func areaLevelAfter() throws {
    let followUp = try Self.followUp2018(after: "evaluations/testby-2022-area.json")
    #expect(
      followUp.actions.flatMap(\.targets).map(\.outcome)
        == Array(repeating: .noSubAreaDetail, count: 6))
    #expect(followUp.actions[0].targets[0].expectationReached == nil)
    #expect(followUp.confirmedCount == 0 && followUp.doneButDeclined.isEmpty)
    #expect(followUp.overdue == ["A3", "A5"], "as of 2022-05-20")
  }

  @Test("The plan's evaluation must be the one given as before, and after must be later")
  func wrongEvaluations() throws {
    let plan = try Self.plan2018()
    let e2018 = try ComparisonFixtures.evaluation("evaluations/testby-2018.json")
    let e2020 = try ComparisonFixtures.evaluation("evaluations/testby-2020.json")
    let date = try Self.date("2020-11")
    let swapped = plan.followUp(before: e2020, after: e2018, asOf: date)
    #expect(swapped.value == nil)
    #expect(swapped.errors.map(\.kind) == [.baselineMismatch])
    let same = plan.followUp(before: e2018, after: e2018, asOf: date)
    #expect(same.value == nil)
    #expect(same.errors.map(\.kind) == [.followUpNotLater])
    #expect(same.errors.first?.path.description == "date")
  }

  @Test("A plan on the 2016 version followed up with 2020: each area through the crosswalk")
  func acrossVersions2016To2020() throws {
    let plan = ActionPlan(
      rubricID: "kommunkompassen-2016", municipality: try Self.testby(),
      evaluation: BaselineReference(date: try Self.date("2016-09")),
      actions: [
        PlanAction(id: "B1", title: "Styrmodell", targets: ["3"], status: .done),
        PlanAction(id: "B2", title: "Arbetsgivarpolitik", targets: ["6"], status: .done),
        PlanAction(
          id: "B3", title: "Resultatjämförelser", targets: ["5"], due: try Self.date("2017-06"),
          status: .ongoing),
        PlanAction(
          id: "B4", title: "Öppna nämndmöten", targets: ["1"], due: try Self.date("2021-12"),
          status: .planned),
      ])
    #expect(
      plan.validationProblems(
        against: try require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2016"))
      ).isEmpty)
    let before = try ComparisonFixtures.evaluation("evaluations/testby-2016.json")
    let after = try ComparisonFixtures.evaluation("evaluations/testby-2020.json")
    let followUp = try require(
      plan.followUp(before: before, after: after, asOf: try Self.date("2020-11")).value)
    #expect(followUp.crossesVersions)
    let targets = followUp.actions.map { action in
      action.targets.map {
        "\($0.id)→\($0.laterID ?? "-") \(($0.percentBefore ?? -1).rounded()) \(($0.percentAfter ?? -1).rounded()) \($0.outcome.rawValue)"
      }
    }
    #expect(
      targets == [
        // 2016 area 3 is 2020 area 3: 60 % → 80 %.
        ["3→3 60.0 80.0 confirmedImprovement"],
        // 2016 area 6 went to 2020 areas 7 and 8, which share it with 2016 area 4, so they are
        // one row as in compare: (50 + 70) / 200 = 60 % → (51 + 49.2) / 200 = 50 %.
        ["6→7+8 60.0 50.0 declined"],
        // 2016 area 5 is 2020 area 4: 40 % → 55 %.
        ["5→4 40.0 55.0 confirmedImprovement"],
        // 2016 area 1 is 2020 area 1: 45 % → 53.51 of the 90 assessed, 59 %.
        ["1→1 45.0 59.0 confirmedImprovement"],
      ])
    #expect(followUp.actions.flatMap(\.targets).allSatisfy { $0.expectationReached == nil })
    #expect(followUp.doneCount == 2 && followUp.confirmedCount == 1)
    #expect(followUp.doneButDeclined == ["B2"])
    #expect(followUp.overdue == ["B3"])
    // Untargeted 2016 areas: 2 → 5 (55 % → 50 %), 4 → 8 (pooled, 60 % → 49 %), 7 → 6 (35 % → 50 %),
    // 8 → 2 (65 % → 50 %).
    #expect(followUp.improvedWithoutAction == ["7"])
    #expect(followUp.notAddressed.isEmpty, "an evaluation per area has no weak sub-areas")
    #expect(
      followUp.areas.map { "\($0.id) \($0.planned) \($0.done) \($0.confirmed)" } == [
        "1 1 0 0", "2 0 0 0", "3 1 1 1", "4 0 0 0", "5 1 0 0", "6 1 1 0", "7 0 0 0", "8 0 0 0",
      ])
  }

  @Test("Targets the crosswalk does not connect are not comparable: removed, or not mapped")
  func notConnectedAcrossVersions() throws {
    let catalog = try ComparisonFixtures.catalog()
    let comparer = EvaluationComparer(
      rubrics: catalog,
      crosswalks: CrosswalkCatalog(crosswalks: [try ComparisonFixtures.testCrosswalk()]))
    let plan = ActionPlan(
      rubricID: "testrubrik-a", municipality: try Self.testby(),
      evaluation: BaselineReference(date: try Self.date("2019-03")),
      actions: [
        PlanAction(id: "C1", title: "Kontroll", targets: ["3"], status: .done),
        PlanAction(id: "C2", title: "Service", targets: ["2.1"], status: .done),
        PlanAction(id: "C3", title: "Dialog", targets: ["1.2"], status: .done),
        PlanAction(
          id: "C4", title: "Information", targets: ["1.1"], status: .done,
          expectedEffects: [ExpectedEffect(subAreaID: "1.1", points: 25)]),
        PlanAction(id: "C5", title: "Effektivitet", targets: ["2"], status: .ongoing),
      ])
    let rubric = try require(catalog.rubric(id: "testrubrik-a"))
    #expect(plan.validationProblems(against: rubric).isEmpty)
    let before = try ComparisonFixtures.evaluation(
      "evaluations/testby-testrubrik-a.json", catalog: catalog)
    let after = try ComparisonFixtures.evaluation(
      "evaluations/testby-testrubrik-b.json", catalog: catalog)
    let followUp = try require(
      plan.followUp(
        before: before, after: after, asOf: try Self.date("2023-03"), comparer: comparer
      ).value)
    let targets = followUp.actions.map { action in
      action.targets.map { "\($0.id)→\($0.laterID ?? "-") \($0.outcome.rawValue)" }
    }
    #expect(
      targets == [
        // Area 3 was removed in version B.
        ["3→- notConnected"],
        // The crosswalk links area 2 but not its sub-area 2.1.
        ["2.1→- notConnected"],
        // 1.2 is linked as revised: 30 → 30 of 60.
        ["1.2→1.2 unchanged"],
        // 1.1 is the same: 20 → 30 of 40, and 30 reaches the 25 expected.
        ["1.1→1.1 confirmedImprovement"],
        // Area 2 was split into B's areas 2 and 3, which share A's areas 2 and 4, so they are one
        // row as in compare: (60 + 40) / 200 = 50 % → (70 + 45) / 200 = 57.5 %.
        ["2→2+3 confirmedImprovement"],
      ])
    #expect(followUp.actions[3].targets[0].expectationReached == true)
    #expect(
      followUp.actions[0].targets[0].outcome.title.english
        == "not comparable: not connected across the versions of Kommunkompassen")
    #expect(followUp.confirmedCount == 1, "C4 only; C1 and C2 cannot be confirmed")
    #expect(followUp.improvedWithoutAction.isEmpty, "4.1 is not connected either")
  }

  @Test(
    "Overdue only after the whole period of the due date, and only while open",
    arguments: [
      ("2019-12", "2019-12-31", false), ("2019-12", "2020-01", true),
      ("2019-12-10", "2019-12-10", false), ("2019-12-10", "2019-12-11", true),
      ("2019-12-10", "2019-12", false), ("2019-12", "2019-12", false),
    ])
  func overdue(due: String, asOf: String, expected: Bool) throws {
    let date = try Self.date(asOf)
    for status in ActionStatus.allCases {
      let action = PlanAction(
        id: "A1", title: "x", targets: ["1.1"], due: try Self.date(due), status: status)
      let open = status == .planned || status == .ongoing
      #expect(action.isOverdue(asOf: date) == (open && expected), "\(status)")
    }
    #expect(
      !PlanAction(id: "A1", title: "x", targets: ["1.1"]).isOverdue(asOf: date), "no due date")
  }
}
