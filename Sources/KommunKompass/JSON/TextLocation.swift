/// A position in a text file: line and column, both counted from 1.
///
/// Columns count Unicode characters (not bytes), so the position matches what an editor shows.
public struct TextLocation: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The line, counted from 1.
  public var line: Int
  /// The column, counted from 1.
  public var column: Int

  /// Creates a location.
  package init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// The location as `line:column`.
  public var description: String { "\(line):\(column)" }
}
