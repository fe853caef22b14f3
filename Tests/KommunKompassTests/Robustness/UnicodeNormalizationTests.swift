import Foundation
import Testing

@testable import KommunKompass

/// Texts are read in Unicode normalization form C, so a name typed with a combining ring
/// ("Ume" + "a" + U+030A, NFD, as some systems save file contents) and one with a precomposed å
/// (U+00E5, NFC) are the same text wherever they are compared, written or displayed. Municipalities
/// are matched by SCB code, never by name.
@Suite("Unicode normalization")
struct UnicodeNormalizationTests {
  static let composed = "Ume\u{E5} kommun"
  static let decomposed = "Ume\u{61}\u{30A} kommun"

  /// The corpus's unbroken evaluation, with a text replaced.
  func baseline(replacing target: String = "", with replacement: String = "") throws -> [UInt8] {
    let url = MalformedCorpus.folder.appendingPathComponent("evaluations/valid-baseline.json")
    let text = try String(contentsOf: url, encoding: .utf8)
    guard !target.isEmpty else { return Array(text.utf8) }
    #expect(text.contains(target))
    return Array(text.replacingOccurrences(of: target, with: replacement).utf8)
  }

  func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

  @Test("The two spellings differ in bytes but are one text to Swift")
  func spellings() {
    #expect(Self.composed.utf8.count + 1 == Self.decomposed.utf8.count)
    #expect(scalars(Self.composed) != scalars(Self.decomposed))
    #expect(Self.composed == Self.decomposed)
  }

  @Test(
    "An NFD municipality name loads as NFC; both files give the same evaluation and the same bytes out"
  )
  func municipalityName() throws {
    let nfdFile = MalformedCorpus.folder.appendingPathComponent(
      "evaluations/valid-nfd-municipality-name.json")
    let nfdBytes = [UInt8](try Data(contentsOf: nfdFile))
    let nfcBytes = try baseline()
    #expect(nfdBytes != nfcBytes, "the corpus file really is decomposed")
    let fromNFD = try #require(Evaluation.load(bytes: nfdBytes, file: "nfd.json").value)
    let fromNFC = try #require(Evaluation.load(bytes: nfcBytes, file: "nfc.json").value)
    #expect(scalars(fromNFD.municipality.name) == scalars(Self.composed))
    #expect(fromNFD == fromNFC)
    #expect(fromNFD.municipality == fromNFC.municipality)
    let encoder = OrderedJSONEncoder()
    #expect(try encoder.encode(fromNFD) == encoder.encode(fromNFC))
    #expect(try Array(encoder.encode(fromNFD).utf8) == Array(encoder.encode(fromNFC).utf8))
    let rubric = try #require(RubricCatalog.bundled.rubric(id: fromNFD.rubricID))
    let scorecard = ScoringEngine(rubric: rubric).score(fromNFD)
    #expect(scalars(scorecard.municipality.name) == scalars(Self.composed))
  }

  @Test(
    "Every text of an evaluation is read in NFC: evaluators, summary, titles, findings, reasons")
  func everyText() throws {
    let bytes = try baseline(
      replacing: """
        "evaluators": ["Provgruppen"],
        """,
      with: """
        "evaluators": ["Provgruppen i Ume\u{61}\u{30A}"],
          "summary": ["Sammanfattning fo\u{308}r Ume\u{61}\u{30A}"],
        """)
    let text = String(decoding: bytes, as: UTF8.self)
      .replacingOccurrences(
        of: #"{ "id": "1.1", "points": 12.5 }"#,
        with:
          #"{ "id": "1.1", "title": "Strategi fo\#u{308}r demokratiutveckling och information", "points": 12.5, "findings": [{ "text": "Ma\#u{30A}l finns", "source": "document", "reference": "Fo\#u{308}rfattning" }] }"#
      )
      .replacingOccurrences(
        of: #"{ "id": "1.2", "points": 5 }"#,
        with: #"{ "id": "1.2", "notAssessed": "Underlaget sa\#u{308}ger inget" }"#)
    let result = Evaluation.load(bytes: Array(text.utf8), file: "nfd.json")
    #expect(result.problems == [])
    let evaluation = try #require(result.value)
    let subArea = try #require(evaluation.subArea(id: "1.1"))
    let texts: [String] =
      evaluation.evaluators + evaluation.summary + [
        subArea.title ?? "", subArea.findings.first?.text ?? "",
        subArea.findings.first?.reference ?? "",
      ]
    for text in texts {
      #expect(
        scalars(text) == scalars(text.precomposedStringWithCanonicalMapping), "\(text) is not NFC")
    }
    #expect(
      evaluation.subArea(id: "1.2")?.assessment
        == .notAssessed(reason: "Underlaget s\u{E4}ger inget"))
    if case .notAssessed(let reason) = evaluation.subArea(id: "1.2")?.assessment {
      #expect(scalars(reason).contains("\u{E4}"))
    }
    #expect(scalars(evaluation.evaluators[0]).last == "\u{E5}")
  }

  @Test("Rubric titles are read in NFC and evaluation titles match them in either form")
  func titles() throws {
    let rubric = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2020"))
    let area = try #require(rubric.area(id: "1"))
    let decomposedTitle = area.title.swedish.decomposedStringWithCanonicalMapping
    #expect(scalars(decomposedTitle) != scalars(area.title.swedish))
    #expect(TitleMatching.matches(decomposedTitle, area.title, aliases: area.aliases))
    #expect(
      TitleMatching.normalized(decomposedTitle.uppercased())
        == TitleMatching.normalized(area.title.swedish))

    let rubricFile = MalformedCorpus.folder.appendingPathComponent(
      "rubrics/valid-rubric-bom-crlf.json")
    let rubricText = try String(contentsOf: rubricFile, encoding: .utf8)
      .replacingOccurrences(of: "\"M\u{E5}l\"", with: "\"Ma\u{30A}l\"")
    #expect(rubricText.unicodeScalars.contains("\u{30A}"))
    let loaded = try #require(
      Rubric.load(bytes: Array(rubricText.utf8), file: "provrubrik.json").value)
    #expect(
      scalars(try #require(loaded.subArea(id: "1.1")).subArea.title.swedish) == scalars("M\u{E5}l"))
  }

  /// An evaluation of the corpus baseline with another name, code and date.
  func evaluation(name: String, code: String, date: String) throws -> Evaluation {
    var evaluation = try #require(Evaluation.load(bytes: try baseline(), file: "base.json").value)
    evaluation.municipality = Municipality(
      name: name, code: try #require(MunicipalityCode(rawValue: code)))
    evaluation.date = try #require(CalendarDate(date))
    let text = try OrderedJSONEncoder().encode(evaluation)
    let reloaded = Evaluation.load(bytes: Array(text.utf8), file: "\(date).json")
    return try #require(reloaded.value)
  }

  @Test("NFD and NFC names of one municipality compare as one municipality, shown in NFC")
  func comparison() throws {
    let earlier = try evaluation(name: Self.decomposed, code: "2480", date: "2022-03-15")
    let later = try evaluation(name: Self.composed, code: "2480", date: "2024-03-15")
    #expect(scalars(earlier.municipality.name) == scalars(Self.composed), "read back in NFC")
    let outcome = EvaluationComparer().compare([
      NamedEvaluation(file: "2022.json", evaluation: earlier),
      NamedEvaluation(file: "2024.json", evaluation: later),
    ])
    #expect(outcome.problems == [])
    let comparison = try #require(outcome.value)
    #expect(scalars(comparison.municipality.name) == scalars(Self.composed))
    #expect(
      comparison.evaluations.allSatisfy { scalars($0.municipality.name) == scalars(Self.composed) })
  }

  @Test(
    "Municipalities match by SCB code: other spellings of the name match, another code does not")
  func matchedByCode() throws {
    let kommun = try evaluation(name: "Ume\u{E5} kommun", code: "2480", date: "2022-03-15")
    let shortName = try evaluation(name: "UME\u{C5}", code: "2480", date: "2024-03-15")
    #expect(EvaluationComparer().compare([kommun, shortName]).problems == [])

    let otherCode = try evaluation(name: "Ume\u{E5} kommun", code: "2481", date: "2024-03-15")
    let refused = EvaluationComparer().compare([kommun, otherCode])
    #expect(refused.value == nil)
    #expect(refused.errors.map(\.kind) == [.differentMunicipalities])
  }
}
