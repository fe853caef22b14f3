/// What loading a data file gave: the value when the file is usable, and every problem found.
public struct LoadResult<Value: Sendable>: Sendable {
  /// The loaded value; `nil` when the file has errors.
  public var value: Value?
  /// All problems found, errors and warnings, in document order.
  public var problems: [Problem]

  /// Creates a result.
  public init(value: Value?, problems: [Problem]) {
    self.value = value
    self.problems = problems
  }

  /// The problems that make the file unusable.
  public var errors: [Problem] { problems.filter { $0.severity == .error } }

  /// The problems that do not stop the file from being used.
  public var warnings: [Problem] { problems.filter { $0.severity == .warning } }
}
