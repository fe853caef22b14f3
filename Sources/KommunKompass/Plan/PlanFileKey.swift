/// The keys each object of a plan file may have: one list for the loader, which refuses any other
/// key, and for the tests that hold `Evaluations/plan.schema.json` to the same keys.
package enum PlanFileKey {
  /// The keys of the plan object.
  package static let plan = [
    "$schema", "formatVersion", "rubric", "municipality", "title", "evaluation", "actions",
  ]
  /// The keys of an action.
  package static let action = [
    "id", "title", "description", "targets", "owner", "start", "due", "status", "statusDate",
    "statusNote", "expectedEffects", "answers",
  ]
  /// The keys of an expected effect.
  package static let expectedEffect = ["subArea", "points"]
  /// The keys of a link to an improvement opportunity or a finding.
  package static let link = ["area", "improvement", "subArea", "finding"]
  // The reference to the evaluation has the keys of `BaselineReference.fileKeys`.
}
