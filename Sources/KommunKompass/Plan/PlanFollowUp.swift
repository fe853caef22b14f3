/// An action plan followed up: each action's status and, with a later evaluation, what the
/// evaluation shows for its targets. Made by ``ActionPlan/followUp(before:after:asOf:comparer:)``.
public struct PlanFollowUp: Codable, Hashable, Sendable {
  /// The municipality.
  public var municipality: Municipality
  /// The plan's title.
  public var title: String?
  /// The plan's rubric, in which ``improvedWithoutAction``, ``notAddressed`` and ``areas`` are given.
  public var rubricID: String
  /// The later evaluation's rubric; `nil` for progress so far.
  public var laterRubricID: String?
  /// The date statuses and overdue are judged at: the later evaluation's, or the given one.
  public var asOf: CalendarDate
  /// The date of the evaluation the plan was made from.
  public var beforeDate: CalendarDate
  /// The date of the later evaluation; `nil` for progress so far.
  public var afterDate: CalendarDate?
  /// The actions in plan order.
  public var actions: [ActionFollowUp]
  /// Sub-areas of the plan's rubric (areas, for a rubric without sub-areas such as the 2016
  /// version) that improved although no action targeted them.
  public var improvedWithoutAction: [String]
  /// Weak sub-areas of the earlier evaluation that no action targeted.
  public var notAddressed: [String]
  /// Per area of the plan's rubric, the actions planned, done and confirmed.
  public var areas: [AreaFollowUp]

  enum CodingKeys: String, CodingKey {
    case municipality, title
    case rubricID = "rubric"
    case laterRubricID = "laterRubric"
    case asOf, beforeDate, afterDate, actions, improvedWithoutAction, notAddressed, areas
  }

  /// Creates a follow-up.
  public init(
    municipality: Municipality, title: String?, rubricID: String, laterRubricID: String?,
    asOf: CalendarDate, beforeDate: CalendarDate, afterDate: CalendarDate?,
    actions: [ActionFollowUp], improvedWithoutAction: [String], notAddressed: [String],
    areas: [AreaFollowUp]
  ) {
    self.municipality = municipality
    self.title = title
    self.rubricID = rubricID
    self.laterRubricID = laterRubricID
    self.asOf = asOf
    self.beforeDate = beforeDate
    self.afterDate = afterDate
    self.actions = actions
    self.improvedWithoutAction = improvedWithoutAction
    self.notAddressed = notAddressed
    self.areas = areas
  }

  /// Whether the later evaluation was made with another version of Kommunkompassen than the plan.
  public var crossesVersions: Bool { laterRubricID.map { $0 != rubricID } ?? false }

  /// How many actions are done.
  public var doneCount: Int { actions.filter { $0.action.status == .done }.count }
  /// How many done actions the later evaluation confirms.
  public var confirmedCount: Int { actions.filter(\.isConfirmed).count }
  /// The ids of done actions with a declined target, the first to discuss.
  public var doneButDeclined: [String] { actions.filter(\.isDoneButDeclined).map(\.action.id) }
  /// The ids of overdue actions.
  public var overdue: [String] { actions.filter(\.isOverdue).map(\.action.id) }
}
