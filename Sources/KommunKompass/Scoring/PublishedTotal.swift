/// The total an evaluation's source published (`publishedTotal` in the file), shown beside the
/// sum of the areas, which is what every figure is computed from.
///
/// The two may differ: published figures are rounded each from its own unrounded value, and
/// reports sometimes have errors. ``note`` says so, naming both numbers and how likely rounding is
/// as the cause, by the same rule as the loader's note or warning (see
/// ``Evaluation/validationProblems(against:)``).
public struct PublishedTotal: Hashable, Sendable, Codable {
  /// The published total, as the file gives it.
  public var points: Double
  /// The sum of the points in the file, unrounded.
  public var sumOfPoints: Double
  /// Why the two differ, or `nil` when both round to the same whole number.
  public var note: LocalizedText?
  /// How serious the difference is: `note` when rounding can explain it, `warning` when it cannot;
  /// `nil` when they agree.
  public var severity: Problem.Severity?

  /// Creates a published total.
  public init(
    points: Double, sumOfPoints: Double, note: LocalizedText? = nil,
    severity: Problem.Severity? = nil
  ) {
    self.points = points
    self.sumOfPoints = sumOfPoints
    self.note = note
    self.severity = severity
  }

  /// The published total rounded for display.
  public var displayPoints: Int { DisplayRounding.wholeNumber(points) }

  /// Whether the published total and the sum round to different whole numbers.
  public var differs: Bool { note != nil }

  /// The published total compared with the points of an evaluation's parts (areas of an
  /// area-level evaluation, sub-areas otherwise), in file order; `nil` while a part is not scored
  /// yet, since the sum is not final.
  package init?(_ total: Double, parts: [SubAreaEvaluation.Assessment?]) {
    guard !parts.contains(where: { $0 == nil || $0 == .pending }) else { return nil }
    var agreement = PublishedTotalAgreement()
    for case .points(let points)? in parts { agreement.add(points) }
    let problem = agreement.problem(about: total, at: .root.appending("publishedTotal"))
    self.init(
      points: total, sumOfPoints: agreement.sum, note: problem?.message,
      severity: problem?.severity)
  }
}
