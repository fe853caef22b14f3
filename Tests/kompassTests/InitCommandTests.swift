import Foundation
import Testing

@testable import KommunKompass

@Suite("kompass init")
struct InitCommandTests {
  @Test("Writes a draft with every sub-area, guidance and a $schema reference, which validates")
  func blankEvaluation() throws {
    let folder = try KompassProcess.temporaryFolder()
    let result = try KompassProcess.run(
      ["init", "--municipality", "Kumla kommun", "--code", "1881", "--date", "2026-03-01"],
      in: folder)
    #expect(result.exitCode == 0, "\(result.standardError)")
    let file = folder.appendingPathComponent("kumla-2026-03-01.json")
    let loaded = Evaluation.load(contentsOf: file)
    #expect(loaded.errors.isEmpty, "\(loaded.errors)")
    let evaluation = try #require(loaded.value)
    let rubric = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2020"))
    #expect(evaluation.areas.map(\.id) == rubric.areas.map(\.id))
    #expect(
      evaluation.areas.flatMap { $0.subAreas.map(\.id) }
        == rubric.areas.flatMap { $0.subAreas.map(\.id) })
    #expect(
      evaluation.areas.flatMap(\.subAreas).allSatisfy {
        $0.assessment == .pending && !$0.guidance.isEmpty
      })
    #expect(loaded.warnings.count == 35)
    #expect(evaluation.municipality.code.rawValue == "1881")
    #expect(evaluation.date.description == "2026-03-01")
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(!text.contains("\"$schema\""), "no schema is reachable from a temporary folder")
    // No temporary files are left behind.
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["kumla-2026-03-01.json"])
  }

  @Test("Inside the repository the file refers to Evaluations/evaluation.schema.json")
  func schemaReference() throws {
    let folder = KompassProcess.packageRoot.appendingPathComponent(
      ".build/init-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try KompassProcess.run(
      [
        "init", "--municipality", "Kumla kommun", "--code", "1881", "--date", "2026-03-01",
        "--output", "ny.json",
      ],
      in: folder)
    #expect(result.exitCode == 0, "\(result.standardError)")
    let text = try String(contentsOf: folder.appendingPathComponent("ny.json"), encoding: .utf8)
    #expect(
      text.hasPrefix(
        "{\n  \"$schema\": \"../../Evaluations/evaluation.schema.json\",\n  \"formatVersion\": 1,\n"
      ))
  }

  @Test("Refuses to overwrite an existing file, and leaves it untouched")
  func refusesToOverwrite() throws {
    let folder = try KompassProcess.temporaryFolder()
    let file = folder.appendingPathComponent("kumla.json")
    try "mina anteckningar".write(to: file, atomically: true, encoding: .utf8)
    let arguments = [
      "init", "--municipality", "Kumla kommun", "--code", "1881", "--date", "2026-03-01",
      "--output", "kumla.json",
    ]
    let refused = try KompassProcess.run(arguments, in: folder)
    #expect(refused.exitCode == 1)
    #expect(
      refused.standardError == "kumla.json: filen finns redan; använd --force för att ersätta den\n"
    )
    #expect(try String(contentsOf: file, encoding: .utf8) == "mina anteckningar")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["kumla.json"])

    let forced = try KompassProcess.run(arguments + ["--force"], in: folder)
    #expect(forced.exitCode == 0)
    #expect(Evaluation.load(contentsOf: file).value != nil)
  }

  @Test("--from starts the next evaluation: points cleared, findings and strengths carried over")
  func fromPrevious() throws {
    let folder = try KompassProcess.temporaryFolder()
    let previousURL = KompassProcess.packageRoot.appendingPathComponent(
      "Evaluations/kumla-2020.json")
    let result = try KompassProcess.run(
      ["init", "--from", previousURL.path, "--date", "2026-03-01", "--output", "kumla-2026.json"],
      in: folder)
    #expect(result.exitCode == 0, "\(result.standardError)")
    let previous = try #require(Evaluation.load(contentsOf: previousURL).value)
    let next = try #require(
      Evaluation.load(contentsOf: folder.appendingPathComponent("kumla-2026.json")).value)
    #expect(next.municipality == previous.municipality)
    #expect(next.date.description == "2026-03-01")
    #expect(next.summary.isEmpty && next.goodExamples.isEmpty)
    for (area, earlier) in zip(next.areas, previous.areas) {
      #expect(area.strengths.isEmpty && area.improvements.isEmpty)
      #expect(area.previousStrengths == earlier.strengths)
      #expect(area.previousImprovements == earlier.improvements)
      for (subArea, earlierSubArea) in zip(area.subAreas, earlier.subAreas) {
        #expect(subArea.assessment == .pending)
        #expect(subArea.findings.map(\.text) == earlierSubArea.findings.map(\.text))
        #expect(
          subArea.findings.allSatisfy {
            $0.carriedOverFrom?.description == "2020-11" && $0.date != nil
          })
      }
    }
  }
}
