import Foundation
import Testing

/// The test validator itself: each supported keyword accepts and rejects what it should, and
/// anything it does not support stops it instead of passing unchecked.
@Suite("Schema validator")
struct SchemaValidatorTests {
  /// One schema, one document, and the keyword expected to fail (`nil` when the document is valid).
  struct Case: Sendable, CustomTestStringConvertible {
    var schema: String
    var instance: String
    var failing: String?
    var testDescription: String { "\(instance) against \(schema)" }
  }

  static let cases: [Case] = [
    // Types, including "integer" and lists of types.
    Case(schema: #"{"type": "integer"}"#, instance: "3", failing: nil),
    Case(schema: #"{"type": "integer"}"#, instance: "3.0", failing: nil),
    Case(schema: #"{"type": "integer"}"#, instance: "3.5", failing: "type"),
    Case(schema: #"{"type": "integer"}"#, instance: #""3""#, failing: "type"),
    Case(schema: #"{"type": "number"}"#, instance: "3", failing: nil),
    Case(schema: #"{"type": "number"}"#, instance: "true", failing: "type"),
    Case(schema: #"{"type": "boolean"}"#, instance: "1", failing: "type"),
    Case(schema: #"{"type": "string"}"#, instance: "null", failing: "type"),
    Case(schema: #"{"type": ["string", "null"]}"#, instance: "null", failing: nil),
    Case(schema: #"{"type": ["string", "null"]}"#, instance: "0", failing: "type"),
    Case(schema: #"{"type": "object"}"#, instance: "[]", failing: "type"),
    Case(schema: #"{"type": "array"}"#, instance: "{}", failing: "type"),
    // Objects.
    Case(schema: #"{"required": ["a"]}"#, instance: #"{"a": 1}"#, failing: nil),
    Case(schema: #"{"required": ["a"]}"#, instance: #"{"b": 1}"#, failing: "required"),
    Case(schema: #"{"required": ["a"]}"#, instance: "[]", failing: nil),
    Case(
      schema: #"{"properties": {"a": {"type": "string"}}}"#, instance: #"{"a": 1}"#, failing: "type"
    ),
    Case(
      schema: #"{"properties": {"a": {}}, "additionalProperties": false}"#, instance: #"{"a": 1}"#,
      failing: nil),
    Case(
      schema: #"{"properties": {"a": {}}, "additionalProperties": false}"#,
      instance: #"{"a": 1, "b": 2}"#, failing: "additionalProperties"),
    Case(
      schema: #"{"additionalProperties": {"type": "number"}}"#, instance: #"{"b": "x"}"#,
      failing: "type"),
    // Arrays.
    Case(schema: #"{"items": {"type": "string"}}"#, instance: #"["a", "b"]"#, failing: nil),
    Case(schema: #"{"items": {"type": "string"}}"#, instance: #"["a", 2]"#, failing: "type"),
    Case(schema: #"{"minItems": 1}"#, instance: "[]", failing: "minItems"),
    // Values.
    Case(
      schema: #"{"enum": ["external", "selfAssessment"]}"#, instance: #""external""#, failing: nil),
    Case(
      schema: #"{"enum": ["external", "selfAssessment"]}"#, instance: #""extern""#, failing: "enum"),
    Case(schema: #"{"const": 1}"#, instance: "1.0", failing: nil),
    Case(schema: #"{"const": 1}"#, instance: "2", failing: "const"),
    Case(schema: #"{"pattern": "^[0-9]{4}$"}"#, instance: #""1881""#, failing: nil),
    Case(schema: #"{"pattern": "^[0-9]{4}$"}"#, instance: #""188""#, failing: "pattern"),
    Case(schema: #"{"pattern": "\\S"}"#, instance: #""  x ""#, failing: nil),
    Case(schema: #"{"pattern": "\\S"}"#, instance: #""   ""#, failing: "pattern"),
    Case(schema: #"{"minLength": 1}"#, instance: #""""#, failing: "minLength"),
    Case(schema: #"{"minLength": 2}"#, instance: #""ö""#, failing: "minLength"),
    Case(schema: #"{"minLength": 1}"#, instance: "5", failing: nil),
    Case(schema: #"{"minimum": 0}"#, instance: "0", failing: nil),
    Case(schema: #"{"minimum": 0}"#, instance: "-0.5", failing: "minimum"),
    Case(schema: #"{"exclusiveMinimum": 0}"#, instance: "0", failing: "exclusiveMinimum"),
    Case(schema: #"{"exclusiveMinimum": 0}"#, instance: "0.1", failing: nil),
    // References and combinations.
    Case(
      schema: ##"{"$defs": {"code": {"pattern": "^[0-9]+$"}}, "$ref": "#/$defs/code"}"##,
      instance: #""12a""#, failing: "pattern"),
    Case(
      schema: #"{"oneOf": [{"required": ["a"]}, {"required": ["b"]}]}"#, instance: #"{"a": 1}"#,
      failing: nil),
    Case(
      schema: #"{"oneOf": [{"required": ["a"]}, {"required": ["b"]}]}"#,
      instance: #"{"a": 1, "b": 2}"#, failing: "oneOf"),
    Case(
      schema: #"{"oneOf": [{"required": ["a"]}, {"required": ["b"]}]}"#, instance: "{}",
      failing: "oneOf"),
    Case(
      schema: #"{"anyOf": [{"type": "string"}, {"type": "null"}]}"#, instance: "null", failing: nil),
    Case(
      schema: #"{"anyOf": [{"type": "string"}, {"type": "null"}]}"#, instance: "3", failing: "anyOf"
    ),
    Case(schema: "false", instance: "3", failing: "false"),
    Case(schema: "true", instance: "3", failing: nil),
  ]

  @Test("Each supported keyword accepts and rejects what it should", arguments: cases)
  func keyword(_ example: Case) throws {
    let validator = try SchemaValidator(schema: JSONNode.parse(Data(example.schema.utf8)))
    let violations = try validator.violations(ofJSON: Array(example.instance.utf8))
    if let failing = example.failing {
      #expect(violations.map(\.keyword) == [failing], "\(violations)")
    } else {
      #expect(violations.isEmpty, "\(violations)")
    }
  }

  @Test("A type error is reported at the value, with what was expected and found")
  func typeErrorIsLocated() throws {
    let schema =
      #"{"properties": {"areas": {"items": {"properties": {"points": {"type": ["number", "null"]}}}}}}"#
    let validator = try SchemaValidator(schema: JSONNode.parse(Data(schema.utf8)))
    let violations = try validator.violations(
      ofJSON: Array(#"{"areas": [{}, {"points": "12,5"}]}"#.utf8))
    let violation = try #require(violations.first)
    #expect(violations.count == 1)
    #expect(violation.instanceLocation == "/areas/1/points")
    #expect(violation.schemaLocation == "#/properties/areas/items/properties/points/type")
    #expect(violation.message == #"expected number or null, found string "12,5""#)
  }

  @Test("Each missing required property is reported once, at the object")
  func missingRequiredIsReported() throws {
    let validator = try SchemaValidator(
      schema: JSONNode.parse(Data(#"{"required": ["rubric", "date", "kind"]}"#.utf8)))
    let violations = try validator.violations(ofJSON: Array(#"{"date": "2020-11"}"#.utf8))
    #expect(violations.map(\.instanceLocation) == ["", ""])
    #expect(
      violations.map(\.message) == [
        #"the required property "rubric" is missing"#, #"the required property "kind" is missing"#,
      ])
  }

  @Test("Every unknown property is reported when additionalProperties is false, even inside a $ref")
  func additionalPropertiesAreReported() throws {
    let schema = #"""
      {"$defs": {"finding": {"properties": {"text": {}}, "additionalProperties": false}},
       "items": {"$ref": "#/$defs/finding"}}
      """#
    let validator = try SchemaValidator(schema: JSONNode.parse(Data(schema.utf8)))
    let violations = try validator.violations(
      ofJSON: Array(#"[{"text": "a"}, {"txt": "b", "page": 2}]"#.utf8))
    #expect(violations.map(\.keyword) == ["additionalProperties", "additionalProperties"])
    #expect(violations.map(\.instanceLocation) == ["/1", "/1"])
    #expect(
      violations.map(\.message) == [
        #"the property "page" is not allowed here"#, #"the property "txt" is not allowed here"#,
      ])
  }

  @Test(
    "An unsupported keyword stops the validator instead of passing unchecked",
    arguments: [
      (#"{"type": "string", "maxLength": 3}"#, "maxLength", "#"),
      (#"{"format": "date"}"#, "format", "#"),
      (
        #"{"properties": {"code": {"patternProperties": {}}}}"#, "patternProperties",
        "#/properties/code"
      ),
      (#"{"$defs": {"a": {"if": {}}}}"#, "if", "#/$defs/a"),
      (#"{"items": {"prefixItems": []}}"#, "prefixItems", "#/items"),
      (#"{"anyOf": [{"allOf": []}]}"#, "allOf", "#/anyOf/0"),
      (
        #"{"properties": {"a": {"$schema": "https://json-schema.org/draft/2020-12/schema"}}}"#,
        "$schema", "#/properties/a"
      ),
    ])
  func unsupportedKeywordIsReported(schema: String, keyword: String, location: String) throws {
    #expect(throws: SchemaError.unsupportedKeyword(keyword, at: location)) {
      _ = try SchemaValidator(schema: JSONNode.parse(Data(schema.utf8)))
    }
  }

  @Test("A schema that cannot be used is refused when the validator is made")
  func unusableSchemaIsRefused() throws {
    let schemas = [
      #"{"$schema": "http://json-schema.org/draft-07/schema#"}"#,
      ##"{"$ref": "other.schema.json#/$defs/text"}"##,
      ##"{"$ref": "#/$defs/missing"}"##,
      #"{"pattern": "(unclosed"}"#,
      #"{"type": "date"}"#,
      #"{"required": "rubric"}"#,
      #"{"minLength": -1}"#,
      #"{"items": [{"type": "string"}]}"#,
      #"{"oneOf": []}"#,
    ]
    for schema in schemas {
      #expect(throws: SchemaError.self, "\(schema)") {
        _ = try SchemaValidator(schema: JSONNode.parse(Data(schema.utf8)))
      }
    }
  }
}
