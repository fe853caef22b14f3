import Foundation
import Testing

@testable import KommunKompass

@Suite("Telling data files apart")
struct DataFileKindTests {
  @Test(
    "Each bundled and fixture file is recognised by its keys",
    arguments: [
      ("Evaluations/kumla-2020.json", DataFileKind.evaluation),
      ("Rubrics/kommunkompassen-2020.json", .rubric),
      ("Rubrics/kommunkompassen-2016.json", .rubric),
      ("Rubrics/crosswalks/kommunkompassen-2016-to-2020.json", .crosswalk),
      ("Tests/KommunKompassTests/Fixtures/profiles/testsnitt-2020.json", .referenceProfile),
      ("Tests/KommunKompassTests/Fixtures/profiles/testby-mal-2024.json", .targetProfile),
      ("Tests/KommunKompassTests/Fixtures/evaluations/testby-2022-area.json", .evaluation),
    ])
  func bundledFiles(_ path: String, _ kind: DataFileKind) throws {
    let bytes = [UInt8](try Data(contentsOf: RepositoryFiles.root.appendingPathComponent(path)))
    #expect(DataFileKind.detect(in: bytes) == kind)
  }

  @Test(
    "Anything unclear is read as an evaluation, so its problems are an evaluation's",
    arguments: ["", "[1, 2]", "{", "{\"rubric\": \"kommunkompassen-2020\"}", "{\"areas\": []}"])
  func unclearIsEvaluation(_ text: String) {
    #expect(DataFileKind.detect(in: Array(text.utf8)) == .evaluation)
  }

  @Test(
    "Project data is recognised, so that it is never replaced without asking",
    arguments: [
      ("Evaluations/kumla-2020.json", DataFileKind.evaluation),
      ("Rubrics/kommunkompassen-2020.json", .rubric),
      ("Rubrics/crosswalks/kommunkompassen-2016-to-2020.json", .crosswalk),
      ("Tests/KommunKompassTests/Fixtures/profiles/testsnitt-2020.json", .referenceProfile),
      ("Tests/KommunKompassTests/Fixtures/profiles/testby-mal-2024.json", .targetProfile),
      ("Tests/kompassTests/Fixtures/plans/testby-plan-2018.json", .actionPlan),
    ])
  func projectDataIsRecognised(_ path: String, _ kind: DataFileKind) throws {
    let bytes = [UInt8](try Data(contentsOf: RepositoryFiles.root.appendingPathComponent(path)))
    #expect(DataFileKind.recognised(in: bytes) == kind)
  }

  @Test(
    "An unfinished evaluation counts as project data",
    arguments: [
      "{\"rubric\": \"kommunkompassen-2020\"}", "{\"areas\": []}", "\u{FEFF}  {\"municipality\": ",
      "{",
    ])
  func unfinishedIsData(_ text: String) {
    #expect(DataFileKind.recognised(in: Array(text.utf8)) == .evaluation)
  }

  @Test(
    "Exports, other JSON and other text are not project data",
    arguments: [
      "", "Nivå;Område\n", "<!doctype html>", "# Kumla\n", "[1, 2]", "{}", "{\"name\": \"x\"}",
      "{\"formatVersion\": 1, \"language\": \"sv\", \"municipality\": {\"name\": \"Kumla kommun\"}}",
      "{\"formatVersion\": 1, \"comparison\": \"peers\", \"rubric\": {\"id\": \"x\"}}",
      "{\"municipality\": {\"name\": \"Testby kommun\"}, \"asOf\": \"2020-11\", \"actions\": []}",
    ])
  func othersAreNotData(_ text: String) {
    #expect(DataFileKind.recognised(in: Array(text.utf8)) == nil)
  }

  @Test(
    "The JSON exports of score, profile and compare are not project data",
    arguments: [
      "score.sv.json", "score.en.json", "compare-time.sv.json", "compare-peers.sv.json",
      "compare-target.sv.json",
    ])
  func exportsAreNotData(_ name: String) throws {
    let url = RepositoryFiles.root.appendingPathComponent("Tests/kompassTests/Snapshots/\(name)")
    #expect(DataFileKind.recognised(in: [UInt8](try Data(contentsOf: url))) == nil)
  }
}
