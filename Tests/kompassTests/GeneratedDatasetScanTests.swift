import Foundation
import KommunKompass
import Testing

/// The fast peer path reads the files `kompass generate` writes, so benchmarks measure the scanner,
/// not a silent fallback to the full loader.
@Suite("Generated datasets are read by the peer scanner")
struct GeneratedDatasetScanTests {
  @Test("Every generated file is read by the scanner, with the loader's figures")
  func scannerReadsGeneratedFiles() throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dataset = folder.appendingPathComponent("dataset")
    let run = try KompassProcess.run([
      "generate", "--municipalities", "4", "--evaluations", "3", "--seed", "1", "--output",
      dataset.path,
    ])
    #expect(run.exitCode == 0, "\(run.standardError)")
    let rubric = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2020"))
    let scanner = PeerFigureScanner(rubric: rubric)
    let files = try FileManager.default.contentsOfDirectory(atPath: dataset.path).filter {
      $0.hasSuffix(".json")
    }
    #expect(files.count == 12)
    for name in files {
      let bytes = [UInt8](try Data(contentsOf: dataset.appendingPathComponent(name)))
      let loaded = Evaluation.load(bytes: bytes, file: name)
      #expect(loaded.problems.isEmpty, "\(name): \(loaded.problems.map { $0.formatted() })")
      // Made-up municipalities, some with real codes: marked, so the register does not check them.
      #expect(loaded.value?.municipality.isFictitious == true, "\(name)")
      let figures = scanner.figures(in: bytes)
      #expect(figures != nil, "\(name) is left to the full loader")
      #expect(figures?.municipality.isFictitious == true, "\(name)")
    }
  }
}
