/// A JSON text that cannot be parsed: where, and what was expected.
package struct JSONSyntaxError: Error, Sendable, Hashable {
  /// The line and column of the problem.
  package var location: TextLocation
  /// The byte offset of the problem, for telling what the text before it holds.
  package var offset: Int
  /// What was expected and, quoted, what the file has there.
  package var message: LocalizedText
  /// The message without anything quoted from the file, when ``message`` quotes the file; `nil`
  /// when it quotes nothing.
  package var unquotedMessage: LocalizedText?
}
