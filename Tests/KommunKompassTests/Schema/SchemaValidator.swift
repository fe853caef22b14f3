import Foundation

/// A small JSON Schema (draft 2020-12) validator for the tests, covering exactly the keywords the
/// project's schemas use.
///
/// Supported assertions: `type` (including `"integer"` and lists of types), `properties`, `required`,
/// `additionalProperties`, `items`, `enum`, `const`, `pattern`, `minimum`, `exclusiveMinimum`,
/// `minLength`, `minItems`, `$ref` to `"#/$defs/…"`, `oneOf` and `anyOf`. Annotations (`title`,
/// `description`, VS Code's `patternErrorMessage` and the like) are accepted and ignored.
///
/// Any other keyword makes ``init(schema:)`` throw ``SchemaError/unsupportedKeyword(_:at:)``, so a
/// schema can never appear to check something this validator silently skips.
struct SchemaValidator: Sendable {
  /// The only dialect this validator understands.
  static let dialect = "https://json-schema.org/draft/2020-12/schema"

  /// The keywords this validator checks.
  static let assertionKeywords: Set<String> = [
    "type", "properties", "required", "additionalProperties", "items", "enum", "const", "pattern",
    "minimum", "exclusiveMinimum", "minLength", "minItems", "$ref", "oneOf", "anyOf",
  ]

  /// The keywords that only describe and never reject anything, plus `$defs`, which holds schemas
  /// for `$ref` without applying them.
  static let annotationKeywords: Set<String> = [
    "$schema", "$id", "$comment", "$defs", "title", "description", "default", "examples",
    "patternErrorMessage",
  ]

  /// The type names JSON Schema defines.
  static let typeNames: Set<String> = [
    "null", "boolean", "integer", "number", "string", "array", "object",
  ]

  /// The whole schema document, against which `$ref`s are resolved.
  let root: JSONNode

  /// Prepares a schema, checking first that it only uses supported keywords, that every keyword's
  /// value has the right form, that every pattern compiles and that every `$ref` resolves.
  init(schema: JSONNode) throws {
    root = schema
    try checkSchema(schema, at: "#")
  }

  /// Reads and prepares a schema file.
  init(contentsOf url: URL) throws {
    try self.init(schema: JSONNode.parse(contentsOf: url))
  }

  // MARK: - Validating documents

  /// Validates a document against the schema.
  ///
  /// - Returns: Every violation found (empty when the document is valid) and the schema locations of
  ///   the `properties` entries that were applied to some member of the document.
  /// - Throws: ``SchemaError`` only if the schema holds something ``init(schema:)`` should have
  ///   refused; it never silently skips a keyword.
  func validate(_ instance: JSONNode) throws -> SchemaValidationReport {
    var report = SchemaValidationReport()
    try validate(instance, against: root, instancePath: "", schemaPath: "#", into: &report)
    return report
  }

  /// The violations of a document; empty when it is valid.
  func violations(of instance: JSONNode) throws -> [SchemaViolation] {
    try validate(instance).violations
  }

  /// The violations of a JSON document given as bytes; empty when it is valid.
  func violations(ofJSON bytes: [UInt8]) throws -> [SchemaViolation] {
    try violations(of: JSONNode.parse(bytes))
  }

  /// Applies one schema (an object or `true`/`false`) to one value.
  private func validate(
    _ instance: JSONNode,
    against schema: JSONNode,
    instancePath: String,
    schemaPath: String,
    into report: inout SchemaValidationReport
  ) throws {
    func fail(_ keyword: String, _ message: String) {
      report.violations.append(
        SchemaViolation(
          instanceLocation: instancePath, keyword: keyword,
          schemaLocation: schemaPath + "/" + keyword,
          message: message))
    }
    let keywords: [String: JSONNode]
    switch schema {
    case .bool(true):
      return
    case .bool(false):
      report.violations.append(
        SchemaViolation(
          instanceLocation: instancePath, keyword: "false", schemaLocation: schemaPath,
          message: "no value is allowed here"))
      return
    case .object(let members):
      keywords = members
    default:
      throw SchemaError.malformed("a schema must be an object or a boolean", at: schemaPath)
    }

    for (keyword, value) in keywords.sorted(by: { $0.key < $1.key }) {
      let here = schemaPath + "/" + Self.escape(keyword)
      switch keyword {
      case _ where Self.annotationKeywords.contains(keyword):
        continue

      case "$ref":
        let (target, targetPath) = try resolve(value, at: here)
        try validate(
          instance, against: target, instancePath: instancePath, schemaPath: targetPath,
          into: &report)

      case "type":
        let allowed = try typeList(value, at: here)
        if Set(instance.schemaTypes).isDisjoint(with: allowed) {
          fail(
            keyword,
            "expected \(allowed.joined(separator: " or ")), found \(Self.describe(instance))")
        }

      case "enum":
        guard case .array(let choices) = value else {
          throw SchemaError.malformed("enum must be a list", at: here)
        }
        if !choices.contains(instance) {
          fail(
            keyword,
            "\(Self.describe(instance)) is not one of \(choices.map(Self.literal).joined(separator: ", "))"
          )
        }

      case "const":
        if instance != value {
          fail(keyword, "\(Self.describe(instance)) is not \(Self.literal(value))")
        }

      case "pattern":
        guard case .string(let text) = instance else { continue }
        let expression = try Self.regularExpression(value, at: here)
        let range = NSRange(text.startIndex..., in: text)
        if expression.firstMatch(in: text, range: range) == nil {
          fail(
            keyword, "\(Self.literal(instance)) does not match the pattern \(expression.pattern)")
        }

      case "minLength":
        guard case .string(let text) = instance else { continue }
        let minimum = try Self.count(value, at: here)
        if text.unicodeScalars.count < minimum {
          fail(keyword, "\(Self.literal(instance)) is shorter than \(minimum) character(s)")
        }

      case "minimum", "exclusiveMinimum":
        guard case .number(let number) = instance else { continue }
        guard case .number(let limit) = value else {
          throw SchemaError.malformed("\(keyword) must be a number", at: here)
        }
        if keyword == "minimum" && number < limit {
          fail(keyword, "\(Self.literal(instance)) is less than \(Self.literal(value))")
        } else if keyword == "exclusiveMinimum" && number <= limit {
          fail(keyword, "\(Self.literal(instance)) is not greater than \(Self.literal(value))")
        }

      case "minItems":
        guard case .array(let elements) = instance else { continue }
        let minimum = try Self.count(value, at: here)
        if elements.count < minimum {
          fail(keyword, "the list has \(elements.count) element(s), fewer than \(minimum)")
        }

      case "items":
        guard case .array(let elements) = instance else { continue }
        for (index, element) in elements.enumerated() {
          try validate(
            element, against: value, instancePath: instancePath + "/\(index)", schemaPath: here,
            into: &report)
        }

      case "required":
        guard case .object(let members) = instance else { continue }
        for name in try Self.names(value, at: here) where members[name] == nil {
          fail(keyword, "the required property \"\(name)\" is missing")
        }

      case "properties":
        guard case .object(let members) = instance else { continue }
        guard case .object(let propertySchemas) = value else {
          throw SchemaError.malformed("properties must be an object", at: here)
        }
        for (name, member) in members.sorted(by: { $0.key < $1.key }) {
          guard let propertySchema = propertySchemas[name] else { continue }
          let propertyPath = here + "/" + Self.escape(name)
          report.appliedProperties.insert(propertyPath)
          try validate(
            member, against: propertySchema, instancePath: instancePath + "/" + Self.escape(name),
            schemaPath: propertyPath, into: &report)
        }

      case "additionalProperties":
        guard case .object(let members) = instance else { continue }
        let declared = keywords["properties"]?.objectKeys ?? []
        for (name, member) in members.sorted(by: { $0.key < $1.key }) where !declared.contains(name)
        {
          if value == .bool(false) {
            fail(keyword, "the property \"\(name)\" is not allowed here")
          } else {
            try validate(
              member, against: value, instancePath: instancePath + "/" + Self.escape(name),
              schemaPath: here,
              into: &report)
          }
        }

      case "oneOf", "anyOf":
        guard case .array(let alternatives) = value, !alternatives.isEmpty else {
          throw SchemaError.malformed("\(keyword) must be a non-empty list", at: here)
        }
        var outcomes: [SchemaValidationReport] = []
        for (index, alternative) in alternatives.enumerated() {
          var outcome = SchemaValidationReport()
          try validate(
            instance, against: alternative, instancePath: instancePath,
            schemaPath: here + "/\(index)",
            into: &outcome)
          outcomes.append(outcome)
        }
        let matching = outcomes.filter(\.violations.isEmpty)
        for outcome in outcomes { report.appliedProperties.formUnion(outcome.appliedProperties) }
        if matching.isEmpty {
          let reasons = outcomes.enumerated().map { index, outcome in
            "(\(index + 1)) " + outcome.violations.map(\.description).joined(separator: "; ")
          }
          fail(
            keyword,
            "matches none of the \(alternatives.count) alternatives: \(reasons.joined(separator: " "))"
          )
        } else if keyword == "oneOf" && matching.count > 1 {
          fail(
            keyword,
            "matches \(matching.count) of the \(alternatives.count) alternatives, but exactly one must match"
          )
        }

      default:
        throw SchemaError.unsupportedKeyword(keyword, at: schemaPath)
      }
    }
  }

  /// The schema locations of the members every object type declares, for example
  /// `#/$defs/finding/properties/reference`, to compare with ``SchemaValidationReport/appliedProperties``.
  ///
  /// Only schemas with `"type": "object"` count: they define the keys a document may have. Other
  /// schemas with `properties` (the alternatives of a `oneOf`, say) only narrow those keys down.
  var declaredPropertyLocations: Set<String> {
    var locations: Set<String> = []
    func walk(_ schema: JSONNode, at path: String) {
      guard case .object(let keywords) = schema else { return }
      let declaresObject = keywords["type"] == .string("object")
      for (keyword, value) in keywords {
        let here = path + "/" + Self.escape(keyword)
        switch (keyword, value) {
        case ("properties", .object(let members)):
          for (name, member) in members {
            if declaresObject { locations.insert(here + "/" + Self.escape(name)) }
            walk(member, at: here + "/" + Self.escape(name))
          }
        case ("$defs", .object(let members)):
          for (name, member) in members { walk(member, at: here + "/" + Self.escape(name)) }
        case ("oneOf", .array(let alternatives)), ("anyOf", .array(let alternatives)):
          for (index, alternative) in alternatives.enumerated() {
            walk(alternative, at: here + "/\(index)")
          }
        case ("items", _), ("additionalProperties", _):
          walk(value, at: here)
        default:
          continue
        }
      }
    }
    walk(root, at: "#")
    return locations
  }

  /// The part of the schema at a location such as `#/$defs/finding/properties/text`, if there is one.
  func schema(at location: String) -> JSONNode? {
    guard location != "#" else { return root }
    guard location.hasPrefix("#/") else { return nil }
    var node = root
    for step in location.dropFirst(2).split(separator: "/", omittingEmptySubsequences: false) {
      let key = Self.unescape(String(step))
      if case .array(let elements) = node {
        guard let index = Int(key), elements.indices.contains(index) else { return nil }
        node = elements[index]
      } else {
        guard let next = node[key] else { return nil }
        node = next
      }
    }
    return node
  }

  // MARK: - Checking the schema itself

  /// Walks a schema and throws on the first keyword that is unsupported or malformed.
  private func checkSchema(_ schema: JSONNode, at path: String) throws {
    guard case .object(let keywords) = schema else {
      if case .bool = schema { return }
      throw SchemaError.malformed("a schema must be an object or a boolean", at: path)
    }
    for (keyword, value) in keywords.sorted(by: { $0.key < $1.key }) {
      let here = path + "/" + Self.escape(keyword)
      switch keyword {
      case "$schema":
        guard path == "#" else { throw SchemaError.unsupportedKeyword(keyword, at: path) }
        guard value.stringValue == Self.dialect else {
          throw SchemaError.malformed("only the dialect \(Self.dialect) is supported", at: here)
        }
      case "$id":
        // A nested $id would change the base for $ref, which this validator does not follow.
        guard path == "#" else { throw SchemaError.unsupportedKeyword(keyword, at: path) }
        guard value.stringValue != nil else {
          throw SchemaError.malformed("$id must be a text", at: here)
        }
      case "$comment", "title", "description", "patternErrorMessage":
        guard value.stringValue != nil else {
          throw SchemaError.malformed("\(keyword) must be a text", at: here)
        }
      case "default", "examples", "const":
        continue
      case "$defs", "properties":
        guard case .object(let members) = value else {
          throw SchemaError.malformed("\(keyword) must be an object", at: here)
        }
        for (name, member) in members {
          try checkSchema(member, at: here + "/" + Self.escape(name))
        }
      case "items", "additionalProperties":
        try checkSchema(value, at: here)
      case "oneOf", "anyOf":
        guard case .array(let alternatives) = value, !alternatives.isEmpty else {
          throw SchemaError.malformed("\(keyword) must be a non-empty list", at: here)
        }
        for (index, alternative) in alternatives.enumerated() {
          try checkSchema(alternative, at: here + "/\(index)")
        }
      case "type":
        _ = try typeList(value, at: here)
      case "enum":
        guard case .array(let choices) = value, !choices.isEmpty else {
          throw SchemaError.malformed("enum must be a non-empty list", at: here)
        }
      case "required":
        _ = try Self.names(value, at: here)
      case "pattern":
        _ = try Self.regularExpression(value, at: here)
      case "minimum", "exclusiveMinimum":
        guard case .number = value else {
          throw SchemaError.malformed("\(keyword) must be a number", at: here)
        }
      case "minLength", "minItems":
        _ = try Self.count(value, at: here)
      case "$ref":
        _ = try resolve(value, at: here)
      default:
        throw SchemaError.unsupportedKeyword(keyword, at: path)
      }
    }
  }

  /// The schema a `$ref` points to and its location; only `"#/$defs/name"` is supported.
  private func resolve(_ reference: JSONNode, at path: String) throws -> (JSONNode, String) {
    let prefix = "#/$defs/"
    guard let text = reference.stringValue, text.hasPrefix(prefix) else {
      throw SchemaError.unsupportedReference(Self.literal(reference), at: path)
    }
    let name = Self.unescape(String(text.dropFirst(prefix.count)))
    guard let target = root["$defs"]?[name] else {
      throw SchemaError.unresolvedReference(text, at: path)
    }
    return (target, text)
  }

  /// The type names a `type` keyword allows.
  private func typeList(_ value: JSONNode, at path: String) throws -> [String] {
    let names: [String]
    switch value {
    case .string(let name): names = [name]
    case .array(let elements): names = elements.compactMap(\.stringValue)
    default: throw SchemaError.malformed("type must be a type name or a list of them", at: path)
    }
    guard !names.isEmpty, names.count == value.arrayValue?.count ?? 1,
      names.allSatisfy(Self.typeNames.contains)
    else {
      throw SchemaError.malformed("type must name types among \(Self.typeNames.sorted())", at: path)
    }
    return names
  }

  // MARK: - Helpers

  /// The names of a `required` list.
  private static func names(_ value: JSONNode, at path: String) throws -> [String] {
    guard let elements = value.arrayValue else {
      throw SchemaError.malformed("required must be a list of texts", at: path)
    }
    let names = elements.compactMap(\.stringValue)
    guard names.count == elements.count, Set(names).count == names.count else {
      throw SchemaError.malformed("required must be a list of distinct texts", at: path)
    }
    return names
  }

  /// A non-negative whole number, as `minLength` and `minItems` take.
  private static func count(_ value: JSONNode, at path: String) throws -> Int {
    guard case .number(let number) = value, number >= 0, number.rounded() == number, number < 1e9
    else {
      throw SchemaError.malformed("must be a non-negative whole number", at: path)
    }
    return Int(number)
  }

  /// The compiled regular expression of a `pattern` (unanchored, as JSON Schema specifies).
  private static func regularExpression(_ value: JSONNode, at path: String) throws
    -> NSRegularExpression
  {
    guard let pattern = value.stringValue else {
      throw SchemaError.malformed("pattern must be a text", at: path)
    }
    do {
      return try NSRegularExpression(pattern: pattern)
    } catch {
      throw SchemaError.malformed("the pattern \(pattern) does not compile: \(error)", at: path)
    }
  }

  /// A key escaped for a JSON Pointer.
  static func escape(_ key: String) -> String {
    key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
  }

  /// A JSON Pointer step turned back into its key.
  static func unescape(_ step: String) -> String {
    step.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
  }

  /// A value written as JSON, shortened for messages.
  static func literal(_ value: JSONNode) -> String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let number):
      return number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
    case .string(let text):
      return "\"" + (text.count > 40 ? String(text.prefix(40)) + "…" : text) + "\""
    case .array(let elements): return "[…\(elements.count) element(s)]"
    case .object(let members): return "{…\(members.count) member(s)}"
    }
  }

  /// A value described with its type, for messages.
  static func describe(_ value: JSONNode) -> String {
    "\(value.schemaTypes.first ?? "value") \(literal(value))"
  }
}

/// What validating one document gave.
struct SchemaValidationReport: Sendable {
  /// Every violation found; empty when the document is valid.
  var violations: [SchemaViolation] = []
  /// The schema locations (such as `#/$defs/finding/properties/reference`) of every `properties`
  /// entry that was applied to a member of the document. A schema property missing from this set
  /// was never exercised by the document.
  var appliedProperties: Set<String> = []

  /// Adds another report's findings to this one.
  mutating func merge(_ other: SchemaValidationReport) {
    violations += other.violations
    appliedProperties.formUnion(other.appliedProperties)
  }
}

/// One way a document breaks its schema.
struct SchemaViolation: Hashable, Sendable, CustomStringConvertible {
  /// Where in the document, as a JSON Pointer (`""` is the root, `/areas/0/id` an area's id).
  var instanceLocation: String
  /// The keyword that failed, for example `"required"`.
  var keyword: String
  /// Where in the schema the keyword is, for example `#/$defs/area/required`.
  var schemaLocation: String
  /// What is wrong, in English.
  var message: String

  var description: String {
    "\(instanceLocation.isEmpty ? "/" : instanceLocation): \(keyword): \(message)"
  }
}

/// A schema the validator cannot use; thrown rather than reported so it can never pass unnoticed.
enum SchemaError: Error, Equatable, CustomStringConvertible {
  /// A keyword this validator does not implement, with the location of the schema that uses it.
  case unsupportedKeyword(String, at: String)
  /// A keyword whose value has the wrong form.
  case malformed(String, at: String)
  /// A `$ref` that is not of the form `"#/$defs/name"`.
  case unsupportedReference(String, at: String)
  /// A `$ref` to a definition that does not exist.
  case unresolvedReference(String, at: String)

  var description: String {
    switch self {
    case .unsupportedKeyword(let keyword, let path):
      "unsupported keyword \"\(keyword)\" in the schema at \(path); the test validator does not check it"
    case .malformed(let message, let path): "malformed schema at \(path): \(message)"
    case .unsupportedReference(let reference, let path):
      "unsupported $ref \(reference) at \(path); only \"#/$defs/name\" is supported"
    case .unresolvedReference(let reference, let path):
      "$ref \(reference) at \(path) points to nothing"
    }
  }
}
