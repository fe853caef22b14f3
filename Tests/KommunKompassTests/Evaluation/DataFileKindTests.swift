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
}
