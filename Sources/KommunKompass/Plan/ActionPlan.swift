/// A municipality's action plan after an evaluation: the actions decided on, each aimed at
/// sub-areas or areas of the evaluation's rubric.
///
/// A file looks like this:
///
/// ```json
/// {
///   "formatVersion": 1,
///   "rubric": "kommunkompassen-2016",
///   "municipality": { "name": "Testby kommun", "code": "1899" },
///   "title": "Handlingsplan efter utvärderingen 2018",
///   "evaluation": { "date": "2018-10", "file": "../evaluations/testby-2018.json" },
///   "actions": [
///     {
///       "id": "A1", "title": "Medborgardialog", "targets": ["1.2"], "owner": "Kommunledningskontoret",
///       "start": "2019-01", "due": "2019-12", "status": "done",
///       "expectedEffects": [{ "subArea": "1.2", "points": 8 }],
///       "answers": [{ "area": "1", "improvement": 1 }]
///     }
///   ]
/// }
/// ```
///
/// The evaluation is referenced as a target profile references its baseline (``BaselineReference``).
public struct ActionPlan: Codable, Hashable, Sendable {
  /// The newest plan file format version this library reads.
  public static let supportedFormatVersion = 1

  /// The version of the file format.
  public var formatVersion: Int
  /// The rubric of the evaluation the plan was made from.
  public var rubricID: String
  /// The municipality the plan is for.
  public var municipality: Municipality
  /// A name for the plan.
  public var title: String?
  /// The evaluation the plan was made from.
  public var evaluation: BaselineReference
  /// The actions.
  public var actions: [PlanAction]

  enum CodingKeys: String, CodingKey {
    case formatVersion
    case rubricID = "rubric"
    case municipality, title, evaluation, actions
  }

  /// Creates a plan.
  public init(
    formatVersion: Int = ActionPlan.supportedFormatVersion, rubricID: String,
    municipality: Municipality,
    title: String? = nil, evaluation: BaselineReference, actions: [PlanAction]
  ) {
    self.formatVersion = formatVersion
    self.rubricID = rubricID
    self.municipality = municipality
    self.title = title
    self.evaluation = evaluation
    self.actions = actions
  }

  /// Decodes a plan; a missing `formatVersion` means 1, and one newer than
  /// ``supportedFormatVersion`` is refused. Decoding checks the shape of the data only; the `load`
  /// functions are the validating path, which reports every problem with its JSON path.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    formatVersion = try container.decodeFormatVersion(
      forKey: .formatVersion, supported: Self.supportedFormatVersion)
    rubricID = try container.decode(String.self, forKey: .rubricID)
    municipality = try container.decode(Municipality.self, forKey: .municipality)
    title = try container.decodeIfPresent(String.self, forKey: .title)
    evaluation = try container.decode(BaselineReference.self, forKey: .evaluation)
    actions = try container.decode([PlanAction].self, forKey: .actions)
  }

  /// The ids of the sub-areas the plan's actions target, directly or through their area.
  public func targetedSubAreaIDs(in rubric: Rubric) -> Set<String> {
    Set(actions.flatMap { $0.targetedSubAreaIDs(in: rubric) })
  }
}

extension PlanAction {
  /// The sub-area ids the action targets: its sub-area targets, and every sub-area of an area
  /// target; an area of a rubric without sub-areas (such as the 2016 version) stands for itself.
  public func targetedSubAreaIDs(in rubric: Rubric) -> [String] {
    targets.flatMap { id in
      rubric.area(id: id).map { $0.subAreas.isEmpty ? [id] : $0.subAreas.map(\.id) } ?? [id]
    }
  }
}
