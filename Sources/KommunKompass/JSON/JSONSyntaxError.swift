/// A JSON text that cannot be parsed: where, and what was expected.
package struct JSONSyntaxError: Error, Sendable, Hashable {
  package var location: TextLocation
  package var message: LocalizedText
}
