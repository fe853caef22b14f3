/// How many of a plan's actions aimed at one area, and how many of them the later evaluation
/// confirms: the figures of the chart "planned vs. confirmed per area".
public struct AreaFollowUp: Codable, Hashable, Sendable {
  /// The area's id in the plan's rubric.
  public var id: String
  /// The area's title in the plan's rubric.
  public var title: LocalizedText
  /// Actions that target the area or one of its sub-areas, dropped ones left out.
  public var planned: Int
  /// Of those, the actions that are done.
  public var done: Int
  /// Of the done ones, those whose targets in this area include a confirmed improvement and no
  /// decline; always 0 without a later evaluation.
  public var confirmed: Int

  /// Creates an area's figures.
  public init(id: String, title: LocalizedText, planned: Int, done: Int, confirmed: Int) {
    self.id = id
    self.title = title
    self.planned = planned
    self.done = done
    self.confirmed = confirmed
  }
}
