/// A location inside a JSON document, written the way evaluators read it: `areas[2].subAreas[1].points`.
///
/// Array indices count from zero, as in JavaScript and most JSON tools.
public struct JSONPath: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// One step of a path: an object key or an array index.
  public enum Component: Hashable, Sendable {
    /// A key of a JSON object.
    case key(String)
    /// A zero-based position in a JSON array.
    case index(Int)
  }

  /// The steps from the document's root to the location.
  public var components: [Component]

  /// Creates a path from its steps.
  package init(_ components: [Component] = []) {
    self.components = components
  }

  /// The path of the document's root value.
  public static let root = JSONPath()

  /// The path one key further down.
  package func appending(_ key: String) -> JSONPath {
    JSONPath(components + [.key(key)])
  }

  /// The path one array element further down.
  package func appending(index: Int) -> JSONPath {
    JSONPath(components + [.index(index)])
  }

  /// The path as text, for example `areas[2].subAreas[1].points`; the root is written `$`.
  public var description: String {
    if components.isEmpty { return "$" }
    var text = ""
    for component in components {
      switch component {
      case .key(let key):
        let isPlain =
          !key.isEmpty && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" }
        if isPlain {
          if !text.isEmpty { text += "." }
          text += key
        } else {
          text += "[\"\(key)\"]"
        }
      case .index(let index):
        text += "[\(index)]"
      }
    }
    return text
  }

  /// Orders paths the way they appear in a document: parents first, then by key text and index.
  public static func < (lhs: JSONPath, rhs: JSONPath) -> Bool {
    for (left, right) in zip(lhs.components, rhs.components) where left != right {
      switch (left, right) {
      case (.index(let a), .index(let b)): return a < b
      case (.key(let a), .key(let b)): return a < b
      case (.key, .index): return true
      case (.index, .key): return false
      }
    }
    return lhs.components.count < rhs.components.count
  }
}
