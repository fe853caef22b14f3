// swift-format-ignore-file: NeverForceUnwrap
// These tests edit a parsed plan fixture whose shape the test itself fixes; a failed cast here is
// a broken fixture, and stopping the run is the right outcome.

import Foundation
import Testing

@testable import KommunKompass

/// `Evaluations/plan.schema.json` and `ActionPlan.load` agree: the same keys, each broken plan
/// rejected by both for the same reason at the same place, each unusual but valid plan accepted by
/// both.
@Suite("Plan schema and loader agreement")
struct PlanSchemaAgreementTests {
  typealias Rejected = SchemaLoaderAgreementTests.Rejected
  typealias Accepted = SchemaLoaderAgreementTests.Accepted

  /// The Testby plan made from the 2018 evaluation.
  static let fixture = RepositoryFiles.root.appendingPathComponent(
    "Tests/kompassTests/Fixtures/plans/testby-plan-2018.json")

  static let rejected: [Rejected] = [
    Rejected(
      name: "unknown key at the top level", bytes: plan { $0["comment"] = "utkast" },
      keyword: "additionalProperties", pointer: "", kind: .unknownKey, path: "comment"),
    Rejected(
      name: "unknown key in an action", bytes: plan { editAction(&$0) { $0["priority"] = 1 } },
      keyword: "additionalProperties", pointer: "/actions/0", kind: .unknownKey,
      path: "actions[0].priority"),
    Rejected(
      name: "no actions", bytes: plan { $0["actions"] = nil },
      keyword: "required", pointer: "", kind: .missingKey, path: "actions"),
    Rejected(
      name: "no evaluation", bytes: plan { $0["evaluation"] = nil },
      keyword: "required", pointer: "", kind: .missingKey, path: "evaluation"),
    Rejected(
      name: "evaluation without a date", bytes: plan { $0["evaluation"] = ["file": "a.json"] },
      keyword: "required", pointer: "/evaluation", kind: .missingKey, path: "evaluation.date"),
    Rejected(
      name: "unknown key in the evaluation",
      bytes: plan { $0["evaluation"] = ["date": "2018-10-15", "path": "a.json"] },
      keyword: "additionalProperties", pointer: "/evaluation", kind: .unknownKey,
      path: "evaluation.path"),
    Rejected(
      name: "municipality code \"189\"",
      bytes: plan { $0["municipality"] = ["name": "Testby kommun", "code": "189"] },
      keyword: "pattern", pointer: "/municipality/code", kind: .invalidMunicipalityCode,
      path: "municipality.code"),
    Rejected(
      name: "empty plan title", bytes: plan { $0["title"] = "" },
      keyword: "minLength", pointer: "/title", kind: .emptyValue, path: "title"),
    Rejected(
      name: "formatVersion 0", bytes: plan { $0["formatVersion"] = 0 },
      keyword: "minimum", pointer: "/formatVersion", kind: .outOfRange, path: "formatVersion"),
    Rejected(
      name: "an action without targets", bytes: plan { editAction(&$0) { $0["targets"] = nil } },
      keyword: "required", pointer: "/actions/0", kind: .missingKey, path: "actions[0].targets"),
    Rejected(
      name: "an action with an empty list of targets",
      bytes: plan { editAction(&$0) { $0["targets"] = [String]() } },
      keyword: "minItems", pointer: "/actions/0/targets", kind: .emptyValue,
      path: "actions[0].targets"),
    Rejected(
      name: "an empty target id", bytes: plan { editAction(&$0) { $0["targets"] = [""] } },
      keyword: "minLength", pointer: "/actions/0/targets/0", kind: .emptyValue,
      path: "actions[0].targets[0]"),
    Rejected(
      name: "an action without a title", bytes: plan { editAction(&$0) { $0["title"] = nil } },
      keyword: "required", pointer: "/actions/0", kind: .missingKey, path: "actions[0].title"),
    Rejected(
      name: "status \"klar\"", bytes: plan { editAction(&$0) { $0["status"] = "klar" } },
      keyword: "enum", pointer: "/actions/0/status", kind: .invalidValue,
      path: "actions[0].status"),
    Rejected(
      name: "due date \"2019-13\"", bytes: plan { editAction(&$0) { $0["due"] = "2019-13" } },
      keyword: "anyOf", pointer: "/actions/0/due", kind: .invalidDate, path: "actions[0].due"),
    Rejected(
      name: "owner as a list", bytes: plan { editAction(&$0) { $0["owner"] = ["HR"] } },
      keyword: "type", pointer: "/actions/0/owner", kind: .wrongType,
      path: "actions[0].owner"),
    Rejected(
      name: "negative expected points",
      bytes: plan {
        editAction(&$0) { $0["expectedEffects"] = [["subArea": "3.2", "points": -1]] }
      },
      keyword: "minimum", pointer: "/actions/0/expectedEffects/0/points", kind: .outOfRange,
      path: "actions[0].expectedEffects[0].points"),
    Rejected(
      name: "expected points written as text",
      bytes: plan {
        editAction(&$0) { $0["expectedEffects"] = [["subArea": "3.2", "points": "30"]] }
      },
      keyword: "type", pointer: "/actions/0/expectedEffects/0/points", kind: .wrongType,
      path: "actions[0].expectedEffects[0].points"),
    Rejected(
      name: "an expected effect without its sub-area",
      bytes: plan { editAction(&$0) { $0["expectedEffects"] = [["points": 30]] } },
      keyword: "required", pointer: "/actions/0/expectedEffects/0", kind: .missingKey,
      path: "actions[0].expectedEffects[0].subArea"),
    Rejected(
      name: "a link to an improvement opportunity and a finding at once",
      bytes: plan {
        editAction(&$0) {
          $0["answers"] = [["area": "3", "improvement": 1, "subArea": "3.2", "finding": 1]]
        }
      },
      keyword: "oneOf", pointer: "/actions/0/answers/0", kind: .missingKey,
      path: "actions[0].answers[0]"),
    Rejected(
      name: "a link to an improvement opportunity without its area",
      bytes: plan { editAction(&$0) { $0["answers"] = [["improvement": 1]] } },
      keyword: "oneOf", pointer: "/actions/0/answers/0", kind: .missingKey,
      path: "actions[0].answers[0]"),
    Rejected(
      name: "a link to the improvement opportunity at position 0",
      bytes: plan { editAction(&$0) { $0["answers"] = [["area": "3", "improvement": 0]] } },
      keyword: "minimum", pointer: "/actions/0/answers/0/improvement", kind: .outOfRange,
      path: "actions[0].answers[0].improvement"),
    Rejected(
      name: "a link position of 1.5",
      bytes: plan { editAction(&$0) { $0["answers"] = [["subArea": "3.2", "finding": 1.5]] } },
      keyword: "type", pointer: "/actions/0/answers/0/finding", kind: .wrongType,
      path: "actions[0].answers[0].finding"),
  ]

  static let accepted: [Accepted] = [
    Accepted(
      name: "the Testby plan with \"$schema\"",
      bytes: plan { $0["$schema"] = "../../../../Evaluations/plan.schema.json" }),
    Accepted(name: "no formatVersion", bytes: plan { $0["formatVersion"] = nil }),
    Accepted(
      name: "a scaffolded action: owner and dates null, status planned",
      bytes: plan { object in
        editAction(&object) { action in
          for key in ["owner", "start", "due", "statusDate"] { action[key] = NSNull() }
          action["status"] = "planned"
        }
      }),
    Accepted(
      name: "explicit null for every optional text and list",
      bytes: plan { object in
        object["title"] = NSNull()
        object["evaluation"] = ["date": "2018-10-15", "file": NSNull()]
        editAction(&object) { action in
          for key in ["description", "statusNote", "expectedEffects", "answers"] {
            action[key] = NSNull()
          }
        }
      }),
    Accepted(
      name: "links to an improvement opportunity and to a finding, the other keys null",
      bytes: plan { object in
        editAction(&object) {
          $0["answers"] = [
            ["area": "3", "improvement": 2, "subArea": NSNull(), "finding": NSNull()],
            ["subArea": "3.2", "finding": 1, "area": NSNull()],
          ]
        }
      }),
    Accepted(
      name: "an area target with an expected effect on one of its sub-areas, month-only dates",
      bytes: plan { object in
        editAction(&object) {
          $0["targets"] = ["3"]
          $0["start"] = "2019-01"
          $0["due"] = "2019-01"
          $0["expectedEffects"] = [["subArea": "3.4", "points": 0]]
        }
      }),
    Accepted(
      name: "a dropped action with a description",
      bytes: plan { object in
        editAction(&object) {
          $0["status"] = "dropped"
          $0["description"] = "Ersätts av en ny kvalitetsmodell."
        }
      }),
  ]

  @Test("A broken plan is rejected by both the schema and ActionPlan.load", arguments: rejected)
  func brokenPlanIsRejectedByBoth(_ example: Rejected) throws {
    let bytes = try example.bytes()
    let violations = try RepositorySchemas.planValidator().violations(ofJSON: bytes)
    #expect(
      violations.contains {
        $0.keyword == example.keyword && $0.instanceLocation == example.pointer
      },
      "expected \(example.keyword) at \"\(example.pointer)\", got \(violations)")

    let result = ActionPlan.load(bytes: bytes, file: "broken.json")
    #expect(result.value == nil)
    #expect(
      result.errors.contains { $0.kind == example.kind && $0.path.description == example.path },
      "expected \(example.kind) at \(example.path), got \(result.errors)")
  }

  @Test(
    "An unusual but valid plan is accepted by both the schema and ActionPlan.load",
    arguments: accepted)
  func validPlanIsAcceptedByBoth(_ example: Accepted) throws {
    let bytes = try example.bytes()
    let violations = try RepositorySchemas.planValidator().violations(ofJSON: bytes)
    #expect(violations.isEmpty, "\(violations)")
    let result = ActionPlan.load(bytes: bytes, file: "valid.json")
    #expect(result.value != nil)
    #expect(result.errors.isEmpty, "\(result.errors)")
  }

  @Test("The schema declares exactly the keys the loader reads, object by object")
  func sameKeys() throws {
    let schema = try JSONNode.parse(contentsOf: RepositorySchemas.planSchema)
    func keys(_ node: JSONNode?) -> Set<String> {
      guard case .object(let properties)? = node?["properties"] else { return [] }
      return Set(properties.keys)
    }
    let definitions = schema["$defs"]
    #expect(keys(schema) == Set(PlanFileKey.plan))
    #expect(keys(schema["properties"]?["evaluation"]) == Set(BaselineReference.fileKeys))
    #expect(keys(definitions?["action"]) == Set(PlanFileKey.action))
    #expect(keys(definitions?["effect"]) == Set(PlanFileKey.expectedEffect))
    #expect(keys(definitions?["link"]) == Set(PlanFileKey.link))
    #expect(
      keys(definitions?["municipality"]) == Set(EvaluationFileKey.Municipality.names),
      "the municipality object is the evaluation's")
  }

  @Test("Plans the library writes validate: the fixture, a scaffold of Kumla 2020, and re-encoded")
  func writtenPlansValidate() throws {
    let validator = try RepositorySchemas.planValidator()
    let fixture = try JSONNode.parse(contentsOf: Self.fixture)
    #expect(try validator.violations(of: fixture).isEmpty)
    let kumla = try #require(Evaluation.load(contentsOf: RepositoryFiles.kumla2020).value)
    let rubric = try #require(RubricCatalog.bundled.rubric(id: kumla.rubricID))
    let scaffold = ActionPlan.scaffold(from: kumla, file: "kumla-2020.json", rubric: rubric)
    let text = try scaffold.fileText(schemaReference: "./plan.schema.json")
    #expect(try validator.violations(ofJSON: Array(text.utf8)).isEmpty)
    #expect(ActionPlan.load(bytes: Array(text.utf8), file: "scaffold.json").value == scaffold)
    let loaded = try #require(ActionPlan.load(contentsOf: Self.fixture).value)
    let written = try loaded.fileText()
    #expect(try validator.violations(ofJSON: Array(written.utf8)).isEmpty)
    #expect(ActionPlan.load(bytes: Array(written.utf8), file: "again.json").value == loaded)
  }

  // MARK: - Building documents

  /// The Testby plan after an edit of its parsed JSON.
  private static func plan(
    _ edit: @escaping @Sendable (inout [String: Any]) -> Void
  ) -> @Sendable () throws -> [UInt8] {
    {
      var object = try require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: fixture)) as? [String: Any])
      edit(&object)
      return [UInt8](
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]))
    }
  }

  /// Edits the first action of a plan object.
  private static func editAction(
    _ object: inout [String: Any], _ edit: (inout [String: Any]) -> Void
  ) {
    var actions = object["actions"] as! [[String: Any]]
    edit(&actions[0])
    object["actions"] = actions
  }
}
