import Foundation
import Testing

/// Every golden file is read for the variants the terminology rules out (the DocC article
/// "Terminology"), so that a new output is checked without anyone remembering the list.
@Suite("Terminology in every golden file")
struct TerminologyTests {
  /// A variant the terminology rules out, as a regular expression, with the reason.
  struct Rule: Sendable, CustomTestStringConvertible {
    let pattern: String
    let reason: String
    var testDescription: String { reason }

    func matches(in text: String) -> [String] {
      guard let expression = try? NSRegularExpression(pattern: pattern) else { return [pattern] }
      let range = NSRange(text.startIndex..., in: text)
      return expression.matches(in: text, range: range).compactMap {
        Range($0.range, in: text).map { String(text[$0]) }
      }
    }
  }

  /// A golden file with the language it is written in.
  struct GoldenFile: Sendable, CustomTestStringConvertible {
    let url: URL
    var testDescription: String { url.lastPathComponent }
    /// Swedish unless the name says `.en.`.
    var isSwedish: Bool { !url.lastPathComponent.contains(".en.") }
    var isCSV: Bool { url.pathExtension == "csv" }
    /// JSON exports keep ids and codes as data; only their texts for people are checked.
    var isJSON: Bool { url.pathExtension == "json" }
  }

  static let swedishRules: [Rule] = [
    Rule(pattern: #"(?i)\brubrik(en|er|erna)?\b(?!\s*[;|<])"#, reason: "rubrik means heading"),
    Rule(pattern: #"Rubrik-id"#, reason: "the version is not a rubrik"),
    Rule(pattern: #"(?i)\brevision(en|er|erna)?\b(?!":)"#, reason: "revision reads as audit"),
    Rule(pattern: #"(?i)\bfynd(en|et)?\b"#, reason: "iakttagelser, not fynd"),
    Rule(pattern: #"(?i)\bhemsida(n)?\b"#, reason: "webbplats, not hemsida"),
    Rule(
      pattern: #"(?<![\d,.])\b1 (delområden|områden|utvärderingar|jämförelsekommuner|"#
        + #"filer|kommuner|poäng är)\b"#,
      reason: "singular after 1"),
    Rule(pattern: #"\b\d+\.\d+(?=\s?(%|poäng|p\.e\.|av\s))"#, reason: "decimal comma in Swedish"),
    Rule(pattern: #"delad med \d"#, reason: "a shared placing is not 'shared with 1'"),
    Rule(pattern: #"\bRang\b"#, reason: "Placering, not Rang"),
    Rule(pattern: #"\bMedel\b"#, reason: "Medelvärde, not Medel"),
    Rule(pattern: #"(?i)(över|under|jämfört med) helheten\b"#, reason: "totalresultatet"),
    Rule(pattern: #"\(inga\)"#, reason: "an empty list is said in words"),
    Rule(pattern: #"räknad om"#, reason: "poängen är omräknad"),
    Rule(pattern: #"\b(Error|Usage|Show help information)\b"#, reason: "English in Swedish output"),
    Rule(pattern: #"(?i)\(crosswalks?\)"#, reason: "English in Swedish output"),
    Rule(pattern: #"kommunkompassen-20\d\d"#, reason: "file ids are not shown to readers"),
  ]

  static let swedishCSVRules: [Rule] = [
    Rule(
      pattern: #"(?m);(scored|notAssessed|notScored|improved|declined|same|unchanged|"#
        + #"notComparable)(;|\r?$)"#,
      reason: "English status word in Swedish CSV"),
    Rule(pattern: #"(?m)(^|;)Not(;|\r?$)"#, reason: "English column name in Swedish CSV"),
  ]

  static let englishRules: [Rule] = [
    Rule(pattern: #"(?i)steering document"#, reason: "governing documents"),
    Rule(pattern: #"Interview \("#, reason: "Interviews"),
    Rule(pattern: #"(?m)^\s+Sum\s"#, reason: "Area total, not Sum"),
    Rule(pattern: #"Improvement opportunities"#, reason: "Areas for improvement"),
    Rule(
      pattern: #"\b1 (sub-areas|areas|evaluations|peers|files) (are|were)\b"#, reason: "singular"),
    Rule(pattern: #"kommunkompassen-20\d\d"#, reason: "file ids are not shown to readers"),
  ]

  static let goldenFiles: [GoldenFile] = {
    let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
    let folders = ["kompassTests/Snapshots", "KommunKompassReportsTests/Snapshots"]
    return folders.flatMap { folder -> [GoldenFile] in
      let url = tests.appendingPathComponent(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
      return names.sorted().map { GoldenFile(url: url.appendingPathComponent($0)) }
    }
  }()

  @Test("The golden files are there to be read")
  func goldenFilesExist() {
    #expect(Self.goldenFiles.count >= 30)
  }

  @Test("No golden file uses a ruled-out variant", arguments: goldenFiles)
  func ruledOutVariants(file: GoldenFile) throws {
    let text = try String(contentsOf: file.url, encoding: .utf8)
    var rules = file.isSwedish ? Self.swedishRules : Self.englishRules
    // JSON exports keep ids as data; listing and validating versions shows the ids evaluators type.
    let listsIDs = ["rubric-", "validate-"].contains { file.testDescription.hasPrefix($0) }
    if file.isJSON || listsIDs {
      rules.removeAll { $0.pattern.hasPrefix("kommunkompassen") }
    }
    if file.isSwedish && file.isCSV { rules += Self.swedishCSVRules }
    for rule in rules {
      let found = rule.matches(in: text)
      #expect(found.isEmpty, "\(file.testDescription): \(rule.reason): \(found.prefix(3))")
    }
  }

  @Test("The rules catch the variants they name")
  func rulesCatchVariants() {
    let swedish = Self.swedishRules + Self.swedishCSVRules
    let caught: [String] = [
      "Kommunkompassen, revision 2019/2020", "kända rubriker: a", "1 delområden",
      "poängen 394.4 poäng", "4 av 6 (delad med 1)", "Rang", "Medel", "Styrkor: (inga)",
      "delområde;1;1.1;x;12,51;20;scored\r\n", "Rubrik-id", "fynd", "hemsida",
    ]
    for text in caught {
      #expect(swedish.contains { !$0.matches(in: text).isEmpty }, "not caught: \(text)")
    }
    let allowed = [
      "Delområde | Rubrik |", "1.1 Strategi 63 %", "12,5 %", "1 delområde", "2 delområden",
      "Kommunkompassen 2019/2020", "Medelvärde", "Placering",
    ]
    for text in allowed {
      #expect(swedish.allSatisfy { $0.matches(in: text).isEmpty }, "wrongly caught: \(text)")
    }
  }
}
