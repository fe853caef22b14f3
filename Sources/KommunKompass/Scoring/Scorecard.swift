/// The scored result of an evaluation: the points table and the profile summary.
///
/// Produced by ``ScoringEngine``. Every figure is kept unrounded; use ``Score/displayPoints`` and
/// ``Score/displayPercent`` for figures as SKR publishes them.
public struct Scorecard: Hashable, Sendable, Codable {
  /// The municipality evaluated.
  public var municipality: Municipality
  /// When the evaluation was made.
  public var date: CalendarDate
  /// External evaluation or self-assessment.
  public var kind: EvaluationKind
  /// The rubric's id.
  public var rubricID: String
  /// The rubric's revision, for example `2019/2020`.
  public var rubricRevision: String
  /// The rubric's name.
  public var rubricTitle: LocalizedText
  /// The areas in rubric order.
  public var areas: [AreaScore]
  /// The total: the unrounded sum of all assessed sub-areas, against 800 in Kommunkompassen.
  public var total: Score
  /// The total the source published, when the evaluation gives one, to show beside ``total``.
  public var publishedTotal: PublishedTotal?
  /// How the total was assessed in a totals-only evaluation (``detail`` `.total`), which has no
  /// areas; `nil` when the total is the sum of the areas.
  public var totalOnlyStatus: SubAreaScore.Status?
  /// Sub-areas clearly above the overall percentage, strongest first. Always empty for an
  /// area-level evaluation (``detail`` `.area`), which has no sub-area points.
  public var strongestSubAreas: [SubAreaHighlight]
  /// Sub-areas clearly below the overall percentage, weakest first. Always empty for an area-level
  /// evaluation.
  public var weakestSubAreas: [SubAreaHighlight]
  /// The evaluators' summary comments.
  public var summary: [String]
  /// The good examples the evaluators highlight.
  public var goodExamples: [GoodExample]
  /// The options the profile lists were derived with.
  public var options: ScoringOptions

  /// Creates a scorecard.
  package init(
    municipality: Municipality,
    date: CalendarDate,
    kind: EvaluationKind,
    rubricID: String,
    rubricRevision: String,
    rubricTitle: LocalizedText,
    areas: [AreaScore],
    total: Score,
    publishedTotal: PublishedTotal? = nil,
    totalOnlyStatus: SubAreaScore.Status? = nil,
    strongestSubAreas: [SubAreaHighlight],
    weakestSubAreas: [SubAreaHighlight],
    summary: [String],
    goodExamples: [GoodExample],
    options: ScoringOptions
  ) {
    self.municipality = municipality
    self.date = date
    self.kind = kind
    self.rubricID = rubricID
    self.rubricRevision = rubricRevision
    self.rubricTitle = rubricTitle
    self.areas = areas
    self.total = total
    self.publishedTotal = publishedTotal
    self.totalOnlyStatus = totalOnlyStatus
    self.strongestSubAreas = strongestSubAreas
    self.weakestSubAreas = weakestSubAreas
    self.summary = summary
    self.goodExamples = goodExamples
    self.options = options
  }

  /// The area with the given id.
  public func area(id: String) -> AreaScore? {
    areas.first { $0.id == id }
  }

  /// Whether the scorecard has points per sub-area, only per area (from an area-level
  /// evaluation, whose areas all have an ``AreaScore/areaLevelStatus`` and no sub-areas), or only
  /// the total (``totalOnlyStatus`` is set and there are no areas).
  public var detail: EvaluationDetail {
    if totalOnlyStatus != nil { return .total }
    return !areas.isEmpty && areas.allSatisfy({ $0.areaLevelStatus != nil }) ? .area : .subArea
  }
}
