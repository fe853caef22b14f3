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
    #expect(
      value.value(at: JSONPath([.key("a"), .index(1)]))?.location
        == TextLocation(line: 2, column: 12))
    #expect(
      value.value(at: JSONPath([.key("b"), .key("c")]))?.location
        == TextLocation(line: 3, column: 15))
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
    #expect(
      value.content
        == .array([JSONValue(.number(1, literal: "1"), at: TextLocation(line: 1, column: 2))]))
  }

  @Test("Windows line endings count as one line break")
  func windowsLineEndings() throws {
    let value = try parse("{\r\n\"a\":\r\n1}")
    #expect(value.value(at: JSONPath([.key("a")]))?.location == TextLocation(line: 3, column: 1))
  }

  @Test("CR alone ends a line, as LF and CR LF do", arguments: ["\r", "\n", "\r\n"])
  func lineEndings(_ lineEnd: String) throws {
    let text = ["{", "  \"a\": 1,", "  \"b\": [true,", "    \"ö\"]", "}"].joined(separator: lineEnd)
    let value = try parse(text)
    #expect(value.value(at: JSONPath([.key("a")]))?.location == TextLocation(line: 2, column: 8))
    #expect(
      value.value(at: JSONPath([.key("b"), .index(1)]))?.location
        == TextLocation(line: 4, column: 5))
  }

  @Test("A syntax error after CR line endings names its own line")
  func syntaxErrorAfterCarriageReturns() {
    #expect(throws: JSONSyntaxError.self) { try parse("{\r\"a\": 1,\r\"b\" 2}") }
    do {
      _ = try parse("{\r\"a\": 1,\r\"b\" 2}")
    } catch {
      #expect(error.location == TextLocation(line: 3, column: 5))
    }
  }

  @Test("Columns on one long line are right far from its start")
  func columnsOnOneLongLine() throws {
    let elements = (0..<5_000).map { "\"ä\($0)\"" }.joined(separator: ",")
    let value = try parse("[" + elements + "]")
    // Element i starts after "[" and i earlier elements with their commas.
    let index = 4_321
    let before = (0..<index).reduce(0) { $0 + "\"ä\($1)\",".count }
    #expect(
      value.value(at: JSONPath([.index(index)]))?.location
        == TextLocation(line: 1, column: 2 + before))
  }

  @Test("Duplicate keys are found in large objects too, each once")
  func duplicateKeysInLargeObject() throws {
    var keys = (0..<1_000).map { "\"k\($0)\": \($0)" }
    keys.append("\"k17\": 0")
    keys.append("\"k999\": 0")
    let result = try JSONParser.parse(Array(("{" + keys.joined(separator: ", ") + "}").utf8))
    #expect(result.duplicateKeys.map(\.key) == ["k17", "k999"])
  }

  struct SurrogateCase: Sendable, CustomTestStringConvertible {
    var text: String
    var column: Int
    var message: String
    var testDescription: String { text }
  }

  @Test(
    "A lone UTF-16 surrogate is an error at its escape, and nothing after it is swallowed",
    arguments: [
      SurrogateCase(
        text: #"["\ud800\u0041BC"]"#, column: 3,
        message:
          "\\uD800 is the first half of a UTF-16 character but the second half (\\uDC00–\\uDFFF) does not follow right after it; write the whole character or remove \\uD800"
      ),
      SurrogateCase(
        text: #"["\ud83d\ud83d\ude00"]"#, column: 3,
        message:
          "\\uD83D is the first half of a UTF-16 character but the second half (\\uDC00–\\uDFFF) does not follow right after it; write the whole character or remove \\uD83D"
      ),
      SurrogateCase(
        text: #"["ab\ud800"]"#, column: 5,
        message:
          "\\uD800 is the first half of a UTF-16 character but the second half (\\uDC00–\\uDFFF) does not follow right after it; write the whole character or remove \\uD800"
      ),
      SurrogateCase(
        text: #"["\udc00x"]"#, column: 3,
        message:
          "\\uDC00 is the second half of a UTF-16 character with no first half before it; write the whole character or remove \\uDC00"
      ),
    ])
  func loneSurrogates(_ surrogateCase: SurrogateCase) {
    do {
      _ = try parse(surrogateCase.text)
      Issue.record("\(surrogateCase.text) parsed without an error")
    } catch {
      #expect(error.location == TextLocation(line: 1, column: surrogateCase.column))
      #expect(error.message.english == surrogateCase.message)
    }
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
    SyntaxCase(
      text: "", location: .init(line: 1, column: 1),
      message: "the file is empty; it should hold a JSON object starting with {"),
    SyntaxCase(
      text: "{\"a\": 1", location: .init(line: 1, column: 8),
      message: "the file ends before the object that starts on line 1 is closed with }"),
    SyntaxCase(
      text: "{\"a\": 1,}", location: .init(line: 1, column: 9),
      message: "one comma too many before }"),
    SyntaxCase(
      text: "[1, 2,]", location: .init(line: 1, column: 7), message: "one comma too many before ]"),
    SyntaxCase(
      text: "{\"points\": 12,5}", location: .init(line: 1, column: 15),
      message: "decimals are written with a point in JSON, for example 12.5 (not 12,5)"),
    SyntaxCase(
      text: "{a: 1}", location: .init(line: 1, column: 2),
      message: "expected a key in \"quotes\" but found \"a\""),
    SyntaxCase(
      text: "[01]", location: .init(line: 1, column: 3),
      message: "numbers must not start with a zero followed by more digits"),
    SyntaxCase(
      text: "[Infinity]", location: .init(line: 1, column: 2),
      message: "Infinity is not allowed in JSON; write an ordinary number"),
    SyntaxCase(
      text: "[tru]", location: .init(line: 1, column: 2), message: "expected true but found \"tru\""
    ),
    SyntaxCase(
      text: "[\"a\n\"]", location: .init(line: 1, column: 4),
      message:
        "the text that starts on line 1, column 2 has no closing quote before the end of the line"),
    SyntaxCase(
      text: "[1] [2]", location: .init(line: 1, column: 5),
      message: "unexpected text after the end of the document: the character ["),
    SyntaxCase(
      text: "[\"\\x\"]", location: .init(line: 1, column: 3),
      message: "unknown escape \\x in the text; write \\\\ for a backslash"),
    SyntaxCase(
      text: String(repeating: "[", count: 10_000), location: .init(line: 1, column: 201),
      message: "lists and objects are nested deeper than 200 levels"),
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
    #expect(
      ParsedDocument.firstInvalidUTF8(in: Array("{\n\"a\": \"".utf8) + [0xC3, 0x28])
        == TextLocation(line: 2, column: 7))
    #expect(ParsedDocument.firstInvalidUTF8(in: Array("{\"ö\": \"Umeå\"}".utf8)) == nil)
    #expect(ParsedDocument.firstInvalidUTF8(in: [0xED, 0xA0, 0x80]) != nil)  // an encoded surrogate
  }
}
