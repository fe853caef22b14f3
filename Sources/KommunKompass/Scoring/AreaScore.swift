/// The scored result of one main area, with the evaluators' and the derived profile lists.
public struct AreaScore: Hashable, Sendable, Codable, Identifiable {
  /// The area's id, for example `"3"`.
  public var id: String
  /// The area's title from the rubric.
  public var title: LocalizedText
  /// The area's points: the unrounded sum of its assessed sub-areas, or in an area-level
  /// evaluation the area's own points.
  public var score: Score
  /// The sub-areas in rubric order; empty in an area-level evaluation.
  public var subAreas: [SubAreaScore]
  /// How the area was assessed as a whole in an area-level evaluation (scored, not assessed with the
  /// reason, or not scored yet); `nil` when its score is the sum of its sub-areas.
  public var areaLevelStatus: SubAreaScore.Status?
  /// The strengths the evaluators name for the area.
  public var strengths: [String]
  /// The improvement opportunities the evaluators name for the area.
  public var improvements: [String]
  /// Ids of the area's sub-areas that stand out above the evaluation as a whole (see ``ScoringOptions``).
  public var strongSubAreaIDs: [String]
  /// Ids of the area's sub-areas that fall clearly below the evaluation as a whole.
  public var weakSubAreaIDs: [String]

  /// Creates an area score.
  package init(
    id: String,
    title: LocalizedText,
    score: Score,
    subAreas: [SubAreaScore],
    strengths: [String] = [],
    improvements: [String] = [],
    strongSubAreaIDs: [String] = [],
    weakSubAreaIDs: [String] = [],
    areaLevelStatus: SubAreaScore.Status? = nil
  ) {
    self.id = id
    self.title = title
    self.score = score
    self.subAreas = subAreas
    self.strengths = strengths
    self.improvements = improvements
    self.strongSubAreaIDs = strongSubAreaIDs
    self.weakSubAreaIDs = weakSubAreaIDs
    self.areaLevelStatus = areaLevelStatus
  }

  /// The sub-area with the given id.
  public func subArea(id: String) -> SubAreaScore? {
    subAreas.first { $0.id == id }
  }
}
