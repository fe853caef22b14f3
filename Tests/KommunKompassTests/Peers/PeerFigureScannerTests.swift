// swift-format-ignore-file: NeverForceUnwrap
// These tests edit parsed JSON fixtures and bundled data whose shape the test itself fixes; a
// failed cast or unwrap here is a broken fixture, and stopping the run is the right outcome.

import Foundation
import Testing

@testable import KommunKompass

/// ``PeerFigureScanner`` against the full loader: the same figures, bit for bit, for every file it
/// reads, and never figures for a file the loader refuses.
@Suite("Peer figure scanner")
struct PeerFigureScannerTests {
  static let rubric2020 = RubricCatalog.bundled.rubric(id: "kommunkompassen-2020")!
  static let rubric2016 = RubricCatalog.bundled.rubric(id: "kommunkompassen-2016")!

  /// Checks the scanner's answer for a file against the full loader and the scoring engine: when
  /// the scanner reads a file, the loader accepts it without any problem (error or warning) and
  /// reads the same municipality, date and figures.
  ///
  /// - Returns: Whether the scanner gave figures.
  @discardableResult
  static func check(
    _ bytes: [UInt8], with scanner: PeerFigureScanner, catalog: RubricCatalog = .bundled,
    _ comment: @autoclosure () -> String = "", sourceLocation: SourceLocation = #_sourceLocation
  ) -> Bool {
    guard let figures = scanner.figures(in: bytes) else { return false }
    let result = Evaluation.load(bytes: bytes, file: "scanned.json", catalog: catalog)
    guard let evaluation = result.value else {
      Issue.record(
        "the scanner read a file the loader refuses (\(comment())): \(result.problems.map { $0.message.text(in: .english) })",
        sourceLocation: sourceLocation)
      return true
    }
    #expect(
      result.problems.isEmpty,
      "the loader warns (\(comment())): \(result.problems.map { $0.message.text(in: .english) })",
      sourceLocation: sourceLocation)
    let expected = PeerGroup.values(
      of: ScoringEngine(rubric: scanner.rubric).score(evaluation),
      areaIDs: scanner.rubric.areas.map(\.id))
    #expect(
      sameBits(figures.values, expected), "\(comment()): \(figures.values) ≠ \(expected)",
      sourceLocation: sourceLocation)
    #expect(
      figures.municipality == evaluation.municipality, "\(comment())",
      sourceLocation: sourceLocation)
    #expect(figures.date == evaluation.date, "\(comment())", sourceLocation: sourceLocation)
    #expect(figures.detail == evaluation.detail, "\(comment())", sourceLocation: sourceLocation)
    #expect(figures.rubricID == evaluation.rubricID, "\(comment())", sourceLocation: sourceLocation)
    return true
  }

  /// Whether two lists of figures are equal bit for bit (NaN where both have no figure).
  static func sameBits(_ a: [Double], _ b: [Double]) -> Bool {
    a.count == b.count
      && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
  }

  // MARK: - Valid files

  @Test("Kumla 2020: the same figures as the full loader")
  func kumla() throws {
    let bytes = [UInt8](try Data(contentsOf: RepositoryFiles.kumla2020))
    let scanner = PeerFigureScanner(rubric: Self.rubric2020)
    #expect(Self.check(bytes, with: scanner, "Kumla"))
    let figures = try #require(scanner.figures(in: bytes))
    #expect(
      figures.municipality
        == Municipality(name: "Kumla kommun", code: MunicipalityCode(rawValue: "1881")!))
    #expect(figures.date == CalendarDate("2020-11"))
    #expect(figures.values.count == 9)
    #expect(DisplayRounding.wholeNumber(figures.values[8]) == 557)
    // With a byte order mark and CRLF line ends too.
    let crlf: [UInt8] =
      [0xEF, 0xBB, 0xBF]
      + bytes.flatMap { byte -> [UInt8] in byte == 0x0A ? [0x0D, 0x0A] : [byte] }
    #expect(Self.check(crlf, with: scanner, "Kumla with BOM and CRLF"))
  }

  @Test("Every fixture evaluation the loader accepts is read the same")
  func fixtures() throws {
    let catalog = try ComparisonFixtures.catalog()
    var read = 0
    for folder in ["peers", "evaluations"] {
      for url in try RepositoryFiles.jsonFiles(
        in: ComparisonFixtures.folder.appendingPathComponent(folder))
      {
        let bytes = [UInt8](try Data(contentsOf: url))
        let loaded = try #require(
          Evaluation.load(bytes: bytes, file: url.lastPathComponent, catalog: catalog).value)
        let rubric = try #require(catalog.rubric(id: loaded.rubricID))
        let scanner = PeerFigureScanner(rubric: rubric)
        let problems = Evaluation.load(bytes: bytes, file: url.lastPathComponent, catalog: catalog)
          .problems
        // Read exactly when the loader has nothing to say (testby-2020 has sub-areas not scored yet).
        #expect(
          Self.check(bytes, with: scanner, catalog: catalog, url.lastPathComponent)
            == problems.isEmpty,
          "\(url.lastPathComponent)")
        read += 1
        // Another rubric's scanner leaves the file to the loader (which warns about the mismatch).
        for other in [Self.rubric2020, Self.rubric2016] where other.id != rubric.id {
          #expect(PeerFigureScanner(rubric: other).figures(in: bytes) == nil)
        }
      }
    }
    #expect(read >= 11)
  }

  @Test(
    "Random evaluations: read exactly when nothing is unusual, with the loader's figures",
    arguments: [
      (
        rubric: "kommunkompassen-2020", areaLevel: false, seed: 1 as UInt64, count: 50,
        unusualRate: 0.0
      ),
      (rubric: "kommunkompassen-2020", areaLevel: false, seed: 2, count: 70, unusualRate: 0.01),
      (rubric: "kommunkompassen-2020", areaLevel: true, seed: 3, count: 80, unusualRate: 0.01),
      (rubric: "kommunkompassen-2016", areaLevel: true, seed: 4, count: 80, unusualRate: 0.01),
    ])
  func randomEvaluations(
    rubric id: String, areaLevel: Bool, seed: UInt64, count: Int, unusualRate: Double
  ) throws {
    let rubric = try #require(RubricCatalog.bundled.rubric(id: id))
    let scanner = PeerFigureScanner(rubric: rubric)
    var random = ScanRandom(seed: seed)
    var unusual = 0
    for index in 0..<count {
      let file = RandomEvaluationFile.make(
        rubric: rubric, areaLevel: areaLevel, unusualRate: unusualRate, using: &random)
      let loaded = Evaluation.load(bytes: file.bytes, file: "random.json")
      #expect(
        loaded.value != nil,
        "file \(index) should be valid: \(loaded.problems.map { $0.message.text(in: .english) })")
      let read = Self.check(file.bytes, with: scanner, "random file \(index)")
      let ordinary = !file.isUnusual && loaded.problems.isEmpty
      #expect(
        read == ordinary,
        "file \(index): read \(read), unusual \(file.isUnusual), \(loaded.problems.count) problems")
      if !ordinary { unusual += 1 }
    }
    if unusualRate > 0 { #expect(unusual > 0, "the unusual cases were exercised") }
  }

  @Test("A peer group built from scanned figures equals one built from loaded evaluations")
  func peerGroupFromFigures() throws {
    let subject = try BenchmarkTests.subject()
    let scanner = PeerFigureScanner(rubric: Self.rubric2020)
    var loaded = PeerGroup(rubric: Self.rubric2020, excluding: subject.municipality.code)
    var scanned = loaded
    // The peers, one of them twice and the subject itself, for the warnings.
    let files =
      BenchmarkTests.peerFiles + ["peers/lillby-2020.json", "evaluations/testby-2020.json"]
    for file in files {
      let bytes = [UInt8](try Data(contentsOf: ComparisonFixtures.url(file)))
      let evaluation = try #require(Evaluation.load(bytes: bytes, file: file).value)
      // As a caller does: the scanner's figures, or the loaded evaluation when it is not sure.
      let added =
        scanner.figures(in: bytes).map { scanned.add($0, file: file) }
        ?? scanned.add(evaluation, file: file)
      #expect(loaded.add(evaluation, file: file) == added)
    }
    #expect(loaded.count == 5)
    #expect(loaded.codes == scanned.codes)
    #expect(loaded.problems == scanned.problems)
    let fromLoaded = loaded.comparison(for: subject, file: "testby-2020.json")
    let fromScanned = scanned.comparison(for: subject, file: "testby-2020.json")
    #expect(fromLoaded.value == fromScanned.value)
    #expect(fromLoaded.problems == fromScanned.problems)
  }

  @Test("Figures of another rubric are left out with a warning")
  func otherRubricFigures() throws {
    var group = PeerGroup(rubric: Self.rubric2020)
    let figures = PeerFigures(
      municipality: Municipality(name: "Testby", code: MunicipalityCode(rawValue: "1899")!),
      date: CalendarDate("2016-05")!, rubricID: "kommunkompassen-2016", detail: .area,
      values: Array(repeating: 50, count: 9))
    let problems = group.add(figures, file: "testby-2016.json")
    #expect(problems.map(\.kind) == [.rubricMismatch])
    #expect(group.count == 0)
  }

  @Test("A rubric with repeated ids gives a scanner that reads nothing")
  func unusableRubric() throws {
    var rubric = Self.rubric2020
    rubric.areas[1].subAreas[0].id = rubric.areas[0].subAreas[0].id
    let bytes = [UInt8](try Data(contentsOf: RepositoryFiles.kumla2020))
    #expect(PeerFigureScanner(rubric: rubric).figures(in: bytes) == nil)
    #expect(PeerFigureScanner(rubric: Self.rubric2020).figures(in: []) == nil)
  }
}
