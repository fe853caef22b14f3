/// A value read or worked out from data files, with every problem found on the way: what loading a
/// file gives, and what a comparison gives.
///
/// Neither loading nor comparing throws. A file with errors, or a comparison that must be refused
/// (evaluations of different municipalities, two evaluations with the same date, rubrics no
/// crosswalk connects, a target profile for another municipality), has a `nil` ``value`` and at
/// least one error in ``problems``, each naming the file and JSON path concerned, in Swedish and
/// English. Warnings (a title that differs from the rubric's, an external evaluation compared with
/// a self-assessment) come with a value.
///
/// ```swift
/// let loaded = Evaluation.load(bytes: bytes, file: "kumla-2020.json")
/// for problem in loaded.problems {
///   print(problem.formatted(in: .swedish))
/// }
/// if let evaluation = loaded.value { … }
/// ```
public struct Checked<Value: Sendable>: Sendable {
  /// The value; `nil` when there are errors.
  public var value: Value?
  /// All problems found, errors and warnings, in the order found (document order for a file).
  public var problems: [Problem]

  /// Creates a checked value.
  package init(value: Value?, problems: [Problem]) {
    self.value = value
    self.problems = problems
  }

  /// The problems that make the value unusable.
  public var errors: [Problem] { problems.filter { $0.severity == .error } }

  /// The warnings: problems that do not stop the value from being used but look wrong.
  public var warnings: [Problem] { problems.filter { $0.severity == .warning } }

  /// The notes: facts worth knowing that need no change.
  public var notes: [Problem] { problems.filter { $0.severity == .note } }
}
