// swift-format-ignore-file: NeverForceUnwrap
// These tests edit parsed JSON fixtures and bundled data whose shape the test itself fixes; a
// failed cast or unwrap here is a broken fixture, and stopping the run is the right outcome.

import Foundation
import Testing

@testable import KommunKompass

@Suite("kompass plan and follow-up")
struct PlanCommandTests {
  static let fixtures = KompassProcess.packageRoot.appendingPathComponent(
    "Tests/kompassTests/Fixtures")
  static let plan = fixtures.appendingPathComponent("plans/testby-plan-2018.json")
  static func evaluation(_ year: Int) -> NamedEvaluation {
    let url = fixtures.appendingPathComponent("evaluations/testby-\(year).json")
    return NamedEvaluation(file: url.path, evaluation: Evaluation.load(contentsOf: url).value!)
  }

  @Test("The Testby plan for 2018 followed up with 2020, computed by hand")
  func handComputedFollowUp() throws {
    let plan = try #require(ActionPlan.load(contentsOf: Self.plan).value)
    let date = try #require(CalendarDate("2020-11"))
    let followUp = try #require(
      plan.followUp(before: Self.evaluation(2018), after: Self.evaluation(2020), asOf: date).value)
    let outcomes = followUp.actions.map { $0.targets.map(\.outcome) }
    // 3.2: 20 → 33; 4.1: 15 → 10; 1.4 not assessed in 2020; 1.2: 4.8 → 5 is 2 percentage points of 10;
    // 5.3 not scored in 2020; 1.1: 12.6 → 12.51 is less than a point and a percentage point.
    #expect(
      outcomes == [
        [.confirmedImprovement], [.declined], [.notAssessed], [.confirmedImprovement],
        [.notScoredYet, .unchanged],
      ])
    #expect(followUp.actions[0].targets[0].expectationReached == true)
    #expect(followUp.actions[3].targets[0].expectationReached == false)
    #expect(
      followUp.overdue == ["A3"], "A3 was due 2019-12 and is ongoing; A5 is due within 2020-11")
    #expect(followUp.doneCount == 3)
    #expect(followUp.confirmedCount == 2)
    #expect(followUp.doneButDeclined == ["A2"])
    #expect(followUp.improvedWithoutAction == ["1.3", "2.1", "3.1", "3.3", "3.4", "7.4"])
    #expect(followUp.notAddressed.isEmpty, "Testby 2018 has no weak sub-areas")
  }

  @Test(
    "Overdue only after the whole period of the due date",
    arguments: [
      ("2019-12", "2019-12-31", false), ("2019-12", "2020-01", true),
      ("2019-12-10", "2019-12-10", false),
      ("2019-12-10", "2019-12-11", true), ("2019-12-10", "2019-12", false),
    ])
  func overdue(due: String, asOf: String, expected: Bool) throws {
    var action = PlanAction(
      id: "A1", title: "x", targets: ["1.1"], due: CalendarDate(due), status: .ongoing)
    #expect(action.isOverdue(asOf: try #require(CalendarDate(asOf))) == expected)
    action.status = .done
    #expect(!action.isOverdue(asOf: try #require(CalendarDate(asOf))))
  }

  @Test("Unknown ids, a due date before the start and a target above the maximum are errors")
  func invalidPlan() throws {
    let text = """
      {"formatVersion":1,"rubric":"kommunkompassen-2020","municipality":{"name":"Testby kommun","code":"1899","fictitious":true},
      "evaluation":{"date":"2018-10-15"},"actions":[{"id":"A1","title":"x","targets":["1.9"],"owner":null,
      "start":"2020-02","due":"2020-01","status":"planned"},{"id":"A2","title":"y","targets":["1.2"],
      "status":"done","expectedEffects":[{"subArea":"1.2","points":99}]}]}
      """
    let result = ActionPlan.load(bytes: Array(text.utf8), file: "p.json")
    #expect(result.value == nil)
    let found = result.problems.map { "\($0.location?.line ?? 0) \($0.path) \($0.kind.rawValue)" }
    #expect(
      found == [
        "2 actions[0].targets[0] unknownID", "3 actions[0].due dueBeforeStart",
        "4 actions[1].expectedEffects[0].points outOfRange",
      ])
  }

  @Test(
    "kompass plan scaffolds one action per improvement opportunity, then weak sub-areas, and refuses to overwrite"
  )
  func scaffold() throws {
    let folder = try KompassProcess.temporaryFolder()
    let kumla = KompassProcess.packageRoot.appendingPathComponent("Evaluations/kumla-2020.json")
      .path
    let first = try KompassProcess.run(["plan", kumla, "--output", "plan.json"], in: folder)
    #expect(first.exitCode == 0, "\(first.standardError)")
    let file = folder.appendingPathComponent("plan.json")
    let plan = try #require(ActionPlan.load(contentsOf: file).value)
    let evaluation = try #require(Evaluation.load(contentsOf: URL(fileURLWithPath: kumla)).value)
    let improvements = evaluation.areas.flatMap { area in area.improvements.map { (area.id, $0) } }
    #expect(
      plan.actions.prefix(improvements.count).map { $0.targets } == improvements.map { [$0.0] })
    #expect(plan.actions.prefix(improvements.count).map(\.title) == improvements.map(\.1))
    #expect(plan.actions.map(\.id) == (1...plan.actions.count).map { "A\($0)" })
    #expect(
      plan.actions.allSatisfy {
        $0.status == .planned && $0.owner == nil && $0.start == nil && $0.due == nil
      })
    let rubric = try #require(RubricCatalog.bundled.rubric(id: evaluation.rubricID))
    let weak = ScoringEngine(rubric: rubric).score(evaluation).weakestSubAreas.map(\.subArea.id)
    let covered = Set(
      plan.actions.prefix(improvements.count).flatMap { $0.targetedSubAreaIDs(in: rubric) })
    #expect(
      plan.actions.dropFirst(improvements.count).map(\.targets)
        == weak.filter { !covered.contains($0) }.map { [$0] })
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains("\"owner\": null"))
    let second = try KompassProcess.run(["plan", kumla, "--output", "plan.json"], in: folder)
    #expect(second.exitCode == 1)
    #expect(try String(contentsOf: file, encoding: .utf8) == text)
    #expect(
      try KompassProcess.run(["plan", kumla, "--output", "plan.json", "--force"], in: folder)
        .exitCode == 0)
    let validate = try KompassProcess.run(["validate", "plan.json"], in: folder)
    #expect(
      validate.exitCode == 0 && validate.standardOutput.contains("giltig handlingsplan"),
      "\(validate.standardError)")
  }

  @Test("A scaffolded plan names the plan schema where one is reachable, as init does")
  func schemaReference() throws {
    let folder = try KompassProcess.temporaryFolder()
    let manager = FileManager.default
    let kumla = KompassProcess.packageRoot.appendingPathComponent("Evaluations/kumla-2020.json")
    let without = try KompassProcess.run(["plan", kumla.path, "--output", "plan.json"], in: folder)
    #expect(without.exitCode == 0, "\(without.standardError)")
    let bare = try String(
      contentsOf: folder.appendingPathComponent("plan.json"), encoding: .utf8)
    #expect(!bare.contains("$schema"), "no schema in reach of the temporary folder")

    try manager.createDirectory(
      at: folder.appendingPathComponent("Evaluations"), withIntermediateDirectories: true)
    try manager.createDirectory(
      at: folder.appendingPathComponent("plans"), withIntermediateDirectories: true)
    try manager.copyItem(
      at: KompassProcess.packageRoot.appendingPathComponent("Evaluations/plan.schema.json"),
      to: folder.appendingPathComponent("Evaluations/plan.schema.json"))
    let with = try KompassProcess.run(
      ["plan", kumla.path, "--output", "plans/plan.json"], in: folder)
    #expect(with.exitCode == 0, "\(with.standardError)")
    let text = try String(
      contentsOf: folder.appendingPathComponent("plans/plan.json"), encoding: .utf8)
    #expect(text.hasPrefix("{\n  \"$schema\": \"../Evaluations/plan.schema.json\",\n"))
    #expect(with.standardError == "Skrev plans/plan.json: 28 åtgärder att fylla i.\n")
  }

  @Test(
    "A reference through a symlinked folder is resolved from the referencing file's real location")
  func symlinkedFolder() throws {
    let folder = try KompassProcess.temporaryFolder()
    let manager = FileManager.default
    try manager.createDirectory(
      at: folder.appendingPathComponent("real/plans"), withIntermediateDirectories: true)
    try manager.createDirectory(
      at: folder.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
    try manager.createSymbolicLink(
      at: folder.appendingPathComponent("elsewhere/plans"),
      withDestinationURL: folder.appendingPathComponent("real/plans"))
    let reference = BaselineReference(date: CalendarDate("2018-10")!, file: "../e.json")
    let through = folder.appendingPathComponent("elsewhere/plans/p.json")
    let resolved = reference.resolvedFile(
      relativeTo: through, displayName: "p.json", key: "evaluation")
    #expect(
      resolved.url?.resolvingSymlinksInPath().path
        == folder.appendingPathComponent("real/e.json").resolvingSymlinksInPath().path)
    #expect(resolved.problems.isEmpty, "a sibling folder is inside the tree")
    let inside = BaselineReference(date: CalendarDate("2018-10")!, file: "sub/e.json")
      .resolvedFile(relativeTo: through, displayName: "p.json", key: "evaluation")
    #expect(inside.problems.isEmpty)
    let absolute = BaselineReference(date: CalendarDate("2018-10")!, file: "/etc/shadow")
      .resolvedFile(relativeTo: through, displayName: "p.json", key: "baseline")
    #expect(absolute.problems.map(\.severity) == [.warning])
  }

  @Test(
    "kompass follow-up in every format and both languages",
    arguments: ["text", "json", "csv", "markdown"])
  func formats(format: String) throws {
    for language in ["sv", "en"] {
      let result = try KompassProcess.run(
        [
          "follow-up", Self.plan.path, Self.evaluation(2018).file!, Self.evaluation(2020).file!,
          "--format", format,
          "--language", language,
        ], in: Self.fixtures)
      #expect(result.exitCode == 0, "\(result.standardError)")
      #expect(result.standardOutput.contains("A2"))
      if format == "text" {
        #expect(
          result.standardOutput.contains(
            language == "sv" ? "Förbättrat utan åtgärd: 1.3" : "Improved without action: 1.3"))
      }
    }
    let progress = try KompassProcess.run(
      ["follow-up", Self.plan.path, Self.evaluation(2018).file!, "--as-of", "2020-07-01"],
      in: Self.fixtures)
    #expect(progress.exitCode == 0, "\(progress.standardError)")
    #expect(progress.standardOutput.contains("Försenade: A3"))
  }
}
