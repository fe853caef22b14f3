/// A parsed JSON value that remembers where it stood in its file.
///
/// The loaders read files into this tree first, so every problem found later can name both the
/// JSON path and the line and column an evaluator should look at.
package struct JSONValue: Sendable, Hashable {
  /// A member of a JSON object, in file order.
  package struct Member: Sendable, Hashable {
    package var key: String
    package var keyLocation: TextLocation
    package var value: JSONValue
  }

  /// The kinds of JSON value.
  package enum Content: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number with the literal text as written, so messages can quote it.
    case number(Double, literal: String)
    case string(String)
    case array([JSONValue])
    case object([Member])
  }

  package var content: Content
  package var location: TextLocation

  package init(_ content: Content, at location: TextLocation) {
    self.content = content
    self.location = location
  }

  /// A short description of the value's kind, for messages.
  package var kindDescription: (sv: String, en: String) {
    switch content {
    case .null: ("null", "null")
    case .bool(let value): (value ? "true" : "false", value ? "true" : "false")
    case .number(_, let literal): ("talet \(literal)", "the number \(literal)")
    case .string(let text):
      ("texten \"\(text.truncatedForMessage)\"", "the text \"\(text.truncatedForMessage)\"")
    case .array: ("en lista", "a list")
    case .object: ("ett objekt", "an object")
    }
  }
}

extension String {
  /// The text cut to a length that fits in a one-line message.
  package var truncatedForMessage: String {
    count > 40 ? String(prefix(37)) + "…" : self
  }
}

extension JSONValue {
  /// The value at a path below this one, if the document has it.
  package func value(at path: JSONPath) -> JSONValue? {
    var current = self
    for component in path.components {
      switch (component, current.content) {
      case (.key(let key), .object(let members)):
        guard let member = members.first(where: { $0.key == key }) else { return nil }
        current = member.value
      case (.index(let index), .array(let elements)):
        guard elements.indices.contains(index) else { return nil }
        current = elements[index]
      default:
        return nil
      }
    }
    return current
  }

  /// The location of the value at a path, or of its nearest ancestor the document has.
  package func nearestLocation(of path: JSONPath) -> TextLocation {
    var components = path.components
    while true {
      if let value = value(at: JSONPath(components)) { return value.location }
      if components.isEmpty { return location }
      components.removeLast()
    }
  }
}
