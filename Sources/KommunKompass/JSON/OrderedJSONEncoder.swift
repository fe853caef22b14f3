/// Encodes `Encodable` values as pretty-printed JSON that keeps keys in the order they are encoded
/// (for synthesized conformances: declaration order), indents by two spaces and writes empty lists
/// as `[]`, so files written for people read like files written by people.
package struct OrderedJSONEncoder: Sendable {
  /// Creates an encoder.
  package init() {}

  /// The value as JSON text ending with a line break.
  ///
  /// - Throws: `EncodingError.invalidValue` for numbers that are not finite.
  package func encode<Value: Encodable>(_ value: Value) throws -> String {
    let root = Node()
    try value.encode(to: NodeEncoder(node: root, codingPath: []))
    var output = ""
    root.write(to: &output, indent: "")
    return output + "\n"
  }
}

/// A JSON value under construction; a class so containers can fill it after handing it out.
private final class Node {
  enum Content {
    case unset, null
    case literal(String)
    case string(String)
    case array([Node])
    case object([(String, Node)])
  }

  var content: Content = .unset

  func child(forKey key: String) -> Node {
    var members: [(String, Node)] = []
    if case .object(let existing) = content { members = existing }
    if let found = members.first(where: { $0.0 == key }) { return found.1 }
    let node = Node()
    members.append((key, node))
    content = .object(members)
    return node
  }

  func appendElement() -> Node {
    var elements: [Node] = []
    if case .array(let existing) = content { elements = existing }
    let node = Node()
    elements.append(node)
    content = .array(elements)
    return node
  }

  func write(to output: inout String, indent: String) {
    switch content {
    case .unset, .null:
      output += "null"
    case .literal(let text):
      output += text
    case .string(let text):
      output += Node.quoted(text)
    case .array(let elements):
      guard !elements.isEmpty else {
        output += "[]"
        return
      }
      output += "[\n"
      for (index, element) in elements.enumerated() {
        output += indent + "  "
        element.write(to: &output, indent: indent + "  ")
        output += index == elements.count - 1 ? "\n" : ",\n"
      }
      output += indent + "]"
    case .object(let members):
      guard !members.isEmpty else {
        output += "{}"
        return
      }
      output += "{\n"
      for (index, member) in members.enumerated() {
        output += indent + "  " + Node.quoted(member.0) + ": "
        member.1.write(to: &output, indent: indent + "  ")
        output += index == members.count - 1 ? "\n" : ",\n"
      }
      output += indent + "}"
    }
  }

  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case let control where control.value < 0x20:
        let hex = String(control.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  static func number(_ value: Double, codingPath: [any CodingKey]) throws -> String {
    guard value.isFinite else {
      throw EncodingError.invalidValue(
        value,
        EncodingError.Context(codingPath: codingPath, debugDescription: "JSON has no \(value)"))
    }
    if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
  }
}

private struct NodeEncoder: Encoder {
  let node: Node
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if case .object = node.content {} else { node.content = .object([]) }
    return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if case .array = node.content {} else { node.content = .array([]) }
    return UnkeyedContainer(node: node, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleValueContainer(node: node, codingPath: codingPath)
  }
}

private struct IndexKey: CodingKey {
  var stringValue: String { String(intValue ?? 0) }
  var intValue: Int?
  init(_ index: Int) { intValue = index }
  init?(stringValue: String) { nil }
  init?(intValue: Int) { self.intValue = intValue }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: Node
  let codingPath: [any CodingKey]

  private func single(_ key: Key) -> SingleValueContainer {
    SingleValueContainer(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
  }

  mutating func encodeNil(forKey key: Key) throws {
    var container = single(key)
    try container.encodeNil()
  }
  mutating func encode(_ value: Bool, forKey key: Key) throws {
    var container = single(key)
    try container.encode(value)
  }
  mutating func encode(_ value: String, forKey key: Key) throws {
    var container = single(key)
    try container.encode(value)
  }
  mutating func encode(_ value: Double, forKey key: Key) throws {
    var container = single(key)
    try container.encode(value)
  }
  mutating func encode(_ value: Int, forKey key: Key) throws {
    var container = single(key)
    try container.encode(value)
  }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    var container = single(key)
    try container.encode(value)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
      .container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
      .unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    NodeEncoder(node: node.child(forKey: "super"), codingPath: codingPath)
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
  }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
  let node: Node
  let codingPath: [any CodingKey]
  var count: Int {
    if case .array(let elements) = node.content { return elements.count }
    return 0
  }

  private func next() -> SingleValueContainer {
    SingleValueContainer(node: node.appendElement(), codingPath: codingPath + [IndexKey(count)])
  }

  mutating func encodeNil() throws {
    var container = next()
    try container.encodeNil()
  }
  mutating func encode(_ value: Bool) throws {
    var container = next()
    try container.encode(value)
  }
  mutating func encode(_ value: String) throws {
    var container = next()
    try container.encode(value)
  }
  mutating func encode(_ value: Double) throws {
    var container = next()
    try container.encode(value)
  }
  mutating func encode(_ value: Int) throws {
    var container = next()
    try container.encode(value)
  }
  mutating func encode<T: Encodable>(_ value: T) throws {
    var container = next()
    try container.encode(value)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    NodeEncoder(node: node.appendElement(), codingPath: codingPath).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    NodeEncoder(node: node.appendElement(), codingPath: codingPath).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    NodeEncoder(node: node.appendElement(), codingPath: codingPath)
  }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
  let node: Node
  let codingPath: [any CodingKey]

  mutating func encodeNil() throws { node.content = .null }
  mutating func encode(_ value: Bool) throws { node.content = .literal(value ? "true" : "false") }
  mutating func encode(_ value: String) throws { node.content = .string(value) }
  mutating func encode(_ value: Double) throws {
    node.content = .literal(try Node.number(value, codingPath: codingPath))
  }
  mutating func encode(_ value: Float) throws { try encode(Double(value)) }
  mutating func encode(_ value: Int) throws { node.content = .literal(String(value)) }
  mutating func encode(_ value: Int8) throws { node.content = .literal(String(value)) }
  mutating func encode(_ value: Int16) throws { node.content = .literal(String(value)) }
  mutating func encode(_ value: Int32) throws { node.content = .literal(String(value)) }
  mutating func encode(_ value: Int64) throws { node.content = .literal(String(value)) }
  mutating func encode(_ value: UInt) throws { node.content = .literal(String(value)) }
  mutating func encode(_ value: UInt8) throws { node.content = .literal(String(value)) }
  mutating func encode(_ value: UInt16) throws { node.content = .literal(String(value)) }
  mutating func encode(_ value: UInt32) throws { node.content = .literal(String(value)) }
  mutating func encode(_ value: UInt64) throws { node.content = .literal(String(value)) }
  mutating func encode<T: Encodable>(_ value: T) throws {
    try value.encode(to: NodeEncoder(node: node, codingPath: codingPath))
  }
}
