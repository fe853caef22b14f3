import Foundation
import Testing

/// Data that tries to steer a terminal, a spreadsheet or a browser, files that are not kompass
/// data, and texts that are not valid Unicode, run through the built `kompass` as a user would.
///
/// Text and Markdown output and standard error show control characters and bidirectional controls
/// escaped as `\u{1B}`, `\u{202E}`; JSON output keeps the exact text; CSV cells that a spreadsheet
/// would read as a formula get a leading apostrophe; HTML shows the controls escaped, too.
@Suite("Hostile input: terminals, spreadsheets and browsers are safe from the data")
struct HostileInputTests {
  static let kumla = KompassProcess.packageRoot.appendingPathComponent(
    "Evaluations/kumla-2020.json")

  /// Clear screen, an OSC window title ended by BEL, a right-to-left override, a carriage return
  /// and a backspace.
  static let hostile = "Ond\u{1B}[2J\u{1B}]0;pwned\u{07}\u{202E}gnalla\r\u{08}X"
  /// How ``hostile`` looks in text output.
  static let hostileShown = #"Ond\u{1B}[2J\u{1B}]0;pwned\u{7}\u{202E}gnalla\u{D}\u{8}X"#
  /// Every raw character that must never reach text, Markdown or HTML output.
  static let forbidden: [Unicode.Scalar] = ["\u{1B}", "\u{07}", "\u{202E}", "\r", "\u{08}"]

  /// The Kumla evaluation with ``hostile`` in the municipality's name, a strength, an improvement,
  /// a finding, the summary and a good example, and formulas at the start of other texts.
  static func hostileEvaluation(in folder: URL) throws -> URL {
    let data = try Data(contentsOf: kumla)
    var root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    var municipality = try #require(root["municipality"] as? [String: Any])
    municipality["name"] = hostile
    root["municipality"] = municipality
    var areas = try #require(root["areas"] as? [[String: Any]])
    areas[0]["strengths"] = [hostile, "=HYPERLINK(\"http://example.invalid\",\"klicka\")"]
    areas[0]["improvements"] = ["+1 bättre " + hostile, "@SUM(A1:A9)"]
    var subAreas = try #require(areas[0]["subAreas"] as? [[String: Any]])
    subAreas[0]["findings"] = [["text": "-2+3 " + hostile, "source": "document"]]
    areas[0]["subAreas"] = subAreas
    root["areas"] = areas
    root["summary"] = [hostile + "\nEn falsk rad"]
    root["goodExamples"] = [["area": "1", "text": hostile]]
    let url = folder.appendingPathComponent("ond.json")
    try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted]).write(to: url)
    return url
  }

  static func expectNoRawControls(_ text: String, _ what: String) {
    for scalar in forbidden {
      #expect(
        !text.unicodeScalars.contains(scalar),
        "\(what) holds U+\(String(scalar.value, radix: 16, uppercase: true))")
    }
  }

  @Test(
    "Text and Markdown output show the hostile name escaped and only the renderer's own line breaks",
    arguments: [
      ["validate"], ["score"], ["profile"], ["score", "--format", "markdown"],
      ["profile", "--format", "markdown"],
      ["profile", "--language", "en"], ["report", "--format", "markdown", "--output", "out.md"],
    ])
  func textOutput(_ command: [String]) throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Self.hostileEvaluation(in: folder)
    var result = try KompassProcess.run(command + [file.path], in: folder)
    #expect(result.exitCode == 0, "\(result.standardError)")
    if command.contains("out.md") {
      result.standardOutput = try String(
        contentsOf: folder.appendingPathComponent("out.md"), encoding: .utf8)
    }
    Self.expectNoRawControls(result.standardOutput, "standard output")
    Self.expectNoRawControls(result.standardError, "standard error")
    let markdown = command.contains("markdown")
    let shown =
      markdown
      ? Self.hostileShown.replacingOccurrences(of: "[", with: #"\["#).replacingOccurrences(
        of: "]", with: #"\]"#) : Self.hostileShown
    #expect(result.standardOutput.contains(shown))
    #expect(
      !result.standardOutput.contains("\nEn falsk rad"),
      "a line break in the data starts a new line")
    if command.first == "profile" {
      #expect(result.standardOutput.contains(shown + #"\u{A}En falsk rad"#))
    }
  }

  @Test("A terminal with colours still gets the data escaped, and the colours themselves")
  func colouredProfile() throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Self.hostileEvaluation(in: folder)
    // `script` gives the command a terminal, so that the profile uses colours.
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
    let binary = KompassProcess.productsFolder.appendingPathComponent("kompass").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = ["-qec", "\(binary) profile \(file.path)", "/dev/null"]
    var environment = ProcessInfo.processInfo.environment
    environment.removeValue(forKey: "NO_COLOR")
    environment["TERM"] = "xterm"
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(text.contains("\u{1B}[1m"), "no colours on a terminal")
    #expect(text.contains(Self.hostileShown))
    #expect(!text.contains("\u{1B}[2J"))
    #expect(!text.contains("\u{1B}]0;"))
    #expect(!text.unicodeScalars.contains("\u{202E}"))
    #expect(!text.unicodeScalars.contains("\u{07}"))
  }

  @Test(
    "compare shows a hostile name escaped in text and Markdown", arguments: ["text", "markdown"])
  func compareOutput(_ format: String) throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let fixtures = KompassProcess.packageRoot.appendingPathComponent(
      "Tests/kompassTests/Fixtures/evaluations")
    for year in ["2018", "2020"] {
      let data = try Data(contentsOf: fixtures.appendingPathComponent("testby-\(year).json"))
      var root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      var municipality = try #require(root["municipality"] as? [String: Any])
      municipality["name"] = Self.hostile
      root["municipality"] = municipality
      try JSONSerialization.data(withJSONObject: root).write(
        to: folder.appendingPathComponent("\(year).json"))
    }
    let result = try KompassProcess.run(
      ["compare", "--format", format, "2018.json", "2020.json"], in: folder)
    #expect(result.exitCode == 0, "\(result.standardError)")
    Self.expectNoRawControls(result.standardOutput, "standard output")
    Self.expectNoRawControls(result.standardError, "standard error")
    #expect(result.standardOutput.contains("gnalla"))
  }

  @Test("JSON output keeps the exact text")
  func jsonKeepsText() throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Self.hostileEvaluation(in: folder)
    let result = try KompassProcess.run(["score", "--format", "json", file.path], in: folder)
    #expect(result.exitCode == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    let text = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    #expect(text.contains("gnalla"))
    #expect(
      result.standardOutput.contains(#"\u001b[2J"#) || result.standardOutput.contains("\u{1B}[2J"))
    #expect(!result.standardOutput.contains(#"\u{1B}"#), "JSON output escaped for display")
  }

  @Test(
    "HTML reports show the controls escaped, so they can neither steer a terminal nor reorder the page"
  )
  func htmlReport() throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Self.hostileEvaluation(in: folder)
    let result = try KompassProcess.run(["report", file.path, "--output", "ond.html"], in: folder)
    #expect(result.exitCode == 0, "\(result.standardError)")
    let html = try String(contentsOf: folder.appendingPathComponent("ond.html"), encoding: .utf8)
    Self.expectNoRawControls(html, "the HTML report")
    #expect(html.contains(Self.hostileShown))
    #expect(html.contains("=HYPERLINK(&quot;http://example.invalid&quot;"))
  }

  @Test("CSV: a text cell that starts like a formula gets a leading apostrophe, numbers never do")
  func csvFormulas() throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let data = try Data(contentsOf: Self.kumla)
    var root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    root["municipality"] = [
      "name": "=HYPERLINK(\"http://example.invalid\";\"klicka\")", "code": "1881",
    ]
    try JSONSerialization.data(withJSONObject: root).write(
      to: folder.appendingPathComponent("a.json"))
    // A leading tab or carriage return is trimmed from a name when the file is read, so those two
    // are checked in the CSV writer's own tests.
    for (name, prefix) in [("b", "+"), ("c", "-"), ("d", "@")] {
      root["municipality"] = ["name": "\(prefix)SUM(A1)", "code": "1881"]
      try JSONSerialization.data(withJSONObject: root).write(
        to: folder.appendingPathComponent("\(name).json"))
    }
    let a = try KompassProcess.run(["score", "--format", "csv", "a.json"], in: folder)
    #expect(a.exitCode == 0)
    #expect(
      a.standardOutput.contains(#";"'=HYPERLINK(""http://example.invalid"";""klicka"") (1881)";"#))
    for (name, prefix) in [("b", "+"), ("c", "-"), ("d", "@")] {
      let result = try KompassProcess.run(
        ["score", "--format", "csv", "--csv-dialect", "rfc4180", "\(name).json"], in: folder)
      #expect(result.exitCode == 0)
      #expect(result.standardOutput.contains(",'\(prefix)SUM(A1) (1881),"), "prefix \(prefix)")
    }
    // Negative differences are numbers and stay as they are.
    let testby = KompassProcess.packageRoot.appendingPathComponent(
      "Tests/kompassTests/Fixtures/evaluations")
    let compare = try KompassProcess.run(
      ["compare", "--format", "csv", "testby-2018.json", "testby-2020.json"], in: testby)
    #expect(compare.exitCode == 0, "\(compare.standardError)")
    #expect(compare.standardOutput.contains(";-"), "no negative number in the comparison")
    #expect(!compare.standardOutput.contains(";'-"), "a number was neutralised")
  }

  @Test("An unknown key with escape sequences is echoed escaped on standard error")
  func unknownKeyOnStandardError() throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    var text = try String(contentsOf: Self.kumla, encoding: .utf8)
    text = text.replacingOccurrences(
      of: "\"formatVersion\": 1,", with: "\"formatVersion\": 1, \"x\\u001b[2J\\u202e\": 1,")
    try text.write(
      to: folder.appendingPathComponent("key.json"), atomically: false, encoding: .utf8)
    let result = try KompassProcess.run(["validate", "key.json"], in: folder)
    #expect(result.exitCode == 1)
    Self.expectNoRawControls(result.standardError, "standard error")
    #expect(
      result.standardError.contains(#"okänd nyckel "x\u{1B}[2J\u{202E}""#),
      "\(result.standardError)")
    let unknownArgument = try KompassProcess.run(["score", "--\u{1B}[2Jx"], in: folder)
    #expect(unknownArgument.exitCode != 0)
    Self.expectNoRawControls(unknownArgument.standardError, "standard error")
  }

  @Test(
    "A lone UTF-16 surrogate is an error with line and column in validate and score; nothing after it is lost",
    arguments: [
      (#"\ud800\u0041BC"#, 0), (#"\ud83d\ud83d\ude00"#, 0), (#"ab\udc00"#, 2), (#"\ud800"#, 0),
    ])
  func loneSurrogates(_ escaped: String, offset: Int) throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = try String(contentsOf: Self.kumla, encoding: .utf8)
    let marker = "\"name\": \"Kumla kommun\""
    let range = try #require(text.range(of: marker))
    let before = text[..<range.lowerBound]
    let line = before.filter { $0 == "\n" }.count + 1
    let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
    // The column of the escape: the marker's column, `"name": "` and the offset within the text.
    let column = text.distance(from: lineStart, to: range.lowerBound) + 1 + 9 + offset
    let changed = text.replacingCharacters(in: range, with: "\"name\": \"\(escaped)\"")
    try changed.write(
      to: folder.appendingPathComponent("surrogate.json"), atomically: false, encoding: .utf8)
    for command in ["validate", "score"] {
      let result = try KompassProcess.run([command, "surrogate.json"], in: folder)
      #expect(result.exitCode == 1, "\(command) accepted a lone surrogate")
      #expect(result.standardOutput.isEmpty)
      #expect(
        result.standardError.hasPrefix("surrogate.json:\(line):\(column): "),
        "\(command): \(result.standardError)")
      #expect(result.standardError.contains("UTF-16"))
    }
  }

  @Test(
    "A file that is not kompass data is never echoed: not by validate, not as a target's baseline")
  func foreignFilesAreNotEchoed() throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let secret = "root:$6$hemligt:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n"
    try secret.write(
      to: folder.appendingPathComponent("shadow"), atomically: false, encoding: .utf8)
    try #"{"user": "root", "password": "hemligt"}"#.write(
      to: folder.appendingPathComponent("secret.json"), atomically: false, encoding: .utf8)
    try #""hemligt""#.write(
      to: folder.appendingPathComponent("secret-text.json"), atomically: false, encoding: .utf8)
    for file in ["shadow", "secret.json", "secret-text.json"] {
      for command in ["validate", "score"] {
        let result = try KompassProcess.run([command, file], in: folder)
        #expect(result.exitCode == 1)
        #expect(result.standardError.hasPrefix("\(file):1:1: fel: "), "\(result.standardError)")
        #expect(
          !result.standardError.contains("root"),
          "\(command) \(file) echoed the file: \(result.standardError)")
        #expect(
          !result.standardError.contains("hemligt"),
          "\(command) \(file) echoed the file: \(result.standardError)")
        #expect(
          !result.standardError.contains("password"),
          "\(command) \(file) echoed the file: \(result.standardError)")
      }
    }
    // A target profile whose baseline is that file.
    let profiles = KompassProcess.packageRoot.appendingPathComponent(
      "Tests/kompassTests/Fixtures/profiles")
    let evaluations = KompassProcess.packageRoot.appendingPathComponent(
      "Tests/kompassTests/Fixtures/evaluations")
    let profile = try String(
      contentsOf: profiles.appendingPathComponent("testby-mal-2024.json"), encoding: .utf8
    )
    .replacingOccurrences(of: "../evaluations/testby-2018.json", with: "shadow")
    try profile.write(
      to: folder.appendingPathComponent("mal.json"), atomically: false, encoding: .utf8)
    try FileManager.default.copyItem(
      at: evaluations.appendingPathComponent("testby-2020.json"),
      to: folder.appendingPathComponent("testby-2020.json"))
    let result = try KompassProcess.run(
      ["compare", "--target", "mal.json", "testby-2020.json"], in: folder)
    #expect(result.exitCode != 0)
    #expect(result.standardError.contains("shadow"), "\(result.standardError)")
    #expect(
      !result.standardError.contains("root"), "the baseline was echoed: \(result.standardError)")
    #expect(
      !result.standardError.contains("hemligt"), "the baseline was echoed: \(result.standardError)")
  }

  @Test("A syntax error in a kompass file still quotes what it found")
  func kompassSyntaxErrorsQuote() throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = try String(contentsOf: Self.kumla, encoding: .utf8)
      .replacingOccurrences(of: "\"points\": 4.8,", with: "\"points\": fyra,")
    try text.write(
      to: folder.appendingPathComponent("typo.json"), atomically: false, encoding: .utf8)
    let result = try KompassProcess.run(["validate", "typo.json"], in: folder)
    #expect(result.exitCode == 1)
    #expect(result.standardError.contains(#"men filen har "fyra""#), "\(result.standardError)")
  }

  @Test("Points written as \"NaN\", \"Infinity\" or \"inf\" get no hint to drop the quotes")
  func nonFinitePointsHint() throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for word in ["NaN", "Infinity", "inf"] {
      let text = try String(contentsOf: Self.kumla, encoding: .utf8)
        .replacingOccurrences(of: "\"points\": 4.8,", with: "\"points\": \"\(word)\",")
      try text.write(
        to: folder.appendingPathComponent("nan.json"), atomically: false, encoding: .utf8)
      let result = try KompassProcess.run(["validate", "--language", "en", "nan.json"], in: folder)
      #expect(result.exitCode == 1)
      #expect(!result.standardError.contains("without quotes"), "\(result.standardError)")
      #expect(
        result.standardError.contains("points must be a number between 0 and the maximum"),
        "\(result.standardError)")
    }
  }

  @Test("A good example's area that the rubric does not have is an error at its path")
  func unknownGoodExampleArea() throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let data = try Data(contentsOf: Self.kumla)
    var root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    root["goodExamples"] = [["area": "1", "text": "Bra"], ["area": "99", "text": "Okänt område"]]
    try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted])
      .write(to: folder.appendingPathComponent("ge.json"))
    for command in ["validate", "profile"] {
      let result = try KompassProcess.run([command, "--language", "en", "ge.json"], in: folder)
      #expect(result.exitCode == 1)
      #expect(result.standardOutput.isEmpty)
      #expect(
        result.standardError.contains(
          "error: goodExamples[1].area: area \"99\" is not in the rubric"),
        "\(result.standardError)")
      #expect(result.standardError.contains("its areas are 1, 2, 3, 4, 5, 6, 7, 8"))
    }
  }

  @Test("An empty path is called empty, not a folder")
  func emptyPath() throws {
    for command in ["score", "validate", "profile"] {
      let result = try KompassProcess.run([command, "--language", "en", ""])
      #expect(result.exitCode == 1)
      #expect(
        result.standardError.contains("the path is empty"), "\(command): \(result.standardError)")
      #expect(!result.standardError.contains("folder"), "\(command): \(result.standardError)")
    }
  }

  @Test("A symbolic link loop in a peer folder is reported as a loop")
  func peerSymlinkLoop() throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let peers = folder.appendingPathComponent("peers")
    try FileManager.default.copyItem(
      at: KompassProcess.packageRoot.appendingPathComponent("Tests/kompassTests/Fixtures/peers"),
      to: peers)
    try FileManager.default.createSymbolicLink(
      atPath: peers.appendingPathComponent("a.json").path, withDestinationPath: "b.json")
    try FileManager.default.createSymbolicLink(
      atPath: peers.appendingPathComponent("b.json").path, withDestinationPath: "a.json")
    let result = try KompassProcess.run(
      ["compare", "--language", "en", "--peers", peers.path, Self.kumla.path], in: folder)
    #expect(result.exitCode == 1)
    #expect(
      result.standardError.contains(
        "a.json: error: the file is a symbolic link that points in a loop"),
      "\(result.standardError)")
    #expect(!result.standardError.contains("does not exist"))
  }

  @Test("An area-level draft made by init validates as a draft, with areas counted")
  func areaLevelDraft() throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let made = try KompassProcess.run(
      [
        "init", "--municipality", "Kumla kommun", "--code", "1881", "--date", "2019-03-01",
        "--rubric",
        "kommunkompassen-2016", "--output", "utkast.json",
      ], in: folder)
    #expect(made.exitCode == 0, "\(made.standardError)")
    #expect(made.standardError.contains("8 områden att poängsätta"), "\(made.standardError)")
    let swedish = try KompassProcess.run(["validate", "utkast.json"], in: folder)
    #expect(swedish.exitCode == 0)
    #expect(
      swedish.standardOutput
        == "utkast.json: giltigt utkast (Kumla kommun, 2019-03-01, 8 av 8 områden ännu inte poängsatta)\n"
    )
    #expect(
      swedish.standardError
        == "utkast.json: varning: 8 områden är ännu inte poängsatta: 1, 2, 3, 4, 5, 6, 7, 8\n")
    let english = try KompassProcess.run(
      ["validate", "--language", "en", "utkast.json"], in: folder)
    #expect(
      english.standardOutput
        == "utkast.json: valid draft (Kumla kommun, 2019-03-01, 8 of 8 areas not scored yet)\n")
  }

  @Test("Points of 12.4999999996 show as 12 and 62 %, rounded from the exact decimal")
  func displayRoundingEndToEnd() throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // Kumla's sub-area 1.1 has 12.51 of 20 points.
    let text = try String(contentsOf: Self.kumla, encoding: .utf8)
    let range = try #require(text.range(of: "\"points\": 12.51,"))
    try text.replacingCharacters(in: range, with: "\"points\": 12.4999999996,")
      .write(to: folder.appendingPathComponent("round.json"), atomically: false, encoding: .utf8)
    let result = try KompassProcess.run(["score", "round.json"], in: folder)
    #expect(result.exitCode == 0, "\(result.standardError)")
    let line = try #require(
      result.standardOutput.split(separator: "\n").first { $0.hasPrefix("1.1 ") })
    let figures = line.split(separator: " ").suffix(3).map(String.init)
    #expect(figures == ["12", "20", "62\u{A0}%"], "\(line)")
  }
}
