// swift-format-ignore-file: NeverForceUnwrap
// These tests edit parsed JSON fixtures and bundled data whose shape the test itself fixes; a
// failed cast or unwrap here is a broken fixture, and stopping the run is the right outcome.

import Foundation
import Testing

@testable import KommunKompass

/// ``PeerFigureScanner`` never reads a file the full loader refuses: hand-written malformed and
/// unusual files, the malformed corpus, thousands of random mutations, and its byte-level checks
/// (UTF-8, numbers, empty texts) against the standard library and ``JSONParser``.
@Suite("Peer figure scanner: malformed input")
struct PeerFigureScannerRobustnessTests {
  static let scanner2020 = PeerFigureScanner(rubric: PeerFigureScannerTests.rubric2020)
  static let scanner2016 = PeerFigureScanner(rubric: PeerFigureScannerTests.rubric2016)
  static let kumlaBytes = [UInt8]((try? Data(contentsOf: RepositoryFiles.kumla2020)) ?? Data())
  static let kumlaText = String(decoding: kumlaBytes, as: UTF8.self)

  /// A case the scanner must leave to the loader.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var testDescription: String { name }
  }

  /// Kumla with the first occurrence of `target` replaced (the case is empty when there is none,
  /// which the test reports).
  static func kumla(_ name: String, _ target: String, _ replacement: String) -> Case {
    guard let range = kumlaText.range(of: target) else {
      return Case(name: "\(name): no \(target)", bytes: [])
    }
    return Case(
      name: name, bytes: Array(kumlaText.replacingCharacters(in: range, with: replacement).utf8))
  }

  /// Kumla with the bytes of the first occurrence of `target` replaced by raw bytes.
  static func kumlaBytes(_ name: String, _ target: String, _ replacement: [UInt8]) -> Case {
    let pattern = Array(target.utf8)
    let bytes = kumlaBytes
    guard
      let start = (0...(bytes.count - pattern.count)).first(where: {
        bytes[$0..<($0 + pattern.count)].elementsEqual(pattern)
      })
    else { return Case(name: "\(name): no \(target)", bytes: []) }
    return Case(
      name: name,
      bytes: Array(bytes[..<start]) + replacement + Array(bytes[(start + pattern.count)...]))
  }

  /// Kumla after an edit of its parsed JSON.
  static func kumlaJSON(_ name: String, _ edit: @escaping @Sendable (inout [String: Any]) -> Void)
    -> Case
  {
    let bytes = (try? KumlaMutation.json(edit).apply()) ?? []
    return Case(name: name, bytes: bytes)
  }

  static func subArea(
    _ area: Int, _ subArea: Int, _ edit: @escaping @Sendable (inout [String: Any]) -> Void
  ) -> @Sendable (inout [String: Any]) -> Void {
    { object in editSubArea(&object, area: area, subArea: subArea, edit) }
  }

  static func area(_ area: Int, _ edit: @escaping @Sendable (inout [String: Any]) -> Void)
    -> @Sendable (inout [String: Any]) -> Void
  {
    { object in editArea(&object, area: area, edit) }
  }

  /// Malformed and unusual variants of the Kumla file, every one left to the loader.
  static let cases: [Case] = syntaxCases + encodingCases + keyCases + valueCases + structureCases

  static let syntaxCases: [Case] = [
    kumla("trailing comma in an object", "\"code\": \"1881\"", "\"code\": \"1881\","),
    kumla("trailing comma in a list", "och oegentligheter.\"", "och oegentligheter.\","),
    kumla(
      "two commas", "\"Invånarna kan lämna medborgarinitiativ.\",",
      "\"Invånarna kan lämna medborgarinitiativ.\",,"),
    kumla(
      "missing comma", "\"rubric\": \"kommunkompassen-2020\",",
      "\"rubric\": \"kommunkompassen-2020\""),
    kumla("missing colon", "\"kind\": \"external\"", "\"kind\" \"external\""),
    kumla("comment", "\"formatVersion\": 1,", "\"formatVersion\": 1, // version"),
    kumla("block comment", "\"formatVersion\": 1,", "/* v */ \"formatVersion\": 1,"),
    kumla("single quotes", "\"kind\": \"external\"", "\"kind\": 'external'"),
    kumla("unquoted key", "\"kind\": \"external\"", "kind: \"external\""),
    kumla("NaN points", "\"points\": 12.51", "\"points\": NaN"),
    kumla("Infinity points", "\"points\": 12.51", "\"points\": Infinity"),
    kumla("-Infinity points", "\"points\": 12.51", "\"points\": -Infinity"),
    kumla("leading zero", "\"points\": 4.8", "\"points\": 04.8"),
    kumla("decimal point without digits", "\"points\": 4.8", "\"points\": 4."),
    kumla("no digit before the point", "\"points\": 4.8", "\"points\": .8"),
    kumla("exponent without digits", "\"points\": 4.8", "\"points\": 4.8e"),
    kumla("exponent sign only", "\"points\": 4.8", "\"points\": 4.8e+"),
    kumla("plus sign", "\"points\": 4.8", "\"points\": +4.8"),
    kumla("hexadecimal", "\"points\": 4.8", "\"points\": 0x4"),
    kumla("decimal comma", "\"points\": 4.8", "\"points\": 4,8"),
    kumla("two points", "\"points\": 4.8", "\"points\": 4.8.1"),
    kumla("minus alone", "\"points\": 4.8", "\"points\": -"),
    kumla("unknown escape", "Demokrati och dialog", "Demokrati \\x och dialog"),
    kumla("short unicode escape", "Demokrati och dialog", "Demokrati \\u12 och dialog"),
    kumla("bad hex in escape", "Demokrati och dialog", "Demokrati \\u12G4 och dialog"),
    kumla("escaped closing quote", "medborgarinitiativ.\"", "medborgarinitiativ.\\\""),
    kumla("tab in a text", "Demokrati och dialog", "Demokrati\toch dialog"),
    kumla("line break in a text", "Demokrati och dialog", "Demokrati\noch dialog"),
    kumla("NUL in a text", "Demokrati och dialog", "Demokrati\u{0}och dialog"),
    kumla("unit separator in a text", "Demokrati och dialog", "Demokrati\u{1F}och dialog"),
    kumla("true misspelled", "\"interviews\": 30", "\"interviews\": tru"),
    kumla("null misspelled", "\"interviews\": 30", "\"interviews\": nul"),
    kumla("null followed by letters", "\"interviews\": 30", "\"interviews\": nullx"),
    kumla("text after the root", "\"kind\": \"external\"", "\"kind\": \"external\"}, {\"kind\": 1"),
    Case(name: "truncated in the middle", bytes: Array(kumlaBytes.prefix(kumlaBytes.count / 2))),
    Case(name: "truncated before the last brace", bytes: Array(kumlaBytes.dropLast(2))),
    Case(
      name: "truncated by one byte",
      bytes: {
        var bytes = kumlaBytes
        while bytes.last == 0x0A { bytes.removeLast() }
        bytes.removeLast()
        return bytes
      }()),
    Case(name: "text after the end", bytes: kumlaBytes + Array("x".utf8)),
    Case(name: "a second root", bytes: kumlaBytes + Array("{}".utf8)),
    Case(name: "empty file", bytes: []),
    Case(name: "white space only", bytes: Array("  \n\t ".utf8)),
    Case(name: "byte order mark only", bytes: [0xEF, 0xBB, 0xBF]),
    Case(name: "two byte order marks", bytes: [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + kumlaBytes),
    Case(name: "space before the byte order mark", bytes: [0x20, 0xEF, 0xBB, 0xBF] + kumlaBytes),
    Case(name: "null", bytes: Array("null".utf8)),
    Case(name: "root is a list", bytes: Array("[".utf8) + kumlaBytes + Array("]".utf8)),
    Case(name: "root is a text", bytes: Array("\"kumla\"".utf8)),
    Case(name: "empty object", bytes: Array("{}".utf8)),
    Case(
      name: "deep nesting",
      bytes: Array(
        "{\"$schema\": \(String(repeating: "[", count: 300))\(String(repeating: "]", count: 300))}"
          .utf8)),
    kumla(
      "nested schema (valid)", "\"formatVersion\": 1,",
      "\"formatVersion\": 1, \"$schema\": [[[[[[[[[[{}]]]]]]]]]],"),
  ]

  static let encodingCases: [Case] = [
    kumlaBytes("invalid byte 0xFF", "Invånarna", Array("Inv".utf8) + [0xFF] + Array("narna".utf8)),
    kumlaBytes(
      "lone continuation byte", "Invånarna", Array("Inv".utf8) + [0x80] + Array("narna".utf8)),
    kumlaBytes(
      "lead byte without continuation", "Invånarna",
      Array("Inv".utf8) + [0xC3] + Array("narna".utf8)),
    kumlaBytes(
      "overlong two-byte form", "Invånarna", Array("Inv".utf8) + [0xC0, 0xAF] + Array("narna".utf8)),
    kumlaBytes(
      "overlong three-byte form", "Invånarna",
      Array("Inv".utf8) + [0xE0, 0x80, 0xAF] + Array("narna".utf8)),
    kumlaBytes(
      "overlong four-byte form", "Invånarna",
      Array("Inv".utf8) + [0xF0, 0x80, 0x80, 0xAF] + Array("narna".utf8)),
    kumlaBytes(
      "UTF-16 surrogate", "Invånarna", Array("Inv".utf8) + [0xED, 0xA0, 0x80] + Array("narna".utf8)),
    kumlaBytes(
      "above U+10FFFF", "Invånarna",
      Array("Inv".utf8) + [0xF4, 0x90, 0x80, 0x80] + Array("narna".utf8)),
    kumlaBytes(
      "lead byte 0xF5", "Invånarna",
      Array("Inv".utf8) + [0xF5, 0x80, 0x80, 0x80] + Array("narna".utf8)),
    kumlaBytes(
      "truncated three-byte sequence", "Invånarna",
      Array("Inv".utf8) + [0xE2, 0x82] + Array("narna".utf8)),
    kumlaBytes(
      "truncated sequence before the quote", "medborgarinitiativ.\"",
      Array("medborgarinitiativ.".utf8) + [0xE2, 0x82, 0x22]),
    kumlaBytes(
      "non-ASCII outside a text", "\"kind\": \"external\"",
      Array("\"kind\": \"external\"".utf8) + [0xC2, 0xA0]),
    kumlaBytes("Latin-1 å", "Invånarna", Array("Inv".utf8) + [0xE5] + Array("narna".utf8)),
    Case(
      name: "UTF-16",
      bytes: [0xFF, 0xFE] + kumlaText.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
    Case(
      name: "Latin-1",
      bytes: kumlaText.unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : UInt8(ascii: "?") }),
  ]

  static let keyCases: [Case] = [
    kumla("unknown key at the top", "\"formatVersion\": 1,", "\"formatVersion\": 1, \"extra\": 1,"),
    kumla("misspelled key", "\"evaluators\"", "\"evaluator\""),
    kumla("key in another case", "\"evaluators\"", "\"Evaluators\""),
    kumla(
      "unknown key in municipality", "\"code\": \"1881\"", "\"code\": \"1881\", \"county\": \"18\""),
    kumla("unknown key in an area", "\"id\": \"1\",", "\"id\": \"1\", \"score\": 66,"),
    kumla("unknown key in a sub-area", "\"id\": \"1.1\",", "\"id\": \"1.1\", \"weight\": 1,"),
    kumla(
      "unknown key in a finding", "\"reference\": \"Kommunikationspolicy\"",
      "\"reference\": \"Kommunikationspolicy\", \"page\": 4"),
    kumla(
      "unknown key in sources", "\"interviews\": 30,", "\"interviews\": 30, \"documents\": 12,"),
    kumla(
      "unknown key in a good example", "\"area\": \"5\",", "\"area\": \"5\", \"subArea\": \"5.1\","),
    kumla(
      "duplicate key at the top", "\"kind\": \"external\",",
      "\"kind\": \"external\", \"kind\": \"external\","),
    kumla(
      "duplicate name", "\"name\": \"Kumla kommun\",",
      "\"name\": \"Kumla kommun\", \"name\": \"Kumla kommun\","),
    kumla("duplicate points", "\"points\": 12.51,", "\"points\": 12.51, \"points\": 12.51,"),
    kumla(
      "duplicate source in a finding", "\"source\": \"interview\"",
      "\"source\": \"interview\", \"source\": \"interview\""),
    kumla("duplicate interviews", "\"interviews\": 30,", "\"interviews\": 30, \"interviews\": 30,"),
    kumla(
      "duplicate text in a good example", "\"area\": \"5\",", "\"area\": \"5\", \"text\": \"x\","),
    kumla("duplicate area id", "\"id\": \"1\",", "\"id\": \"1\", \"id\": \"1\","),
    kumla("duplicate strengths", "\"id\": \"1\",", "\"id\": \"1\", \"strengths\": [],"),
    kumla("escaped key (valid)", "\"rubric\"", "\"rub\\u0072ic\""),
    kumla("key with trailing space", "\"rubric\"", "\"rubric \""),
  ]

  static let valueCases: [Case] = [
    kumla("format version 2", "\"formatVersion\": 1", "\"formatVersion\": 2"),
    kumla("format version 0", "\"formatVersion\": 1", "\"formatVersion\": 0"),
    kumla("format version as text", "\"formatVersion\": 1", "\"formatVersion\": \"1\""),
    kumla("format version 1.5", "\"formatVersion\": 1", "\"formatVersion\": 1.5"),
    kumla("format version 1.0 (valid)", "\"formatVersion\": 1", "\"formatVersion\": 1.0"),
    kumla("format version null", "\"formatVersion\": 1", "\"formatVersion\": null"),
    kumla(
      "another rubric", "\"rubric\": \"kommunkompassen-2020\"",
      "\"rubric\": \"kommunkompassen-2016\""),
    kumla(
      "unknown rubric", "\"rubric\": \"kommunkompassen-2020\"",
      "\"rubric\": \"kommunkompassen-2021\""),
    kumla("rubric as number", "\"rubric\": \"kommunkompassen-2020\"", "\"rubric\": 2020"),
    kumla(
      "rubric with a space (valid)", "\"rubric\": \"kommunkompassen-2020\"",
      "\"rubric\": \" kommunkompassen-2020\""),
    kumla(
      "rubric escaped (valid)", "\"rubric\": \"kommunkompassen-2020\"",
      "\"rubric\": \"kommunkompassen\\u002d2020\""),
    kumla(
      "detail misspelled", "\"kind\": \"external\"", "\"kind\": \"external\", \"detail\": \"areas\""
    ),
    kumla("detail null", "\"kind\": \"external\"", "\"kind\": \"external\", \"detail\": null"),
    kumla(
      "detail area with sub-areas", "\"kind\": \"external\"",
      "\"kind\": \"external\", \"detail\": \"area\""),
    kumla("code with three digits", "\"code\": \"1881\"", "\"code\": \"188\""),
    kumla("code with five digits", "\"code\": \"1881\"", "\"code\": \"18810\""),
    kumla("code as number", "\"code\": \"1881\"", "\"code\": 1881"),
    kumla("code without county", "\"code\": \"1881\"", "\"code\": \"0081\""),
    kumla("code with a space", "\"code\": \"1881\"", "\"code\": \"1881 \""),
    kumla("code with a letter", "\"code\": \"1881\"", "\"code\": \"188a\""),
    kumla("code in full-width digits", "\"code\": \"1881\"", "\"code\": \"１８８１\""),
    kumla("code null", "\"code\": \"1881\"", "\"code\": null"),
    kumla("code missing", "\"code\": \"1881\"", "\"kod\": \"1881\""),
    kumla("empty name", "\"name\": \"Kumla kommun\"", "\"name\": \"\""),
    kumla("blank name", "\"name\": \"Kumla kommun\"", "\"name\": \"  \\n\""),
    kumla("name null", "\"name\": \"Kumla kommun\"", "\"name\": null"),
    kumla("name as number", "\"name\": \"Kumla kommun\"", "\"name\": 1881"),
    kumla("name escaped (valid)", "\"name\": \"Kumla kommun\"", "\"name\": \"Kumla\\u0020kommun\""),
    kumla(
      "name with a leading space (valid)", "\"name\": \"Kumla kommun\"",
      "\"name\": \" Kumla kommun\""),
    kumla("date month 13", "\"date\": \"2020-11\"", "\"date\": \"2020-13\""),
    kumla("date month 0", "\"date\": \"2020-11\"", "\"date\": \"2020-00\""),
    kumla("date 30 February", "\"date\": \"2020-11\"", "\"date\": \"2020-02-30\""),
    kumla("date 29 February 2019", "\"date\": \"2020-11\"", "\"date\": \"2019-02-29\""),
    kumla("date day 0", "\"date\": \"2020-11\"", "\"date\": \"2020-11-00\""),
    kumla("date one-digit month", "\"date\": \"2020-11\"", "\"date\": \"2020-1\""),
    kumla("date one-digit day", "\"date\": \"2020-11\"", "\"date\": \"2020-11-1\""),
    kumla("date two-digit year", "\"date\": \"2020-11\"", "\"date\": \"20-11-01\""),
    kumla("date year 999", "\"date\": \"2020-11\"", "\"date\": \"0999-01\""),
    kumla("date with slashes", "\"date\": \"2020-11\"", "\"date\": \"2020/11\""),
    kumla("date with signs", "\"date\": \"2020-11\"", "\"date\": \"+202-11\""),
    kumla("date null", "\"date\": \"2020-11\"", "\"date\": null"),
    kumla("date as number", "\"date\": \"2020-11\"", "\"date\": 2020"),
    kumla("date with a space (valid)", "\"date\": \"2020-11\"", "\"date\": \" 2020-11\""),
    kumla("kind misspelled", "\"kind\": \"external\"", "\"kind\": \"extern\""),
    kumla("kind capitalized", "\"kind\": \"external\"", "\"kind\": \"External\""),
    kumla("kind null", "\"kind\": \"external\"", "\"kind\": null"),
    kumla("kind padded (valid)", "\"kind\": \"external\"", "\"kind\": \"external \""),
    kumla("evaluators as text", "\"evaluators\": [", "\"evaluators\": \"x\", \"summary2\": ["),
    kumla("empty evaluator", "\"evaluators\": [", "\"evaluators\": [\"\", "),
    kumla("blank evaluator", "\"evaluators\": [", "\"evaluators\": [\" \", "),
    kumla("evaluator null", "\"evaluators\": [", "\"evaluators\": [null, "),
    kumla("evaluator as number", "\"evaluators\": [", "\"evaluators\": [1, "),
    kumla("evaluator as list", "\"evaluators\": [", "\"evaluators\": [[\"x\"], "),
    kumla("interviews negative", "\"interviews\": 30", "\"interviews\": -1"),
    kumla("interviews fractional", "\"interviews\": 30", "\"interviews\": 1.5"),
    kumla("interviews as text", "\"interviews\": 30", "\"interviews\": \"30\""),
    kumla("interviews huge", "\"interviews\": 30", "\"interviews\": 1e20"),
    kumla("interviews 16 digits", "\"interviews\": 30", "\"interviews\": 1000000000000000"),
    kumla("interviews 30.0 (valid)", "\"interviews\": 30", "\"interviews\": 30.0"),
    kumla("interviews 3e1 (valid)", "\"interviews\": 30", "\"interviews\": 3e1"),
    kumla("sources as list", "\"sources\": {", "\"sources\": [], \"sources2\": {"),
    kumla(
      "empty description", "\"description\": \"Utvärderingsgruppen",
      "\"description\": \"\", \"x\": \""),
    kumla("empty provenance", "\"provenance\": \"Underlaget", "\"provenance\": \"\", \"p\": \""),
    kumla("provenance as number", "\"provenance\": \"Underlaget", "\"provenance\": 1, \"p\": \""),
    kumla("blank summary text", "\"summary\": [", "\"summary\": [\"\\t\", "),
    kumla("summary as text", "\"summary\": [", "\"summary\": \"x\", \"s\": ["),
    kumla("empty good example", "\"goodExamples\": [", "\"goodExamples\": [{}, "),
    kumla(
      "good example without text", "\"goodExamples\": [", "\"goodExamples\": [{\"area\": \"1\"}, "),
    kumla(
      "good example with empty text", "\"goodExamples\": [", "\"goodExamples\": [{\"text\": \"\"}, "
    ),
    kumla("good example as text", "\"goodExamples\": [", "\"goodExamples\": [\"x\", "),
    kumla(
      "good example area as number", "\"goodExamples\": [",
      "\"goodExamples\": [{\"text\": \"x\", \"area\": 1}, "),
    kumla("good examples as object", "\"goodExamples\": [", "\"goodExamples\": {}, \"g\": ["),
    kumla(
      "published total one point off the rounded sum (a note)", "\"kind\": \"external\"",
      "\"kind\": \"external\", \"publishedTotal\": 556"),
    kumla(
      "published total negative", "\"kind\": \"external\"",
      "\"kind\": \"external\", \"publishedTotal\": -1"),
    kumla(
      "published total above the maximum", "\"kind\": \"external\"",
      "\"kind\": \"external\", \"publishedTotal\": 900"),
    kumla(
      "published total null", "\"kind\": \"external\"",
      "\"kind\": \"external\", \"publishedTotal\": null"),
    kumla(
      "published total as text", "\"kind\": \"external\"",
      "\"kind\": \"external\", \"publishedTotal\": \"557\""),
    kumla(
      "published total infinite", "\"kind\": \"external\"",
      "\"kind\": \"external\", \"publishedTotal\": 1e400"),
    kumla("points above the maximum", "\"points\": 4.8", "\"points\": 10.5"),
    kumla("points 1e308", "\"points\": 4.8", "\"points\": 1e308"),
    kumla("points 1e400", "\"points\": 4.8", "\"points\": 1e400"),
    kumla("points negative", "\"points\": 4.8", "\"points\": -1"),
    kumla("points negative zero (valid)", "\"points\": 4.8", "\"points\": -0"),
    kumla("points null (not scored yet, valid)", "\"points\": 4.8", "\"points\": null"),
    kumla("points as text", "\"points\": 4.8", "\"points\": \"4.8\""),
    kumla("points as boolean", "\"points\": 4.8", "\"points\": true"),
    kumla("points as list", "\"points\": 4.8", "\"points\": [4.8]"),
    kumla("points and not assessed", "\"points\": 4.8", "\"points\": 4.8, \"notAssessed\": \"x\""),
    kumla("not assessed and points", "\"points\": 4.8", "\"notAssessed\": \"x\", \"points\": 4.8"),
    kumla("neither points nor not assessed", "\"points\": 4.8,", ""),
    kumla("empty not-assessed reason", "\"points\": 4.8", "\"notAssessed\": \"\""),
    kumla("not-assessed reason null", "\"points\": 4.8", "\"notAssessed\": null"),
    kumla("not-assessed reason as number", "\"points\": 4.8", "\"notAssessed\": 1"),
    kumla("sub-area id with a space (valid)", "\"id\": \"1.1\"", "\"id\": \"1.1 \""),
    kumla("sub-area id escaped (valid)", "\"id\": \"1.1\"", "\"id\": \"\\u0031.1\""),
    kumla("sub-area id as number", "\"id\": \"1.1\"", "\"id\": 1.1"),
    kumla("unknown sub-area", "\"id\": \"1.1\"", "\"id\": \"1.9\""),
    kumla("sub-area of another area", "\"id\": \"1.1\"", "\"id\": \"2.1\""),
    kumla("duplicate sub-area", "\"id\": \"1.2\"", "\"id\": \"1.1\""),
    kumla("area id as number", "\"id\": \"1\"", "\"id\": 1"),
    kumla("unknown area", "\"id\": \"1\"", "\"id\": \"9\""),
    kumla("duplicate area", "\"id\": \"2\"", "\"id\": \"1\""),
    kumla("area id padded (valid)", "\"id\": \"1\"", "\"id\": \" 1\""),
    kumla("findings as text", "\"findings\": [", "\"findings\": \"x\", \"f\": ["),
    kumla("findings as object", "\"findings\": [", "\"findings\": {}, \"f\": ["),
    kumla("empty finding", "\"findings\": [", "\"findings\": [{}, "),
    kumla("finding without source", "\"findings\": [", "\"findings\": [{\"text\": \"a\"}, "),
    kumla("finding without text", "\"findings\": [", "\"findings\": [{\"source\": \"website\"}, "),
    kumla(
      "finding with empty text", "\"findings\": [",
      "\"findings\": [{\"text\": \" \", \"source\": \"website\"}, "),
    kumla("unknown finding source", "\"source\": \"document\"", "\"source\": \"blog\""),
    kumla("finding source padded (valid)", "\"source\": \"document\"", "\"source\": \" document\""),
    kumla("finding source null", "\"source\": \"document\"", "\"source\": null"),
    kumla(
      "finding with an invalid date", "\"source\": \"document\"",
      "\"source\": \"document\", \"date\": \"2020-02-31\""),
    kumla(
      "finding date as number", "\"source\": \"document\"",
      "\"source\": \"document\", \"date\": 2020"),
    kumla(
      "finding carried over from nothing", "\"source\": \"document\"",
      "\"source\": \"document\", \"carriedOverFrom\": \"\""),
    kumla(
      "finding with empty reference", "\"reference\": \"Kommunikationspolicy\"",
      "\"reference\": \"\""),
    kumla(
      "finding recorded by a number", "\"source\": \"document\"",
      "\"source\": \"document\", \"recordedBy\": 7"),
    kumla("finding as text", "\"findings\": [", "\"findings\": [\"x\", "),
    kumla("empty title", "\"id\": \"1.1\",", "\"id\": \"1.1\", \"title\": \"\","),
    kumla("title as number", "\"id\": \"1.1\",", "\"id\": \"1.1\", \"title\": 11,"),
    kumla("empty guidance", "\"id\": \"1.1\",", "\"id\": \"1.1\", \"guidance\": [\"\"],"),
    kumla("guidance as text", "\"id\": \"1.1\",", "\"id\": \"1.1\", \"guidance\": \"x\","),
    kumla("strength as number", "\"strengths\": [", "\"strengths\": [1, "),
    kumla("empty strength", "\"strengths\": [", "\"strengths\": [\"\", "),
    kumla("strength starting with a space (valid)", "\"strengths\": [", "\"strengths\": [\" x\", "),
    kumla(
      "strength starting with a no-break space (valid)", "\"strengths\": [",
      "\"strengths\": [\"\u{A0}x\", "),
    kumla(
      "strength starting with an escaped line feed (valid)", "\"strengths\": [",
      "\"strengths\": [\"\\nx\", "),
    kumla("strengths as object", "\"strengths\": [", "\"strengths\": {}, \"s\": ["),
    kumla(
      "area points in a sub-area evaluation", "\"id\": \"1\",", "\"id\": \"1\", \"points\": 66,"),
    kumla(
      "area not assessed in a sub-area evaluation", "\"id\": \"1\",",
      "\"id\": \"1\", \"notAssessed\": \"x\","),
    kumla("sub-areas null", "\"subAreas\": [", "\"subAreas\": null, \"s\": ["),
    kumla("sub-areas as object", "\"subAreas\": [", "\"subAreas\": {}, \"s\": ["),
    kumla("sub-area as text", "\"subAreas\": [", "\"subAreas\": [\"1.1\", "),
    kumla(
      "schema as number (valid)", "\"formatVersion\": 1,", "\"formatVersion\": 1, \"$schema\": 1,"),
  ]

  static let structureCases: [Case] = [
    kumlaJSON("areas missing") { $0["areas"] = nil },
    kumlaJSON("areas null") { $0["areas"] = NSNull() },
    kumlaJSON("areas as object") { $0["areas"] = [String: Any]() },
    kumlaJSON("no areas") { $0["areas"] = [Any]() },
    kumlaJSON("an area missing") { $0["areas"] = Array(($0["areas"] as! [Any]).dropFirst()) },
    kumlaJSON("an area twice") {
      $0["areas"] = ($0["areas"] as! [Any]) + [($0["areas"] as! [Any])[0]]
    },
    kumlaJSON("an area as text") { $0["areas"] = ($0["areas"] as! [Any]) + ["9"] },
    kumlaJSON("rubric missing") { $0["rubric"] = nil },
    kumlaJSON("municipality missing") { $0["municipality"] = nil },
    kumlaJSON("municipality as text") { $0["municipality"] = "Kumla" },
    kumlaJSON("date missing") { $0["date"] = nil },
    kumlaJSON("kind missing") { $0["kind"] = nil },
    kumlaJSON(
      "sub-area missing", area(0) { $0["subAreas"] = Array(($0["subAreas"] as! [Any]).dropLast()) }),
    kumlaJSON("no sub-areas", area(0) { $0["subAreas"] = [Any]() }),
    kumlaJSON("sub-areas missing", area(0) { $0["subAreas"] = nil }),
    kumlaJSON("area id missing", area(3) { $0["id"] = nil }),
    kumlaJSON("sub-area id missing", subArea(2, 1) { $0["id"] = nil }),
    kumlaJSON("sub-area moved to another area") { object in
      var areas = object["areas"] as! [[String: Any]]
      var first = areas[0]["subAreas"] as! [Any]
      let moved = first.removeFirst()
      areas[0]["subAreas"] = first
      areas[1]["subAreas"] = (areas[1]["subAreas"] as! [Any]) + [moved]
      object["areas"] = areas
    },
    kumlaJSON("area-level detail with sub-areas") { $0["detail"] = "area" },
    kumlaJSON(
      "area-level detail, an area without points",
      { object in
        object["detail"] = "area"
        var areas = object["areas"] as! [[String: Any]]
        for index in areas.indices {
          areas[index]["subAreas"] = nil
          areas[index]["points"] = index == 0 ? nil : 50
        }
        object["areas"] = areas
      }),
    kumlaJSON(
      "area-level detail, points above the area maximum",
      { object in
        object["detail"] = "area"
        var areas = object["areas"] as! [[String: Any]]
        for index in areas.indices {
          areas[index]["subAreas"] = nil
          areas[index]["points"] = index == 0 ? 101 : 50
        }
        object["areas"] = areas
      }),
    kumlaJSON(
      "area-level detail, points and not assessed",
      { object in
        object["detail"] = "area"
        var areas = object["areas"] as! [[String: Any]]
        for index in areas.indices {
          areas[index]["subAreas"] = nil
          areas[index]["points"] = 50
        }
        areas[2]["notAssessed"] = "x"
        object["areas"] = areas
      }),
    kumlaJSON(
      "area-level detail, one area with sub-areas",
      { object in
        object["detail"] = "area"
        var areas = object["areas"] as! [[String: Any]]
        for index in areas.indices.dropFirst() {
          areas[index]["subAreas"] = nil
          areas[index]["points"] = 50
        }
        object["areas"] = areas
      }),
  ]

  @Test("Malformed and unusual variants of the Kumla file are left to the loader", arguments: cases)
  func leftToLoader(_ testCase: Case) throws {
    #expect(!testCase.bytes.isEmpty || testCase.name == "empty file", "the case could not be built")
    #expect(Self.scanner2020.figures(in: testCase.bytes) == nil)
    #expect(Self.scanner2016.figures(in: testCase.bytes) == nil)
  }

  @Test("Valid variants of the Kumla file are read as the loader reads them")
  func validVariants() throws {
    let variants: [Case] = [
      Self.kumla(
        "explicit sub-area detail", "\"kind\": \"external\"",
        "\"kind\": \"external\", \"detail\": \"subArea\""),
      Self.kumla("format version left out", "\"formatVersion\": 1,", ""),
      Self.kumla("date year only", "\"date\": \"2020-11\"", "\"date\": \"2020\""),
      Self.kumla(
        "finding dated by the year only", "\"reference\": \"Kommunikationspolicy\"",
        "\"reference\": \"K\", \"date\": \"2020\""),
      Self.kumla("empty schema", "\"$schema\": \"./evaluation.schema.json\"", "\"$schema\": \"\""),
      Self.kumla("schema left out", "\"$schema\": \"./evaluation.schema.json\",", ""),
      Self.kumla(
        "published total", "\"kind\": \"external\"",
        "\"kind\": \"external\", \"publishedTotal\": 557"),
      Self.kumla("points in exponent form", "\"points\": 12.51", "\"points\": 1251e-2"),
      Self.kumla(
        "points with many digits", "\"points\": 12.51", "\"points\": 12.510000000000000000000000001"
      ),
      Self.kumla("points 0", "\"points\": 12.51", "\"points\": 0"),
      Self.kumla(
        "not assessed", "\"points\": 12.51",
        "\"notAssessed\": \"\\u00c5 ingen \\\"bed\u{F6}mning\\\"\""),
      Self.kumla(
        "escapes and controls in a text", "Demokrati och dialog",
        "Demokrati \\t\\n\\u0000\\ud83d\\ude00 \u{7F} och dialog"),
      Self.kumla(
        "nulls where the loader allows them", "\"interviews\": 30", "\"interviews\": null"),
      Self.kumla(
        "null reference", "\"reference\": \"Kommunikationspolicy\"", "\"reference\": null"),
      Self.kumla(
        "finding with every key", "\"reference\": \"Kommunikationspolicy\"",
        "\"reference\": \"K\", \"date\": \"2020-02-29\", \"recordedBy\": \"AB\", \"carriedOverFrom\": null"
      ),
      Self.kumlaJSON("name in decomposed form, with a trailing space") {
        $0["municipality"] = ["name": "O\u{308}rebro kommun ", "code": "1880"]
      },
      Self.kumlaJSON("formatVersion missing") { $0["formatVersion"] = nil },
      Self.kumlaJSON("keys sorted, slashes escaped") { _ in },
      Case(
        name: "compact",
        bytes: Array(
          Self.kumlaText.split(separator: "\n").map { $0.drop(while: { $0 == " " }) }.joined().utf8)
      ),
    ]
    for variant in variants {
      #expect(!variant.bytes.isEmpty, "\(variant.name)")
      #expect(
        PeerFigureScannerTests.check(variant.bytes, with: Self.scanner2020, variant.name),
        "\(variant.name)")
    }
  }

  @Test("Every file of the malformed corpus is left to the loader or read as it reads it")
  func malformedCorpus() throws {
    let folder = RepositoryFiles.root.appendingPathComponent("Tests/KommunKompassTests/Malformed")
    try #require(
      FileManager.default.fileExists(atPath: folder.path),
      "the malformed corpus is missing at \(folder.path)")
    var files: [(name: String, bytes: [UInt8])] = []
    for subfolder in ["evaluations", "rubrics", "crosswalks"] {
      let url = folder.appendingPathComponent(subfolder)
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else {
        continue
      }
      for name in names.sorted() {
        files.append(
          ("\(subfolder)/\(name)", [UInt8](try Data(contentsOf: url.appendingPathComponent(name)))))
      }
    }
    // Files the manifest builds at test time (10 MiB of white space, deep nesting, …).
    if let manifest = try? Data(contentsOf: folder.appendingPathComponent("manifest.json")),
      let root = try JSONSerialization.jsonObject(with: manifest) as? [String: Any],
      let entries = root["entries"] as? [[String: Any]]
    {
      for entry in entries {
        guard let segments = entry["generate"] as? [[String: Any]] else { continue }
        var bytes: [UInt8] = []
        for segment in segments {
          let unit = Array((segment["text"] as? String ?? "").utf8)
          for _ in 0..<(segment["count"] as? Int ?? 0) { bytes += unit }
        }
        files.append((entry["file"] as? String ?? "generated", bytes))
      }
    }
    #expect(files.count >= 40)
    var read = 0
    for file in files {
      for scanner in [Self.scanner2020, Self.scanner2016]
      where PeerFigureScannerTests.check(file.bytes, with: scanner, file.name) {
        read += 1
      }
    }
    // The corpus has a few valid files (a tiny fraction, say); all others are refused.
    #expect(read < files.count)
  }

  // MARK: - Random mutations

  /// Bytes that change the meaning of JSON, for mutations.
  static let interestingBytes: [UInt8] =
    Array("{}[]:,\"\\ \n\t0123456789.-+eEnultrfa/".utf8) + [
      0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC3, 0xA5, 0xE2, 0xED, 0xF0, 0xF4, 0xFF,
    ]

  /// Applies one to three random byte mutations, often near structure rather than in long texts.
  ///
  /// - Parameter structural: Positions of bytes other than letters, spaces and non-ASCII.
  static func mutate(_ original: [UInt8], structural: [Int], using random: inout ScanRandom)
    -> [UInt8]
  {
    var bytes = original
    for _ in 0..<Int.random(in: 1...3, using: &random) {
      guard !bytes.isEmpty else { break }
      var position =
        random.chance(0.6) && !structural.isEmpty
        ? random.pick(structural) : Int.random(in: bytes.indices, using: &random)
      position = min(position, bytes.count - 1)
      let byte =
        random.chance(0.7)
        ? random.pick(interestingBytes) : UInt8.random(in: 0...255, using: &random)
      switch Int.random(in: 0..<7, using: &random) {
      case 0: bytes[position] = byte
      case 1: bytes[position] ^= 1 << UInt8.random(in: 0..<8, using: &random)
      case 2: bytes.remove(at: position)
      case 3: bytes.insert(byte, at: position)
      case 4:
        bytes.removeSubrange(
          position..<min(bytes.count, position + Int.random(in: 1...24, using: &random)))
      case 5:
        let source = Int.random(in: bytes.indices, using: &random)
        let chunk = bytes[
          source..<min(bytes.count, source + Int.random(in: 1...40, using: &random))]
        bytes.insert(contentsOf: chunk, at: position)
      default:
        let other = Int.random(in: bytes.indices, using: &random)
        bytes.swapAt(position, other)
      }
    }
    return bytes
  }

  /// A random file of moderate size that the loader accepts without any warning.
  static func ordinaryFile(rubric: Rubric, areaLevel: Bool, using random: inout ScanRandom)
    -> [UInt8]
  {
    while true {
      let file = RandomEvaluationFile.make(
        rubric: rubric, areaLevel: areaLevel, unusualRate: 0, warnings: false, using: &random)
      if file.bytes.count < 16_000,
        Evaluation.load(bytes: file.bytes, file: "random.json").problems.isEmpty
      {
        return file.bytes
      }
    }
  }

  @Test(
    "Random mutations: the scanner never reads a file the loader refuses, and reads the rest as the loader does",
    arguments: [
      (base: "kumla", seed: 11 as UInt64, count: 1500), (base: "random", seed: 12, count: 2500),
      (base: "area", seed: 13, count: 2500),
    ])
  func mutations(base: String, seed: UInt64, count: Int) throws {
    var random = ScanRandom(seed: seed)
    let original: [UInt8]
    let scanner: PeerFigureScanner
    switch base {
    case "kumla":
      original = Self.kumlaBytes
      scanner = Self.scanner2020
    case "random":
      // A file with every optional part, so mutations reach every branch of the scanner.
      original = Self.ordinaryFile(
        rubric: PeerFigureScannerTests.rubric2020, areaLevel: false, using: &random)
      scanner = Self.scanner2020
    default:
      original = Self.ordinaryFile(
        rubric: PeerFigureScannerTests.rubric2016, areaLevel: true, using: &random)
      scanner = Self.scanner2016
    }
    #expect(PeerFigureScannerTests.check(original, with: scanner, "unmutated \(base)"))
    let structural = original.indices.filter {
      !(0x41...0x7A).contains(original[$0]) && original[$0] < 0x80 && original[$0] != 0x20
    }
    var read = 0
    for index in 0..<count {
      let mutated = Self.mutate(original, structural: structural, using: &random)
      if PeerFigureScannerTests.check(mutated, with: scanner, "\(base) mutation \(index)") {
        read += 1
      }
    }
    // Both outcomes occur: mutations inside texts keep files valid, most others do not.
    #expect(read > count / 20)
    #expect(read < count - count / 5)
  }

  // MARK: - Byte-level checks

  @Test("Texts: UTF-8 is accepted exactly when String(validating:) accepts it")
  func utf8Validation() {
    var random = ScanRandom(seed: 21)
    let pieces: [UInt8] =
      Array("abcÅ ".utf8) + [
        0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
        0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF,
      ]
    for _ in 0..<20_000 {
      var content: [UInt8] = (0..<Int.random(in: 0...10, using: &random)).map { _ in
        random.chance(0.8) ? random.pick(pieces) : UInt8.random(in: 0x80...0xFF, using: &random)
      }
      if random.chance(0.3) {
        content += Array(String(random.pick(["å", "€", "😀", "𝄞", "\u{10FFFF}", "\u{FEFF}"])).utf8)
      }
      let bytes = [UInt8(ascii: "\"")] + content + [UInt8(ascii: "\"")]
      let scanned = bytes.withUnsafeBufferPointer { buffer -> Bool in
        var cursor = JSONByteScanner(base: buffer.baseAddress!, count: buffer.count)
        guard let text = try? cursor.text() else { return false }
        return text.end == bytes.count - 1 && cursor.index == bytes.count
      }
      #expect(scanned == (String(validating: content, as: UTF8.self) != nil), "\(content)")
    }
  }

  @Test("Numbers: the same syntax as the parser and the same value as Double(String)")
  func numbers() {
    var random = ScanRandom(seed: 22)
    let alphabet = Array("0123456789.-+eE".utf8)
    for index in 0..<20_000 {
      var literal: [UInt8]
      if index % 2 == 0 {
        // Mostly valid numbers: digits, fractions and exponents of every length.
        var text = random.chance(0.1) ? "-" : ""
        text +=
          random.chance(0.2)
          ? "0"
          : String(
            String(UInt64.random(in: 1...UInt64.max, using: &random)).prefix(
              Int.random(in: 1...20, using: &random)))
        if random.chance(0.7) {
          text +=
            "."
            + String(
              String(UInt64.random(in: 0...UInt64.max, using: &random)).prefix(
                Int.random(in: 1...25, using: &random)))
        }
        if random.chance(0.15) {
          text +=
            random.pick(["e", "E", "e+", "e-"]) + String(Int.random(in: 0...400, using: &random))
        }
        literal = Array(text.utf8)
      } else {
        literal = (0..<Int.random(in: 1...8, using: &random)).map { _ in random.pick(alphabet) }
      }
      let parsed = try? JSONParser.parse(Array("[".utf8) + literal + Array("]".utf8))
      let scanned = (literal + [UInt8(ascii: "]")]).withUnsafeBufferPointer { buffer -> Double? in
        var cursor = JSONByteScanner(base: buffer.baseAddress!, count: buffer.count)
        guard let range = try? cursor.number(), range.upperBound == literal.count else {
          return nil
        }
        return cursor.value(of: range)
      }
      let text = String(decoding: literal, as: UTF8.self)
      #expect((parsed != nil) == (scanned != nil), "\(text)")
      if let scanned, case .array(let elements)? = parsed?.value.content,
        case .number(let number, _) = elements.first?.content
      {
        #expect(
          scanned.bitPattern == number.bitPattern || (scanned.isNaN && number.isNaN), "\(text)")
      }
    }
  }

  @Test(
    "A lone UTF-16 surrogate is never vouched for by the scanner, as the loader refuses it",
    arguments: [#""\ud800\u0041BC""#, #""\ud83d\ud83d\ude00""#, #""ab\udc00""#, #""\ud800""#])
  func loneSurrogate(_ text: String) {
    let bytes = Array(text.utf8)
    #expect((try? JSONParser.parse(bytes)) == nil)
    let scanned = bytes.withUnsafeBufferPointer { buffer -> Bool in
      var cursor = JSONByteScanner(base: buffer.baseAddress!, count: buffer.count)
      return (try? cursor.text()) != nil
    }
    #expect(!scanned)
  }

  @Test(
    "Texts said to start visibly are never empty after trimming, and blank texts never start visibly"
  )
  func visibleStart() {
    var random = ScanRandom(seed: 23)
    let pieces = [
      " ", "\\n", "\\t", "\\r", "\\u0020", "\\u00a0", "\u{A0}", "\u{2003}", "\u{3000}", "\\u2028",
      "\u{85}", "\\u0085",
      "a", "Å", "\\u00e5", "\\\"", "\\\\", "\\/", "\\ud83d\\ude00", "\\uffff", "\\u0000", "\\b",
      "\\f", "🙂", "\u{301}",
    ]
    for _ in 0..<20_000 {
      let content = (0..<Int.random(in: 0...4, using: &random)).map { _ in random.pick(pieces) }
        .joined()
      let bytes = Array("\"\(content)\"".utf8)
      guard case .string(let decoded)? = (try? JSONParser.parse(bytes))?.value.content else {
        Issue.record("not a JSON text: \(content)")
        continue
      }
      let startsVisibly = bytes.withUnsafeBufferPointer { buffer -> Bool in
        var cursor = JSONByteScanner(base: buffer.baseAddress!, count: buffer.count)
        return (try? cursor.text())?.startsVisibly ?? false
      }
      if startsVisibly { #expect(!decoded.trimmingWhitespace.isEmpty, "\(content)") }
      if let first = decoded.unicodeScalars.first, !first.properties.isWhitespace {
        #expect(startsVisibly, "\(content)")
      }
    }
  }
}
