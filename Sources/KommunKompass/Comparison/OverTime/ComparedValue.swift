/// One evaluation's figure in a row of a comparison, with what it stands for.
///
/// Across rubric revisions the figure is the evaluation's counterpart of the row, found through the
/// crosswalks; when several areas correspond their points and maxima are pooled, so the percentage
/// is that of the pooled parts. (2016's area 6 was split over 2020's areas 7 and 8, and area 4 joins
/// area 8: the row `7+8` compares 2020's 7 and 8 with 2016's 4 and 6, so area 6 counts once.)
public struct ComparedValue: Codable, Hashable, Sendable {
  /// Whether the evaluation has a figure for the row.
  public enum Status: Codable, Hashable, Sendable {
    /// Every part assessed.
    case assessed
    /// Some parts assessed: ``score`` covers those, ``unassessedIDs`` names the others.
    case partlyAssessed
    /// Nothing assessed; the evaluators' reason when there is one.
    case notAssessed(reason: String?)
    /// Not scored yet.
    case pending
    /// The evaluation has points per area only, and the row is a sub-area.
    case noSubAreaDetail
    /// The evaluation's rubric has nothing corresponding to the row (new or removed).
    case noCounterpart
    /// The crosswalks do not map the row to the evaluation's rubric.
    case notMapped
  }

  /// Whether there is a figure, and if not, why.
  public var status: Status
  /// The points against the maximum of the corresponding parts; `nil` when there are none.
  public var score: Score?
  /// The ids in the evaluation's own rubric the figure comes from.
  public var sourceIDs: [String]
  /// The ids of parts (sub-areas, or areas of an area-level evaluation) that were not assessed or
  /// not scored yet.
  public var unassessedIDs: [String]
  /// How comparable the evaluation's parts are with the row: `same` in the row's own rubric, the
  /// crosswalk's level otherwise.
  public var comparability: Comparability
  /// The crosswalk's reasons for the correspondence; empty in the row's own rubric.
  public var justifications: [LocalizedText]

  /// Creates a value.
  package init(
    status: Status,
    score: Score?,
    sourceIDs: [String],
    unassessedIDs: [String] = [],
    comparability: Comparability = .same,
    justifications: [LocalizedText] = []
  ) {
    self.status = status
    self.score = score
    self.sourceIDs = sourceIDs
    self.unassessedIDs = unassessedIDs
    self.comparability = comparability
    self.justifications = justifications
  }

  /// Whether there is a figure to compare (all or some parts assessed).
  public var hasFigure: Bool { status == .assessed || status == .partlyAssessed }

  /// The points, when there is a figure.
  public var points: Double? { hasFigure ? score?.points : nil }

  /// The percentage of the assessed maximum, when there is a figure.
  public var percent: Double? { hasFigure ? score?.percent : nil }
}

extension ComparedValue {
  /// The figure as points on the full maximum: the percentage of the assessed parts applied to the
  /// whole maximum. Equal to ``points`` when everything was assessed; for a partly assessed area it
  /// scales up from what was assessed instead of counting the rest as zero. `nil` without a figure.
  public var pointsOnFullMaximum: Double? {
    guard hasFigure, let score, score.assessedMaxPoints > 0 else { return nil }
    if score.assessedMaxPoints == score.maxPoints { return score.points }
    return ExactArithmetic.product(
      score.points, times: score.maxPoints, over: score.assessedMaxPoints)
  }
}

extension ComparedValue {
  /// Why there is no figure, as a note; `nil` when there is one.
  public var missingNote: ComparisonNote? {
    switch status {
    case .assessed, .partlyAssessed: nil
    case .notAssessed: .notAssessed
    case .pending: .pending
    case .noSubAreaDetail: .noSubAreaDetail
    case .noCounterpart: .noCounterpart
    case .notMapped: .notMapped
    }
  }
}
