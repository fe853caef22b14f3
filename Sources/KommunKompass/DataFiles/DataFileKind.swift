/// The kinds of data file the package reads, told apart by their top-level keys.
package enum DataFileKind: String, Sendable, Hashable, CaseIterable {
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
  package static let topLevelKeys = Set(EvaluationFileKey.Root.names).union([
    "id", "revision", "title", "source", "fromRubric", "toRubric", "links", "total", "targetDate",
    "baseline",
    "evaluation", "actions",
  ])

  /// The kind of a file from its top-level keys; an evaluation when the text is not a JSON object
  /// or its keys say nothing more specific, so that its problems are reported as an evaluation's.
  ///
  /// A crosswalk has `fromRubric`, `toRubric` or `links`; a target profile `targetDate`; an action plan `actions`; a
  /// rubric `revision`, or an `id` without a `rubric`; a reference profile an `id` and a `rubric`.
  package static func detect(in bytes: [UInt8]) -> DataFileKind {
    guard let parsed = try? JSONParser.parse(bytes),
      case .object(let members) = parsed.value.content
    else {
      return .evaluation
    }
    return kind(of: Set(members.map(\.key))) ?? .evaluation
  }

  /// The kind of a file that holds project data, or `nil` for any other file, such as an earlier
  /// report or export: what may be replaced without asking.
  ///
  /// A JSON object is recognised by the same keys as ``detect(in:)`` uses; one with only `rubric`,
  /// `areas` or `evaluators` counts as an evaluation. The JSON documents `kompass` exports are not
  /// project data: they have a top-level key no data file may have (`language`, `comparison`, or
  /// the `asOf` of a follow-up). A text that starts like a JSON object but cannot be read, such as
  /// an evaluation with a syntax error while it is being edited, counts as an evaluation, so that
  /// unfinished work is never replaced by accident.
  ///
  /// - Parameter bytes: The file's contents.
  /// - Returns: The kind of data file, or `nil` when the file is not one.
  package static func recognised(in bytes: [UInt8]) -> DataFileKind? {
    guard let parsed = try? JSONParser.parse(bytes) else {
      return startsLikeObject(bytes) ? .evaluation : nil
    }
    guard case .object(let members) = parsed.value.content else { return nil }
    let keys = Set(members.map(\.key))
    if !keys.isDisjoint(with: exportKeys) { return nil }
    if let kind = kind(of: keys) { return kind }
    return keys.isDisjoint(with: ["rubric", "areas", "evaluators"]) ? nil : .evaluation
  }

  /// The kind's name in running text, as in "the file holds an evaluation".
  package var name: LocalizedText {
    switch self {
    case .evaluation: LocalizedText(sv: "en utvärdering", en: "an evaluation")
    case .rubric:
      LocalizedText(sv: "en version av Kommunkompassen", en: "a Kommunkompassen version (rubric)")
    case .crosswalk: LocalizedText(sv: "en övergångstabell", en: "a crosswalk")
    case .referenceProfile: LocalizedText(sv: "en referensprofil", en: "a reference profile")
    case .targetProfile: LocalizedText(sv: "en målprofil", en: "a target profile")
    case .actionPlan: LocalizedText(sv: "en handlingsplan", en: "an action plan")
    }
  }

  /// Top-level keys of the JSON exports of `score`, `profile`, `compare` and `follow-up` that no
  /// data file may have.
  private static let exportKeys: Set<String> = ["language", "comparison", "asOf"]

  /// The kind the top-level keys name, or `nil` when they name none more specific than an evaluation's default.
  private static func kind(of keys: Set<String>) -> DataFileKind? {
    if !keys.isDisjoint(with: ["fromRubric", "toRubric", "links"]) { return .crosswalk }
    if keys.contains("targetDate") { return .targetProfile }
    if keys.contains("actions") { return .actionPlan }
    if keys.contains("municipality") { return .evaluation }
    if keys.contains("revision") || (keys.contains("id") && !keys.contains("rubric")) {
      return .rubric
    }
    if keys.contains("id") && keys.contains("rubric") { return .referenceProfile }
    return nil
  }

  /// Whether the first character after a byte order mark and white space is `{`.
  private static func startsLikeObject(_ bytes: [UInt8]) -> Bool {
    var rest = bytes[...]
    if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
    return rest.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "{")
  }
}
