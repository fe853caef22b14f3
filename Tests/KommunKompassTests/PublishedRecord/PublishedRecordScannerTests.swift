import Foundation
import Testing

@testable import KommunKompass

/// The fast peer scanner follows the published-record rules: it reads a file only when the loader
/// reports nothing and reads the same figures; otherwise it hands the file to the loader.
@Suite("Peer scanner and loader agree on the published-record rules")
struct PublishedRecordScannerTests {
  static let scanner2020 = PeerFigureScanner(rubric: PeerFigureScannerTests.rubric2020)

  /// Whether the scanner reads the file, and whether the loader accepts it with no problem at all.
  static func outcome(_ bytes: [UInt8], scanner: PeerFigureScanner = scanner2020) -> (
    scanned: Bool, silent: Bool, loaded: Bool
  ) {
    let result = Evaluation.load(bytes: bytes, file: "t.json")
    return (scanner.figures(in: bytes) != nil, result.problems.isEmpty, result.value != nil)
  }

  @Test(
    "Year-only dates: read by both, to the same figures",
    arguments: ["2020", "2031", "2019"])
  func yearOnly(date: String) throws {
    let bytes = try KumlaMutation.text("\"date\": \"2020-11\"", "\"date\": \"\(date)\"").apply()
    #expect(PeerFigureScannerTests.check(bytes, with: Self.scanner2020, date))
    #expect(Self.scanner2020.figures(in: bytes)?.date.description == date)
  }

  @Test(
    "A date outside the rubric's period: the loader warns, the scanner hands the file over",
    arguments: ["2018", "2018-12-31", "2005-06"])
  func outsidePeriod(date: String) throws {
    let bytes = try KumlaMutation.text("\"date\": \"2020-11\"", "\"date\": \"\(date)\"").apply()
    let outcome = Self.outcome(bytes)
    #expect(!outcome.scanned && outcome.loaded && !outcome.silent)
    let problems = Evaluation.load(bytes: bytes, file: "t.json").problems
    #expect(problems.map(\.kind) == [.dateOutsideRubricPeriod])
  }

  @Test("An area-level file of the 2016 revision dated 2019 is read; one dated 2020 is not")
  func period2016() throws {
    let scanner = PeerFigureScanner(rubric: PeerFigureScannerTests.rubric2016)
    let within = Revision2010Tests.areaLevel(rubric: "kommunkompassen-2016", date: "2019")
    #expect(PeerFigureScannerTests.check(Array(within.utf8), with: scanner, "2019"))
    let after = Revision2010Tests.areaLevel(rubric: "kommunkompassen-2016", date: "2020")
    let outcome = Self.outcome(Array(after.utf8), scanner: scanner)
    #expect(!outcome.scanned && outcome.loaded && !outcome.silent)
  }

  @Test(
    "Totals-only files are handed to the loader, which reads them",
    arguments: [
      "hoganas-2020-12.json", "hoganas-2023-02.json", "tomelilla-2020-11.json",
      "tomelilla-2023.json", "mark-2022.json", "mark-2024.json",
    ])
  func totalsOnly(name: String) throws {
    let bytes = [UInt8](
      try Data(contentsOf: RepositoryFiles.evaluations.appendingPathComponent(name)))
    let outcome = Self.outcome(bytes)
    #expect(!outcome.scanned && outcome.loaded && outcome.silent)
  }

  @Test("Top-level points in a sub-area file: the loader refuses, the scanner hands it over")
  func pointsAtTheTop() throws {
    for key in ["\"points\": 557", "\"notAssessed\": \"okänt\"", "\"detail\": \"total\""] {
      let bytes = try KumlaMutation.text("\"kind\": \"external\"", "\"kind\": \"external\", \(key)")
        .apply()
      let outcome = Self.outcome(bytes)
      #expect(!outcome.scanned && !outcome.loaded, "\(key)")
    }
  }

  @Test(
    "Published totals: the scanner reads only a total that rounds like the sum (Kumla: 557.35)",
    arguments: [(557.0, true), (557.4, true), (556.9, true), (556, false), (558, false)])
  func publishedTotal(total: Double, read: Bool) throws {
    let bytes = try KumlaMutation.json { $0["publishedTotal"] = total }.apply()
    let outcome = Self.outcome(bytes)
    #expect(outcome.scanned == read && outcome.silent == read && outcome.loaded)
    if !read {
      let problems = Evaluation.load(bytes: bytes, file: "t.json").problems
      #expect(problems.map(\.severity) == [.note])
    }
  }
}
