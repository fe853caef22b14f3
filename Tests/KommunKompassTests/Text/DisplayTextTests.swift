import Testing

@testable import KommunKompass

@Suite("Text shown to people: escaped controls, exact rounding, nothing echoed from foreign files")
struct DisplayTextTests {
  @Test(
    "Control characters, DEL, C1 controls, bidirectional controls and line separators are escaped as \\u{HEX}",
    arguments: [
      ("\u{1B}[2J", #"\u{1B}[2J"#), ("\u{1B}]0;title\u{07}", #"\u{1B}]0;title\u{7}"#),
      ("a\rb\u{08}", #"a\u{D}b\u{8}"#),
      ("a\r\nb", #"a\u{D}\u{A}b"#), ("tab\there", #"tab\u{9}here"#),
      ("\u{0}\u{7F}\u{85}\u{9B}", #"\u{0}\u{7F}\u{85}\u{9B}"#),
      ("\u{202E}evil\u{202C}", #"\u{202E}evil\u{202C}"#),
      ("\u{2066}\u{2067}\u{2068}\u{2069}", #"\u{2066}\u{2067}\u{2068}\u{2069}"#),
      (
        "\u{200E}\u{200F}\u{061C}\u{202A}\u{202B}\u{202D}",
        #"\u{200E}\u{200F}\u{61C}\u{202A}\u{202B}\u{202D}"#
      ),
      ("line\u{2028}para\u{2029}", #"line\u{2028}para\u{2029}"#),
      ("e\u{301}\u{1B}", "e\u{301}" + #"\u{1B}"#),
    ])
  func escapes(_ text: String, _ expected: String) {
    #expect(text.escapedForDisplay == expected)
    #expect(text.escapedForDisplay.escapedForDisplay == expected, "escaping twice changed the text")
  }

  @Test(
    "Ordinary text, backslashes, Swedish letters, Arabic and Hebrew letters and emoji are kept as they are",
    arguments: [
      "Kumla kommun", #"C:\mapp\fil"#, "Åre, Älvdalen och Öckerö", "مرحبا", "שלום", "👍🏽", "",
      "100 %",
    ])
  func keeps(_ text: String) {
    #expect(text.escapedForDisplay == text)
  }

  @Test("Characters to keep are kept, the rest escaped")
  func keeping() {
    #expect("a\nb\u{1B}".escapedForDisplay(keeping: ["\n"]) == "a\nb" + #"\u{1B}"#)
  }

  @Test("A problem is always one line, with the echoed key and the file name escaped")
  func problemLine() {
    let problem = Problem(
      file: "ond\u{1B}[2J.json", path: JSONPath.root.appending("x\u{202E}"), kind: .unknownKey,
      message: LocalizedText(sv: "okänd nyckel \"x\u{202E}\"\nny rad"))
    let line = problem.formatted()
    #expect(!line.contains("\n"))
    #expect(!line.unicodeScalars.contains("\u{1B}") && !line.unicodeScalars.contains("\u{202E}"))
    #expect(line.contains(#"ond\u{1B}[2J.json"#))
    #expect(line.contains(#"okänd nyckel "x\u{202E}"\u{A}ny rad"#))
  }

  @Test(
    "Whole numbers are rounded half away from zero on the exact decimal value, with nothing snapped",
    arguments: [
      (12.4999999996, 12), (12.5, 13), (-12.5, -13), (62.499999998, 62), (72.49999999999999, 72),
      (0.1 + 0.2 + 0.2, 1), (0.49999999999999994, 0), (557.35, 557), (2.5000000001, 3),
    ])
  func wholeNumbers(_ value: Double, _ expected: Int) {
    #expect(DisplayRounding.wholeNumber(value) == expected)
  }

  @Test(
    "A syntax error quotes the file only when the text before it names a kompass key",
    arguments: [
      ("root:x:0:0:root:/root:/bin/bash\n", false), (#"{"user": "root", "pw": tru}"#, false),
      (#"{"municipality": tru}"#, true), ("\u{FEFF}  {\"rubric\": x}", true),
      (#"["rubric", x]"#, false),
    ])
  func syntaxQuoting(_ text: String, _ quotes: Bool) throws {
    let result = Evaluation.load(bytes: Array(text.utf8), file: "f.json")
    let problem = try #require(result.problems.first)
    #expect(result.problems.count == 1)
    #expect(problem.kind == .syntax)
    let message = problem.message.text(in: .english)
    #expect(message.contains("but found") == quotes, "\(message)")
    #expect(message.contains("its contents are not shown") == !quotes, "\(message)")
    if !quotes {
      #expect(!message.contains("root") && !message.contains("tru\""), "\(message)")
    }
  }

  @Test(
    "JSON that is not kompass data gives one problem that quotes nothing",
    arguments: [#"{"user": "root", "password": "hemligt"}"#, #""hemligt""#, "12345"])
  func foreignJSON(_ text: String) throws {
    for result in [
      Evaluation.load(bytes: Array(text.utf8), file: "f.json").problems,
      Rubric.load(bytes: Array(text.utf8), file: "f.json").problems,
      TargetProfile.load(bytes: Array(text.utf8), file: "f.json").problems,
    ] {
      let problem = try #require(result.first)
      #expect(result.count == 1)
      let line = problem.formatted(in: .english)
      #expect(line.hasPrefix("f.json:1:1: error: the file is not a kompass file"), "\(line)")
      for secret in ["root", "password", "hemligt", "12345"] {
        #expect(!line.contains(secret), "\(line)")
      }
    }
  }

  @Test("An empty object is still read as a kompass file with everything missing")
  func emptyObject() {
    let problems = Evaluation.load(bytes: Array("{}".utf8), file: "f.json").problems
    #expect(
      problems.contains {
        $0.kind == .missingKey && $0.path == JSONPath.root.appending("municipality")
      })
  }

  @Test(
    "JSON numbers as JSON writes them",
    arguments: [
      ("12", true), ("-0.5", true), ("1e10", true), ("1.5E-3", true), ("0", true), ("NaN", false),
      ("Infinity", false),
      ("inf", false), ("0x10", false), ("01", false), (".5", false), ("5.", false), ("+1", false),
      ("1e", false), ("", false),
    ])
  func jsonNumbers(_ text: String, _ isNumber: Bool) {
    #expect(DocumentReader.isJSONNumber(text) == isNumber)
  }
}
