/// One action of an ``ActionPlan``: what is done, by whom and when, and which parts of the rubric
/// it is meant to move.
public struct PlanAction: Codable, Hashable, Sendable {
  /// The action's id, unique in the plan, for example `"A1"`.
  public var id: String
  /// A short name.
  public var title: String
  /// What the action is.
  public var description: String?
  /// The ids of the sub-areas or areas the action targets, in the plan's rubric.
  public var targets: [String]
  /// Who is responsible; `nil` until decided.
  public var owner: String?
  /// When the work starts.
  public var start: CalendarDate?
  /// When the work is due.
  public var due: CalendarDate?
  /// Where the action stands.
  public var status: ActionStatus
  /// When the status was last set.
  public var statusDate: CalendarDate?
  /// A note on the status.
  public var statusNote: String?
  /// The points expected per targeted sub-area.
  public var expectedEffects: [ExpectedEffect]
  /// The improvement opportunities or findings the action answers.
  public var answers: [ActionLink]

  /// Creates an action.
  public init(
    id: String, title: String, description: String? = nil, targets: [String], owner: String? = nil,
    start: CalendarDate? = nil, due: CalendarDate? = nil, status: ActionStatus = .planned,
    statusDate: CalendarDate? = nil, statusNote: String? = nil,
    expectedEffects: [ExpectedEffect] = [],
    answers: [ActionLink] = []
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.targets = targets
    self.owner = owner
    self.start = start
    self.due = due
    self.status = status
    self.statusDate = statusDate
    self.statusNote = statusNote
    self.expectedEffects = expectedEffects
    self.answers = answers
  }

  /// Whether the action is still open (planned or ongoing) after the end of its due date's period
  /// (the day, the whole month for a month-only date, or the whole year for a year-only one) on the given date. A month-only `date`
  /// counts from its first day, so an action is never called overdue too early.
  public func isOverdue(asOf date: CalendarDate) -> Bool {
    guard let due, status == .planned || status == .ongoing else { return false }
    return date.firstDay > due.lastDay
  }
}

extension CalendarDate {
  /// The first day the date can mean, as (year, month, day).
  var firstDay: (Int, Int, Int) { periodStart }
  /// The last day the date can mean, as (year, month, day): a due date of "2022" ends with 2022.
  var lastDay: (Int, Int, Int) { periodEnd }
}

extension PlanAction {
  enum CodingKeys: String, CodingKey {
    case id, title, description, targets, owner, start, due, status, statusDate, statusNote,
      expectedEffects, answers
  }

  /// Writes the action; owner and dates are written as `null` when not yet set, so that a
  /// scaffolded plan shows what is left to fill in.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encodeIfPresent(description, forKey: .description)
    try container.encode(targets, forKey: .targets)
    try container.encode(owner, forKey: .owner)
    try container.encode(start, forKey: .start)
    try container.encode(due, forKey: .due)
    try container.encode(status, forKey: .status)
    try container.encodeIfPresent(statusDate, forKey: .statusDate)
    try container.encodeIfPresent(statusNote, forKey: .statusNote)
    if !expectedEffects.isEmpty { try container.encode(expectedEffects, forKey: .expectedEffects) }
    if !answers.isEmpty { try container.encode(answers, forKey: .answers) }
  }
}
