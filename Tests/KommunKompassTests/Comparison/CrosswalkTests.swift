// swift-format-ignore-file: NeverForceUnwrap
// These tests edit parsed JSON fixtures and bundled data whose shape the test itself fixes; a
// failed cast or unwrap here is a broken fixture, and stopping the run is the right outcome.

import Foundation
import Testing

@testable import KommunKompass

@Suite("Bundled 2016 rubric and crosswalk")
struct BundledCrosswalkTests {
  /// The JSON files of `Rubrics/crosswalks/`.
  static func crosswalkFiles() throws -> [URL] {
    try RepositoryFiles.jsonFiles(in: RepositoryFiles.rubrics.appendingPathComponent("crosswalks"))
  }

  @Test(
    "The embedded crosswalks are exactly the files in Rubrics/crosswalks/, byte for byte, and load cleanly"
  )
  func embeddedEqualsDisk() throws {
    let files = try Self.crosswalkFiles()
    #expect(!files.isEmpty)
    #expect(
      files.map { "Rubrics/crosswalks/" + $0.lastPathComponent }
        == EmbeddedDataFile.crosswalks.map(\.path))
    for (url, embedded) in zip(files, EmbeddedDataFile.crosswalks) {
      #expect(
        [UInt8](try Data(contentsOf: url)) == embedded.bytes, "\(url.lastPathComponent) differs")
      let result = CrosswalkCatalog.loadBundled(embedded)
      #expect(result.problems.isEmpty, "\(embedded.fileName): \(result.problems)")
      let loaded = try #require(result.value)
      #expect(CrosswalkCatalog.bundled.crosswalk(id: loaded.id) == loaded)
      #expect(try JSONDecoder().decode(Crosswalk.self, from: Data(contentsOf: url)) == loaded)
      let roundTripped = try JSONDecoder().decode(
        Crosswalk.self, from: JSONEncoder().encode(loaded))
      #expect(roundTripped == loaded)
    }
    // Crosswalks are not rubrics: the rubric list is unchanged by them.
    #expect(!EmbeddedDataFile.rubrics.contains { $0.path.hasPrefix("Rubrics/crosswalks/") })
  }

  @Test("The 2016 rubric has the eight areas of 100 points and says it is known at area level only")
  func rubric2016() throws {
    let rubric = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2016"))
    #expect(rubric.revision == "2016")
    #expect(
      rubric.areas.map(\.title.swedish) == [
        "Offentlighet och demokrati", "Brukarfokus, tillgänglighet och bemötande",
        "Politisk styrning och kontroll",
        "Ledarskap, ansvar och delegation", "Resultat och effektivitet",
        "Kommunen som arbetsgivare – personalpolitik",
        "Ständiga förbättringar", "Kommunen som samhällsbyggare",
      ])
    #expect(
      rubric.areas.allSatisfy {
        $0.maxPoints == 100 && $0.subAreas.isEmpty && $0.title.english != nil
      })
    #expect(rubric.area(id: "7")?.aliases == ["Verksamhetsutveckling"])
    #expect(rubric.source?.contains("Endast områdesnivå") == true)
  }

  @Test("2016 to 2019/2020: every area revised, none claimed the same, with a justification each")
  func crosswalk2016To2020() throws {
    let crosswalk = try #require(
      CrosswalkCatalog.bundled.crosswalk(id: "kommunkompassen-2016-to-2020"))
    let mapping = Dictionary(uniqueKeysWithValues: crosswalk.links.map { ($0.from ?? "", $0.to) })
    #expect(
      mapping == [
        "1": ["1"], "2": ["5"], "3": ["3"], "4": ["8"], "5": ["4"], "6": ["7", "8"], "7": ["6"],
        "8": ["2"],
      ])
    #expect(crosswalk.links.allSatisfy { $0.comparability == .revised })
    #expect(
      crosswalk.links.allSatisfy { link in
        [link.justification.swedish, link.justification.english ?? ""].allSatisfy {
          !$0.isEmpty && !$0.contains("\n")
        }
      })
    let rubric2016 = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2016"))
    let rubric2020 = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2020"))
    let overlap = try #require(CrosswalkCatalog.bundled.overlap(from: rubric2016, to: rubric2020))
    #expect(
      overlap.comparableMaxPoints == 800 && overlap.revisedMaxPoints == 800
        && overlap.sameMaxPoints == 0)
    #expect(overlap.share == 1)
    #expect(overlap.crosswalkIDs == ["kommunkompassen-2016-to-2020"])
  }
}

/// The made-up test rubrics A and B and their crosswalk, which uses every comparability level:
/// A1 → B1 same (sub-areas 1.1 same, 1.2 revised); A2 → B2 and B3 revised (split); A3 removed;
/// A4 → B3 revised (merged with part of A2); B4 new.
@Suite("Comparison across rubric revisions")
struct CrossRevisionTests {
  static func comparison() throws -> Checked<TimeComparison> {
    let catalog = try ComparisonFixtures.catalog()
    let comparer = EvaluationComparer(
      rubrics: catalog,
      crosswalks: CrosswalkCatalog(crosswalks: [try ComparisonFixtures.testCrosswalk()]))
    return comparer.compare([
      try ComparisonFixtures.evaluation("evaluations/testby-testrubrik-b.json", catalog: catalog),
      try ComparisonFixtures.evaluation("evaluations/testby-testrubrik-a.json", catalog: catalog),
    ])
  }

  struct RowCase: Sendable, CustomTestStringConvertible {
    var id: String
    var classification: ChangeClassification
    var comparability: Comparability
    var sourceIDs: [String]
    var points: Double?
    var percentagePoints: Double?
    var note: ComparisonNote?
    var testDescription: String { "\(id): \(classification), \(comparability)" }
  }

  static let rows: [RowCase] = [
    // A1 (20 + 30 = 50 of 100) → B1 (30 + 30 = 60 of 100): same; +10 points, +10 pp.
    RowCase(
      id: "1", classification: .improved, comparability: .same, sourceIDs: ["1"], points: 10,
      percentagePoints: 10),
    // A1.1 20 of 40 (50 %) → B1.1 30 of 40 (75 %): same; +10 points, +25 pp.
    RowCase(
      id: "1.1", classification: .improved, comparability: .same, sourceIDs: ["1.1"], points: 10,
      percentagePoints: 25),
    // A1.2 30 of 60 → B1.2 30 of 60: revised content, unchanged figures.
    RowCase(
      id: "1.2", classification: .unchanged, comparability: .revised, sourceIDs: ["1.2"], points: 0,
      percentagePoints: 0),
    // A2 is split over B2 and B3, and A4 joins B3: B2 and B3 are one row, compared with A2 and A4
    // pooled, so that A2 counts once: (60 + 40) of 200 = 50 % → (70 + 45) of 200 = 57.5 %;
    // +15 points, +7.5 pp.
    RowCase(
      id: "2+3", classification: .improved, comparability: .revised, sourceIDs: ["2", "4"],
      points: 15, percentagePoints: 7.5),
    // B2.1 and B3.1: the crosswalk maps no sub-area to them.
    RowCase(
      id: "2.1", classification: .notComparable, comparability: .revised, sourceIDs: [],
      note: .notMapped),
    RowCase(
      id: "3.1", classification: .notComparable, comparability: .revised, sourceIDs: [],
      note: .notMapped),
    // B4 is new, and so is its sub-area.
    RowCase(id: "4", classification: .new, comparability: .new, sourceIDs: []),
    RowCase(id: "4.1", classification: .new, comparability: .new, sourceIDs: []),
    // Totals: A 20 + 30 + 60 + 70 + 40 = 220 of 400 (55 %) → B 30 + 30 + 70 + 45 + 80 = 255 of 400
    // (63.75 %): +35 points, +8.75 pp, revised since the content differs.
    RowCase(
      id: "total", classification: .improved, comparability: .revised, sourceIDs: ["total"],
      points: 35, percentagePoints: 8.75),
  ]

  @Test(
    "Each row is compared only as far as the crosswalk allows, with its comparability",
    arguments: rows)
  func row(_ expected: RowCase) throws {
    let comparison = try #require(try Self.comparison().value)
    let row = try #require(comparison.row(id: expected.id))
    #expect(row.rubricID == "testrubrik-b")
    #expect(row.classification == expected.classification)
    #expect(row.comparability == expected.comparability)
    #expect(row.values[0].sourceIDs == expected.sourceIDs)
    #expect(row.overall.points == expected.points)
    #expect(
      isClose(row.overall.percentagePoints ?? .nan, expected.percentagePoints ?? .nan)
        || expected.percentagePoints == nil)
    #expect((row.overall.percentagePoints == nil) == (expected.percentagePoints == nil))
    #expect(row.overall.note == expected.note)
  }

  @Test("The comparison states that the versions differ, its overlap and what was removed")
  func summary() throws {
    let result = try Self.comparison()
    #expect(result.problems.isEmpty, "\(result.problems)")
    let comparison = try #require(result.value)
    #expect(comparison.crossesRevisions)
    #expect(comparison.evaluations.map(\.rubricID) == ["testrubrik-a", "testrubrik-b"])
    // Of B's 400 points: B1 (100) same, B2 and B3 (200) revised, B4 (100) new: 300 of 400 = 75 %.
    let overlap = try #require(comparison.overlaps.first)
    #expect(comparison.overlaps.count == 1)
    #expect(overlap.sameMaxPoints == 100)
    #expect(overlap.revisedMaxPoints == 200)
    #expect(overlap.newMaxPoints == 100)
    #expect(overlap.unmappedMaxPoints == 0)
    #expect(overlap.comparableMaxPoints == 300)
    #expect(overlap.share == 0.75)
    #expect(
      comparison.notes.map(\.english) == [
        "The evaluations were made with different versions of Kommunkompassen (A, B). They can only partly be compared: only what the crosswalks connect is compared, and every row states how comparable it is.",
        "300 of 400 points (75%) of Kommunkompassen B have a comparable counterpart in Kommunkompassen A, 200 of them revised",
        "Areas 2 and 3 are compared together, on one row: the crosswalk shares an area of Kommunkompassen A between them, and its points may be counted only once.",
      ])
    // A3 (70 of 100) has no counterpart in B.
    #expect(comparison.removed.map(\.id) == ["3"])
    let removed = try #require(comparison.removed.first)
    #expect(removed.rubricID == "testrubrik-a")
    #expect(removed.title.swedish == "Kontroll")
    #expect(removed.values.map(\.points) == [70, nil])
    #expect(removed.classification == .removed)
    #expect(removed.justifications == ["Kontrollen bedöms inte längre som eget område."])
    #expect(
      comparison.row(id: "2+3")?.justifications == [
        "Service och effektivitet delades på två områden.",
        "Arbetsgivarfrågorna gick upp i Effektivitet och arbetsliv.",
      ])
  }

  @Test("The bundled 2016 crosswalk: Testby 2016 (area points) against Testby 2020")
  func bundled2016To2020() throws {
    let result = EvaluationComparer().compare([
      try ComparisonFixtures.evaluation("evaluations/testby-2020.json"),
      try ComparisonFixtures.evaluation("evaluations/testby-2016.json"),
    ])
    #expect(result.problems.isEmpty, "\(result.problems)")
    let comparison = try #require(result.value)
    #expect(comparison.crossesRevisions)
    #expect(comparison.rubricID == "kommunkompassen-2020")
    #expect(comparison.overlaps.first?.share == 1)
    #expect(comparison.removed.isEmpty)
    // 2016: 1 = 45, 2 = 55, 3 = 60, 4 = 50, 5 = 40, 6 = 70, 7 = 35, 8 = 65.
    // 2020 area 2 ← 2016 area 8: 65 → 49.5 of 100: −15.5 points.
    #expect(comparison.row(id: "2")?.values[0].sourceIDs == ["8"])
    #expect(comparison.row(id: "2")?.overall.points == -15.5)
    #expect(comparison.row(id: "2")?.classification == .declined)
    // 2016 area 6 is split over 2020 areas 7 and 8, and area 4 joins 8: 7 and 8 are one row,
    // compared with 2016 areas 4 and 6 pooled: (50 + 70) of 200 = 60 % → (51 + 49.2) of 200 =
    // 50.1 %: −19.8 points, −9.9 pp. Neither area has a row of its own that would count area 6 twice.
    #expect(comparison.row(id: "7") == nil && comparison.row(id: "8") == nil)
    let areas7And8 = try #require(comparison.row(id: "7+8"))
    #expect(areas7And8.values[0].sourceIDs == ["4", "6"])
    #expect(areas7And8.values[1].sourceIDs == ["7", "8"])
    #expect(areas7And8.maxPoints == 200)
    #expect(areas7And8.title.swedish == "Arbetsliv + Chefs- och ledarskap samt medarbetarskap")
    #expect(isClose(areas7And8.overall.points, -19.8))
    #expect(isClose(areas7And8.overall.percentagePoints, -9.9))
    #expect(areas7And8.classification == .declined)
    #expect(
      areas7And8.subRows.map(\.id) == [
        "7.1", "7.2", "7.3", "7.4", "8.1", "8.2", "8.3", "8.4", "8.5",
      ])
    // 2020 area 1 ← 2016 area 1: 45 % → 59.4556 % (53.51 of 90): +14.4556 pp.
    #expect(isClose(comparison.row(id: "1")?.overall.percentagePoints, 14.455_556))
    #expect(comparison.areas.allSatisfy { $0.comparability == .revised })
    // Sub-areas cannot be compared with 2016, which has none.
    #expect(comparison.row(id: "3.2")?.values[0].status == .notMapped)
    #expect(comparison.row(id: "3.2")?.classification == .notComparable)
    // Total: 420 of 800 = 52.5 % → 55.6117 %: +3.1117 pp.
    #expect(isClose(comparison.total.overall.percentagePoints, 3.111_688))
    #expect(comparison.total.comparability == .revised)
    #expect(
      comparison.notes.first?.swedish.contains(
        "olika versioner av Kommunkompassen (2016, 2019/2020)") == true)
  }
}

@Suite("Crosswalk validation")
struct CrosswalkValidationTests {
  static let file = "crosswalks/testrubrik-a-to-b.json"

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var edit: @Sendable (inout [String: Any]) -> Void
    var expected: [ExpectedProblem]
    var testDescription: String { name }
  }

  static func editLink(
    _ object: inout [String: Any], _ index: Int, _ edit: (inout [String: Any]) -> Void
  ) {
    var links = object["links"] as! [[String: Any]]
    edit(&links[index])
    object["links"] = links
  }

  static let cases: [Case] = [
    Case(
      name: "an earlier id that does not exist",
      edit: { editLink(&$0, 3) { $0["from"] = "9" } },
      expected: [
        ExpectedProblem(
          "links", .missingID,
          "area 2 (Service and efficiency) of testrubrik-a has no link; give its counterpart, or \"removed\" if there is none"
        ),
        ExpectedProblem(
          "links[3].from", .unknownID,
          "\"9\" is neither an area nor a sub-area of the rubric testrubrik-a; its areas are 1, 2, 3, 4"
        ),
      ]),
    Case(
      name: "a later id that does not exist",
      edit: { editLink(&$0, 3) { $0["to"] = ["2", "7"] } },
      expected: [
        ExpectedProblem(
          "links[3].to[1]", .unknownID,
          "\"7\" is neither an area nor a sub-area of the rubric testrubrik-b; its areas are 1, 2, 3, 4"
        )
      ]),
    Case(
      name: "same, split over two counterparts",
      edit: { editLink(&$0, 1) { $0["to"] = ["1.1", "1.2"] } },
      expected: [
        ExpectedProblem(
          "links[1].comparability", .inconsistentCrosswalk,
          "1.1 is split over 2 counterparts and so is not \"same\"; use \"revised\"")
      ]),
    Case(
      name: "a sub-area linked to an area as the same",
      edit: { editLink(&$0, 1) { $0["to"] = ["2"] } },
      expected: [
        ExpectedProblem(
          "links[1].comparability", .inconsistentCrosswalk,
          "1.1 has the maximum 40 but 2 100, so they are not \"same\"; use \"revised\""),
        ExpectedProblem(
          "links[1].to[0]", .inconsistentCrosswalk,
          "1.1 is a sub-area but 2 is an area; a link connects areas with areas and sub-areas with sub-areas"
        ),
      ]),
    Case(
      name: "removed, with a counterpart",
      edit: { editLink(&$0, 4) { $0["to"] = ["4"] } },
      expected: [
        ExpectedProblem(
          "links[4].to", .inconsistentCrosswalk,
          "a link marked \"removed\" has no counterpart; remove the ids in \"to\" or choose \"revised\""
        ),
        ExpectedProblem(
          "links[6].to[0]", .inconsistentCrosswalk,
          "4 is marked new but also appears at links[4].to[0]"),
      ]),
    Case(
      name: "new, with a predecessor",
      edit: { editLink(&$0, 6) { $0["from"] = "3" } },
      expected: [
        ExpectedProblem(
          "links[6].from", .duplicateID, "3 in testrubrik-a already has a link, at links[4].from"),
        ExpectedProblem(
          "links[6].from", .inconsistentCrosswalk,
          "a link marked \"new\" has no predecessor; remove \"from\": \"3\" or choose another level"
        ),
      ]),
    Case(
      name: "a later area in no link",
      edit: { $0["links"] = Array(($0["links"] as! [Any]).dropLast()) },
      expected: [
        ExpectedProblem(
          "links", .missingID,
          "area 4 (Digitalisation) of testrubrik-b appears in no link; give what it corresponds to, or a link marked \"new\""
        )
      ]),
    Case(
      name: "an unknown comparability level",
      edit: { editLink(&$0, 0) { $0["comparability"] = "samma" } },
      expected: [
        ExpectedProblem(
          "links[0].comparability", .invalidValue,
          "\"samma\" is not an allowed value; choose one of \"same\", \"revised\", \"new\", \"removed\""
        )
      ]),
    Case(
      name: "an unknown rubric",
      edit: { $0["toRubric"] = "testrubrik-d" },
      expected: [
        ExpectedProblem(
          "toRubric", .unknownRubric,
          "there is no rubric \"testrubrik-d\"; known rubrics: \"kommunkompassen-2010\", \"kommunkompassen-2016\", \"kommunkompassen-2020\", \"testrubrik-a\", \"testrubrik-b\", \"testrubrik-c\""
        )
      ]),
    Case(
      name: "a link without justification",
      edit: { editLink(&$0, 0) { $0["justification"] = nil } },
      expected: [
        ExpectedProblem(
          "links[0].justification", .missingKey, "the key \"justification\" is missing")
      ]),
  ]

  @Test(
    "A broken crosswalk reports exactly the expected problems, with JSON paths", arguments: cases)
  func broken(_ testCase: Case) throws {
    let bytes = try ComparisonFixtures.mutated(Self.file, testCase.edit)
    let result = Crosswalk.load(
      bytes: bytes, file: "crosswalk.json", catalog: try ComparisonFixtures.catalog())
    #expect(result.value == nil)
    // When the file cannot be read far enough, a last note says that further checks wait.
    let waiting = result.problems.filter { $0.kind == .checksWaiting }
    #expect(waiting.count <= 1 && (waiting.isEmpty || result.problems.last == waiting.first))
    let problems = result.problems.filter { $0.kind != .checksWaiting }
    #expect(
      problems.map(ExpectedProblem.init).sorted { $0.description < $1.description }
        == testCase.expected.sorted { $0.description < $1.description })
    #expect(problems.allSatisfy { $0.file == "crosswalk.json" && $0.location != nil })
    #expect(
      result.problems.allSatisfy {
        !$0.message.swedish.isEmpty && $0.message.swedish != $0.message.english
      })
  }

  @Test("A crosswalk between a rubric and itself is refused")
  func sameRubric() throws {
    let crosswalk = try ComparisonFixtures.testCrosswalk()
    let rubric = try #require(try ComparisonFixtures.catalog().rubric(id: "testrubrik-a"))
    #expect(crosswalk.validationProblems(from: rubric, to: rubric).map(\.kind) == [.invalidValue])
  }

  @Test("Crosswalks chain: a route follows them in either direction")
  func routes() throws {
    let catalog = CrosswalkCatalog(crosswalks: [try ComparisonFixtures.testCrosswalk()])
    let forward = try #require(catalog.route(from: "testrubrik-a", to: "testrubrik-b"))
    #expect(
      forward.sourceCounterparts(of: ["3"])
        == .mapped(
          ids: ["2", "4"], comparability: .revised,
          justifications: [
            "Service och effektivitet delades på två områden.",
            "Arbetsgivarfrågorna gick upp i Effektivitet och arbetsliv.",
          ]))
    #expect(
      forward.targetCounterparts(of: ["3"])
        == .unmatched(.removed, justifications: ["Kontrollen bedöms inte längre som eget område."]))
    // Backwards, new and removed change places.
    let backward = try #require(catalog.route(from: "testrubrik-b", to: "testrubrik-a"))
    #expect(
      backward.targetCounterparts(of: ["4"])
        == .unmatched(.removed, justifications: ["Digitalisering är nytt."]))
    #expect(
      backward.sourceCounterparts(of: ["3"])
        == .unmatched(.new, justifications: ["Kontrollen bedöms inte längre som eget område."]))
    #expect(catalog.route(from: "testrubrik-a", to: "kommunkompassen-2020") == nil)
    #expect(catalog.route(from: "testrubrik-a", to: "testrubrik-a")?.steps.isEmpty == true)
  }
}
