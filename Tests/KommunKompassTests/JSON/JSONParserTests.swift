import Testing

@testable import KommunKompass

@Suite("JSON parser")
struct JSONParserTests {
  func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    try JSONParser.parse(Array(text.utf8)).value
  }

  @Test("Values keep their line and column")
  func locations() throws {
    let value = try parse("{\n  \"a\": [1, \"två\"],\n  \"b\": { \"c\": null }\n}")
    #expect(value.value(at: JSONPath([.key("a"), .index(1)]))?.location == TextLocation(line: 2, column: 12))
    #expect(value.value(at: JSONPath([.key("b"), .key("c")]))?.location == TextLocation(line: 3, column: 15))
    #expect(value.value(at: JSONPath([.key("b"), .key("x")])) == nil)
  }

  @Test("Escapes, including surrogate pairs, decode to the right text")
  func escapes() throws {
    let value = try parse(#""Ume\u00e5 \ud83d\ude00 \"citat\" \\ \/ \t""#)
    #expect(value.content == .string("Umeå 😀 \"citat\" \\ / \t"))
  }

  @Test("Columns count characters, not bytes")
  func columnsInCharacters() throws {
    let value = try parse("{\"ö\": \"å\", \"n\": 1}")
    #expect(value.value(at: JSONPath([.key("n")]))?.location == TextLocation(line: 1, column: 17))
  }

  @Test("A byte order mark at the start is accepted")
  func byteOrderMark() throws {
    let value = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)).value
    #expect(value.content == .array([JSONValue(.number(1, literal: "1"), at: TextLocation(line: 1, column: 2))]))
  }

  @Test("Windows line endings count as one line break")
  func windowsLineEndings() throws {
    let value = try parse("{\r\n\"a\":\r\n1}")
    #expect(value.value(at: JSONPath([.key("a")]))?.location == TextLocation(line: 3, column: 1))
  }

  @Test("Duplicate keys are reported, not silently dropped")
  func duplicateKeys() throws {
    let result = try JSONParser.parse(Array("{\"a\": 1, \"a\": 2}".utf8))
    #expect(result.duplicateKeys.map(\.key) == ["a"])
    #expect(result.duplicateKeys.first?.location == TextLocation(line: 1, column: 10))
  }

  struct SyntaxCase: Sendable, CustomTestStringConvertible {
    var text: String
    var location: TextLocation
    var message: String
    var testDescription: String { text.debugDescription }
  }

  static let syntaxCases: [SyntaxCase] = [
    SyntaxCase(text: "", location: .init(line: 1, column: 1), message: "the file is empty; it should hold a JSON object starting with {"),
    SyntaxCase(text: "{\"a\": 1", location: .init(line: 1, column: 8), message: "the file ends before the object that starts on line 1 is closed with }"),
    SyntaxCase(text: "{\"a\": 1,}", location: .init(line: 1, column: 9), message: "one comma too many before }"),
    SyntaxCase(text: "[1, 2,]", location: .init(line: 1, column: 7), message: "one comma too many before ]"),
    SyntaxCase(text: "{\"points\": 12,5}", location: .init(line: 1, column: 15), message: "decimals are written with a point in JSON, for example 12.5 (not 12,5)"),
    SyntaxCase(text: "{a: 1}", location: .init(line: 1, column: 2), message: "expected a key in \"quotes\" but found \"a\""),
    SyntaxCase(text: "[01]", location: .init(line: 1, column: 3), message: "numbers must not start with a zero followed by more digits"),
    SyntaxCase(text: "[Infinity]", location: .init(line: 1, column: 2), message: "Infinity is not allowed in JSON; write an ordinary number"),
    SyntaxCase(text: "[tru]", location: .init(line: 1, column: 2), message: "expected true but found \"tru\""),
    SyntaxCase(text: "[\"a\n\"]", location: .init(line: 1, column: 4), message: "the text that starts on line 1, column 2 has no closing quote before the end of the line"),
    SyntaxCase(text: "[1] [2]", location: .init(line: 1, column: 5), message: "unexpected text after the end of the document: the character ["),
    SyntaxCase(text: "[\"\\x\"]", location: .init(line: 1, column: 3), message: "unknown escape \\x in the text; write \\\\ for a backslash"),
    SyntaxCase(text: String(repeating: "[", count: 10_000), location: .init(line: 1, column: 201), message: "lists and objects are nested deeper than 200 levels"),
  ]

  @Test("Syntax errors name the place and what was expected", arguments: syntaxCases)
  func syntaxError(_ testCase: SyntaxCase) {
    #expect(throws: JSONSyntaxError.self) { try self.parse(testCase.text) }
    do {
      _ = try parse(testCase.text)
    } catch {
      #expect(error.location == testCase.location)
      #expect(error.message.english == testCase.message)
    }
  }

  @Test("Invalid UTF-8 is found with its line")
  func invalidUTF8() {
    #expect(ParsedDocument.firstInvalidUTF8(in: Array("{\n\"a\": \"".utf8) + [0xC3, 0x28]) == TextLocation(line: 2, column: 7))
    #expect(ParsedDocument.firstInvalidUTF8(in: Array("{\"ö\": \"Umeå\"}".utf8)) == nil)
    #expect(ParsedDocument.firstInvalidUTF8(in: [0xED, 0xA0, 0x80]) != nil)  // an encoded surrogate
  }
}
