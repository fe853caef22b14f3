/// The kinds of data file the package reads, told apart by their top-level keys.
public enum DataFileKind: String, Sendable, Hashable, CaseIterable {
  /// An evaluation of a municipality (the default).
  case evaluation
  /// A rubric: a framework revision with its areas and maxima.
  case rubric
  /// A crosswalk between two rubric revisions.
  case crosswalk
  /// A reference profile, such as a national average per area.
  case referenceProfile
  /// A target profile set by management.
  case targetProfile
  /// An action plan made from an evaluation.
  case actionPlan

  /// Every key any of the kinds may have at its top level.
  package static let topLevelKeys: Set<String> = [
    "$schema", "formatVersion", "id", "revision", "title", "source", "areas", "rubric", "detail", "municipality",
    "date", "kind", "evaluators", "sources", "provenance", "summary", "goodExamples", "publishedTotal", "fromRubric",
    "toRubric", "links", "total", "targetDate", "baseline", "evaluation", "actions",
  ]

  /// The kind of a file from its top-level keys; an evaluation when the text is not a JSON object
  /// or its keys say nothing more specific, so that its problems are reported as an evaluation's.
  ///
  /// A crosswalk has `fromRubric`, `toRubric` or `links`; a target profile `targetDate`; an action plan `actions`; a
  /// rubric `revision`, or an `id` without a `rubric`; a reference profile an `id` and a `rubric`.
  public static func detect(in bytes: [UInt8]) -> DataFileKind {
    guard let parsed = try? JSONParser.parse(bytes), case .object(let members) = parsed.value.content else {
      return .evaluation
    }
    let keys = Set(members.map(\.key))
    if !keys.isDisjoint(with: ["fromRubric", "toRubric", "links"]) { return .crosswalk }
    if keys.contains("targetDate") { return .targetProfile }
    if keys.contains("actions") { return .actionPlan }
    if keys.contains("municipality") { return .evaluation }
    if keys.contains("revision") || (keys.contains("id") && !keys.contains("rubric")) { return .rubric }
    if keys.contains("id") && keys.contains("rubric") { return .referenceProfile }
    return .evaluation
  }
}
