import Foundation

/// A JSON value as the schema tests see it: a schema or a document to check against one.
///
/// It is decoded with Foundation's `JSONDecoder`, independently of the library's own parser, so the
/// schema checks do not share code (or mistakes) with the loader they are compared with.
enum JSONNode: Hashable, Sendable, Decodable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONNode])
  case object([String: JSONNode])

  /// The failure to read a document as JSON.
  struct ParseError: Error, CustomStringConvertible {
    var description: String
  }

  /// Decodes any JSON value. Booleans and numbers stay apart: `JSONDecoder` refuses to read one as
  /// the other, so the order of the attempts below decides nothing but speed.
  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONNode].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONNode].self))
    }
  }

  /// Parses the bytes of a JSON document.
  static func parse(_ data: Data) throws -> JSONNode {
    do {
      return try JSONDecoder().decode(JSONNode.self, from: data)
    } catch {
      throw ParseError(description: "not valid JSON: \(error)")
    }
  }

  /// Parses the bytes of a JSON document.
  static func parse(_ bytes: [UInt8]) throws -> JSONNode {
    try parse(Data(bytes))
  }

  /// Reads and parses a JSON file.
  static func parse(contentsOf url: URL) throws -> JSONNode {
    try parse(Data(contentsOf: url))
  }

  /// The member under a key, when this is an object that has it.
  subscript(key: String) -> JSONNode? {
    guard case .object(let members) = self else { return nil }
    return members[key]
  }

  /// The text, when this is a string.
  var stringValue: String? {
    guard case .string(let text) = self else { return nil }
    return text
  }

  /// The keys, when this is an object.
  var objectKeys: Set<String>? {
    guard case .object(let members) = self else { return nil }
    return Set(members.keys)
  }

  /// The elements, when this is an array.
  var arrayValue: [JSONNode]? {
    guard case .array(let elements) = self else { return nil }
    return elements
  }

  /// The JSON Schema type names that describe this value, most specific first: a whole number is
  /// both an `"integer"` and a `"number"`.
  var schemaTypes: [String] {
    switch self {
    case .null: ["null"]
    case .bool: ["boolean"]
    case .number(let number):
      number.isFinite && number.rounded(.towardZero) == number ? ["integer", "number"] : ["number"]
    case .string: ["string"]
    case .array: ["array"]
    case .object: ["object"]
    }
  }
}
