/// The change of a row from one evaluation to a later one.
public struct ComparisonChange: Codable, Hashable, Sendable {
  /// The position of the earlier evaluation in ``TimeComparison/evaluations``.
  public var fromIndex: Int
  /// The position of the later evaluation.
  public var toIndex: Int
  /// Improved, declined, unchanged, new, removed or not comparable.
  public var classification: ChangeClassification
  /// Later points minus earlier points; `nil` unless both figures cover the same parts with the
  /// same maximum.
  public var points: Double?
  /// Later percentage minus earlier percentage, in percentage points; `nil` when either has no
  /// figure.
  public var percentagePoints: Double?
  /// How comparable the two figures are: `same` within one rubric revision, otherwise the
  /// crosswalk's level.
  public var comparability: Comparability
  /// Why the change is not comparable, or comparable by percentage only.
  public var note: ComparisonNote?

  /// Creates a change.
  package init(
    fromIndex: Int,
    toIndex: Int,
    classification: ChangeClassification,
    points: Double? = nil,
    percentagePoints: Double? = nil,
    comparability: Comparability = .same,
    note: ComparisonNote? = nil
  ) {
    self.fromIndex = fromIndex
    self.toIndex = toIndex
    self.classification = classification
    self.points = points
    self.percentagePoints = percentagePoints
    self.comparability = comparability
    self.note = note
  }

  /// The change in points rounded for display (half away from zero), from the unrounded change.
  public var displayPoints: Int? { points.map(DisplayRounding.wholeNumber) }

  /// The change in percentage points rounded for display, from the unrounded change.
  public var displayPercentagePoints: Int? { percentagePoints.map(DisplayRounding.wholeNumber) }
}
