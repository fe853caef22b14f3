/// What a comparison gave: the comparison when it could be made, and every problem found.
///
/// Comparisons never throw. A comparison that must be refused (evaluations of different
/// municipalities, two evaluations with the same date, rubrics no crosswalk connects, a target
/// profile for another municipality) has a `nil` ``value`` and at least one error in ``problems``,
/// each naming the file and JSON path concerned, in Swedish and English. Warnings (for example an
/// external evaluation compared with a self-assessment) come with a value.
public struct ComparisonOutcome<Value: Sendable>: Sendable {
  /// The comparison; `nil` when there are errors.
  public var value: Value?
  /// All problems found, errors and warnings.
  public var problems: [Problem]

  /// Creates a result.
  public init(value: Value?, problems: [Problem]) {
    self.value = value
    self.problems = problems
  }

  /// The problems that stopped the comparison.
  public var errors: [Problem] { problems.filter { $0.severity == .error } }

  /// The problems that did not stop the comparison.
  public var warnings: [Problem] { problems.filter { $0.severity == .warning } }
}
