/// A JSON text that cannot be parsed: where, and what was expected.
package struct JSONSyntaxError: Error, Sendable, Hashable {
  package var location: SourceLocation
  package var message: LocalizedText
}
