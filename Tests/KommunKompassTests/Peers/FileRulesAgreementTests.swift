// swift-format-ignore-file: NeverForceUnwrap
// These tests edit parsed JSON fixtures and bundled data whose shape the test itself fixes; a
// failed cast or unwrap here is a broken fixture, and stopping the run is the right outcome.

import Foundation
import Testing

@testable import KommunKompass

/// The full loader and ``PeerFigureScanner`` read one definition of an evaluation file's keys;
/// these tests probe each path's behaviour and fail as soon as either one allows or requires a key
/// the other does not.
@Suite("Loader and scanner: one set of file rules")
struct FileRulesAgreementTests {
  static let scanner = PeerFigureScanner(rubric: PeerFigureScannerTests.rubric2020)

  /// One kind of object in an evaluation file, where Kumla 2020 has one.
  struct ObjectKind: Sendable, CustomTestStringConvertible {
    var name: String
    /// The JSON path of the object in Kumla 2020.
    var path: String
    /// The keys the scanner allows there, as written.
    var scannerKeys: [String]
    /// The keys the scanner requires there, as written.
    var scannerRequired: [String]
    /// Keys of the other detail level, which the loader reports with a message of their own.
    var otherLevelKeys: [String] = []
    /// Keys required in Kumla 2020's case though not always: by its detail level, or as the only
    /// member present of a group of which one is required.
    var requiredHere: [String] = []
    /// Applies an edit to the object in Kumla 2020's parsed JSON.
    var edit: @Sendable (inout [String: Any], (inout [String: Any]) -> Void) -> Void
    var testDescription: String { name }

    /// The JSON path of a key of the object, as problems name it.
    func path(of key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
  }

  static let kinds: [ObjectKind] = [
    ObjectKind(
      name: "root", path: "", scannerKeys: PeerFigureScanner.Layout.rootKeys.writtenForms,
      scannerRequired: required(PeerFigureScanner.Layout.rootKeys)
    ) { object, edit in edit(&object) },
    ObjectKind(
      name: "municipality", path: "municipality",
      scannerKeys: PeerFigureScanner.Layout.municipalityKeys.writtenForms,
      scannerRequired: required(PeerFigureScanner.Layout.municipalityKeys)
    ) {
      object, edit in editMember(&object, "municipality", edit)
    },
    ObjectKind(
      name: "sources", path: "sources",
      scannerKeys: PeerFigureScanner.Layout.sourcesKeys.writtenForms,
      scannerRequired: required(PeerFigureScanner.Layout.sourcesKeys)
    ) { object, edit in
      editMember(&object, "sources", edit)
    },
    ObjectKind(
      name: "good example", path: "goodExamples[0]",
      scannerKeys: PeerFigureScanner.Layout.goodExampleKeys.writtenForms,
      scannerRequired: required(PeerFigureScanner.Layout.goodExampleKeys)
    ) {
      object, edit in
      var examples = object["goodExamples"] as! [[String: Any]]
      edit(&examples[0])
      object["goodExamples"] = examples
    },
    ObjectKind(
      name: "area", path: "areas[0]", scannerKeys: PeerFigureScanner.Layout.areaKeys.writtenForms,
      scannerRequired: required(PeerFigureScanner.Layout.areaKeys),
      otherLevelKeys: EvaluationFileKey.Area.ownAssessment.map(\.rawValue),
      requiredHere: EvaluationFileKey.Area.subAreaLevel.map(\.rawValue)
    ) { object, edit in editArea(&object, area: 0, edit) },
    ObjectKind(
      name: "sub-area", path: "areas[0].subAreas[0]",
      scannerKeys: PeerFigureScanner.Layout.subAreaKeys.writtenForms,
      scannerRequired: required(PeerFigureScanner.Layout.subAreaKeys),
      requiredHere: EvaluationFileKey.SubArea.assessment.map(\.rawValue)
    ) { object, edit in editSubArea(&object, area: 0, subArea: 0, edit) },
    ObjectKind(
      name: "finding", path: "areas[0].subAreas[0].findings[0]",
      scannerKeys: PeerFigureScanner.Layout.findingKeys.writtenForms,
      scannerRequired: required(PeerFigureScanner.Layout.findingKeys)
    ) { object, edit in
      editSubArea(&object, area: 0, subArea: 0) { subArea in
        var findings = subArea["findings"] as! [[String: Any]]
        edit(&findings[0])
        subArea["findings"] = findings
      }
    },
  ]

  static func editMember(
    _ object: inout [String: Any], _ key: String, _ edit: (inout [String: Any]) -> Void
  ) {
    var member = object[key] as! [String: Any]
    edit(&member)
    object[key] = member
  }

  /// Kumla 2020 after an edit of one object.
  static func kumla(
    editing kind: ObjectKind, _ edit: @escaping @Sendable (inout [String: Any]) -> Void
  ) throws
    -> [UInt8]
  {
    try KumlaMutation.json { object in kind.edit(&object, edit) }.apply()
  }

  /// The loader names the keys allowed in an object when a key is nowhere near any of them; those
  /// are the scanner's keys, and an unknown key is one the scanner refuses too.
  @Test(arguments: kinds)
  func unknownKeysAreTheSameForBothPaths(kind: ObjectKind) throws {
    let bytes = try Self.kumla(editing: kind) { $0["zzzzzzzzzzzzzzzz"] = "x" }
    let result = Evaluation.load(bytes: bytes, file: nil)
    let problem = try #require(result.problems.first { $0.kind == .unknownKey })
    #expect(problem.path.description == kind.path(of: "zzzzzzzzzzzzzzzz"))
    let list = try #require(
      problem.message.english?.components(separatedBy: "the keys allowed here are ").last)
    let loaderKeys = list.components(separatedBy: ", ").map {
      $0.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    }
    let expected = kind.scannerKeys.filter {
      !$0.hasPrefix("$") && !kind.otherLevelKeys.contains($0)
    }
    #expect(loaderKeys == expected)
    #expect(Self.scanner.figures(in: bytes) == nil)
  }

  /// Removing a key is an error for the loader exactly when the scanner counts it as required, and
  /// the scanner then leaves the file to the loader.
  @Test(arguments: kinds)
  func requiredKeysAreTheSameForBothPaths(kind: ObjectKind) throws {
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(PeerFigureScannerRobustnessTests.kumlaBytes))
        as? [String: Any])
    var present: [String] = []
    kind.edit(&object) { present = Array($0.keys) }
    let required = Set(kind.scannerRequired)
    #expect(required.isSubset(of: present), "Kumla 2020 has every required key of a \(kind.name)")
    let requiredHere = required.union(kind.requiredHere.filter(present.contains))
    for key in present {
      let bytes = try Self.kumla(editing: kind) { $0[key] = nil }
      let result = Evaluation.load(bytes: bytes, file: nil)
      let reportsMissing = result.problems.contains {
        $0.kind == .missingKey && $0.path.description == kind.path(of: key)
      }
      #expect(reportsMissing == requiredHere.contains(key), "removing \(kind.path).\(key)")
      if requiredHere.contains(key) {
        #expect(Self.scanner.figures(in: bytes) == nil, "removing \(kind.path).\(key)")
      }
    }
  }

  /// The keys whose bits the scanner requires.
  static func required<Key>(_ vocabulary: PeerFigureScanner.Vocabulary<Key>) -> [String]
  where Key: FileKeySet {
    let required = vocabulary.requiredMask
    return vocabulary.writtenForms.indices.filter { required & (1 << $0) != 0 }.map {
      vocabulary.writtenForms[$0]
    }
  }

  /// The scanner reads the enumerations' values and the format version from the loader's types.
  @Test func enumerationsComeFromTheLoadersTypes() {
    #expect(
      PeerFigureScanner.Layout.details.writtenForms == EvaluationDetail.allCases.map(\.rawValue))
    #expect(PeerFigureScanner.Layout.kinds.writtenForms == EvaluationKind.allCases.map(\.rawValue))
    #expect(
      PeerFigureScanner.Layout.evidenceSources.writtenForms
        == EvidenceSource.allCases.map(\.rawValue))
    #expect(
      PeerFigureScanner.Layout.formatVersion == Array("\(Evaluation.supportedFormatVersion)".utf8))
  }

  /// A consensus evaluation's `proposals` (in a sub-area and in an area) are left to the full
  /// loader, which accepts them; the keys the loader allows in a proposal are those of
  /// ``EvaluationFileKey``, the one definition the scanner reads too.
  @Test(arguments: ["sub-area", "area"])
  func proposalsAreLeftToTheLoader(place: String) throws {
    let bytes = try KumlaMutation.json { object in
      if place == "area" {
        editArea(&object, area: 0) {
          $0["proposals"] = [["evaluator": "Anna", "strengths": ["Tydlig styrning"]]]
        }
      } else {
        editSubArea(&object, area: 0, subArea: 0) {
          $0["proposals"] = [
            ["evaluator": "Anna", "points": 12], ["evaluator": "Bo", "notAssessed": "Missade"],
          ]
        }
      }
    }.apply()
    #expect(Self.scanner.figures(in: bytes) == nil)
    let result = Evaluation.load(bytes: bytes, file: nil)
    #expect(result.problems.isEmpty, "\(result.problems)")
    #expect(result.value?.isConsensus == true)

    let unknown = try KumlaMutation.json { object in
      if place == "area" {
        editArea(&object, area: 0) {
          $0["proposals"] = [["evaluator": "Anna", "zzzzzzzzzzzzzzzz": 1]]
        }
      } else {
        editSubArea(&object, area: 0, subArea: 0) {
          $0["proposals"] = [["evaluator": "Anna", "points": 12, "zzzzzzzzzzzzzzzz": 1]]
        }
      }
    }.apply()
    let problem = try #require(
      Evaluation.load(bytes: unknown, file: nil).problems.first { $0.kind == .unknownKey })
    let list = try #require(
      problem.message.english?.components(separatedBy: "the keys allowed here are ").last)
    let loaderKeys = list.components(separatedBy: ", ").map {
      $0.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    }
    let expected =
      place == "area"
      ? EvaluationFileKey.AreaProposal.names.filter {
        !EvaluationFileKey.AreaProposal.ownAssessment.map(\.rawValue).contains($0)
      }
      : EvaluationFileKey.SubAreaProposal.names
    #expect(loaderKeys == expected)
    #expect(Self.scanner.figures(in: unknown) == nil)
  }

  /// One rule for `municipality`: the scanner reads a file exactly when the loader finds no
  /// problem with its name, code and `fictitious` mark, whatever the register says of them.
  @Test(
    arguments: [
      #"{"name": "Kumla kommun", "code": "1881"}"#,
      #"{"name": "kumla", "code": "1881", "fictitious": false}"#,
      #"{"name": "Falu kommun", "code": "2080"}"#,
      #"{"name": "Hallsbergs kommun", "code": "1881"}"#,
      #"{"name": "Kumla kommun", "code": "1818"}"#,
      #"{"name": "Heby kommun", "code": "1917"}"#,
      #"{"name": "Testby kommun", "code": "1899", "fictitious": true}"#,
      #"{"name": "Testby kommun", "code": "1899", "fictitious": true}"#,
      #"{"name": "Testby kommun", "code": "1881", "fictitious": true}"#,
      #"{"name": "Testby kommun", "code": "1899", "fictitious": "true"}"#,
      #"{"name": "Testby kommun", "code": "1899", "fictitious": 1}"#,
      #"{"name": "Testby kommun", "code": "1899", "fictitious": null}"#,
      #"{"fictitious": true, "code": "1899", "name": "Testby kommun"}"#,
    ])
  func municipalityRuleIsShared(municipality: String) throws {
    let bytes = try KumlaMutation.json { root in
      root["municipality"] = try? JSONSerialization.jsonObject(with: Data(municipality.utf8))
    }.apply()
    let result = Evaluation.load(bytes: bytes, file: nil)
    let municipalityProblems = result.problems.filter {
      $0.path.description.hasPrefix("municipality")
    }
    #expect(result.problems == municipalityProblems, "only the municipality differs from Kumla")
    #expect(
      (Self.scanner.figures(in: bytes) != nil) == municipalityProblems.isEmpty, "\(municipality)")
  }

  /// One rule for published totals: the loader notes or warns exactly where the scanner gives up.
  @Test(arguments: [557.0, 556, 555, 554, 558, 559, 560, 600, 800, 801])
  func publishedTotalRuleIsShared(total: Double) throws {
    let bytes = try KumlaMutation.json { $0["publishedTotal"] = total }.apply()
    let result = Evaluation.load(bytes: bytes, file: nil)
    let warned = result.problems.contains { $0.path.description == "publishedTotal" }
    #expect((Self.scanner.figures(in: bytes) == nil) == warned, "publishedTotal \(total)")
    let kumla = try #require(
      Evaluation.load(bytes: PeerFigureScannerRobustnessTests.kumlaBytes, file: nil).value)
    var agreement = PublishedTotalAgreement()
    for area in kumla.areas { for subArea in area.subAreas { agreement.add(subArea.points ?? 0) } }
    // Kumla's sub-areas sum to 557.35, which rounds to 557: any other whole total is a note or more.
    #expect(
      warned
        == (!agreement.isSilent(about: total)
          || PublishedTotalAgreement.exceeds(total, maximum: 800)))
    #expect(warned == (total != 557))
  }
}
