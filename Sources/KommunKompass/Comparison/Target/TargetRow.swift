/// One row of a target comparison: an area, a sub-area or the total, with its target, baseline and
/// current points.
///
/// Points are on the row's full maximum (see ``ComparedValue/pointsOnFullMaximum``).
public struct TargetRow: Codable, Hashable, Sendable {
  /// The id in the rubric, or `"total"`.
  public var id: String
  /// Total, area or sub-area.
  public var level: ComparisonLevel
  /// The area a sub-area belongs to.
  public var areaID: String?
  /// The title in the rubric.
  public var title: LocalizedText
  /// The maximum in the rubric.
  public var maxPoints: Double
  /// The points aimed for.
  public var target: Double
  /// The points at the baseline; `nil` when not assessed then or no baseline was given.
  public var baseline: Double?
  /// The points now; `nil` when not assessed now.
  public var current: Double?
  /// Target minus current: the points still to go; 0 when the target is reached (never negative),
  /// `nil` without a current figure.
  public var gap: Double?
  /// (current − baseline) / (target − baseline): 0 at the baseline, 1 at the target, above 1
  /// beyond it, below 0 when worse than the baseline. `nil` when the target is not above the
  /// baseline (the division would be by zero, or the target asks for no improvement) or a figure is
  /// missing.
  public var progress: Double?
  /// The progress as the whole percentage every output shows (0.4009 is 40 %), rounded half away
  /// from zero on the exact decimal value; `nil` when progress is undefined.
  public var displayProgressPercent: Int? {
    progress.map {
      DisplayRounding.wholeNumber(ExactArithmetic.product($0, times: 100, over: 1) ?? 100 * $0)
    }
  }

  /// Where the row stands.
  public var status: TargetStatus
  /// Why figures are missing, when they are.
  public var note: ComparisonNote?
  /// The sub-area rows of an area row that has sub-area targets.
  public var subRows: [TargetRow]

  /// Creates a row.
  package init(
    id: String,
    level: ComparisonLevel,
    areaID: String? = nil,
    title: LocalizedText,
    maxPoints: Double,
    target: Double,
    baseline: Double?,
    current: Double?,
    gap: Double?,
    progress: Double?,
    status: TargetStatus,
    note: ComparisonNote? = nil,
    subRows: [TargetRow] = []
  ) {
    self.id = id
    self.level = level
    self.areaID = areaID
    self.title = title
    self.maxPoints = maxPoints
    self.target = target
    self.baseline = baseline
    self.current = current
    self.gap = gap
    self.progress = progress
    self.status = status
    self.note = note
    self.subRows = subRows
  }
}
