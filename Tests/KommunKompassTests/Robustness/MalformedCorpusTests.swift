import Foundation
import Testing

@testable import KommunKompass

/// Bad input never crashes and never loses data: every file of the malformed corpus gives exactly the
/// problems its manifest lists, with file, JSON path, kind, line and column, and never a value together
/// with an error.
@Suite("Malformed corpus")
struct MalformedCorpusTests {
  @Test("The manifest lists every corpus file, and at least 40 entries")
  func manifestIsComplete() throws {
    let corpus = try MalformedCorpus.load()
    #expect(corpus.entries.count >= 40)
    let listed = Set(corpus.entries.filter { $0.generate == nil }.map(\.file))
    #expect(
      listed.count == corpus.entries.filter { $0.generate == nil }.count, "a file is listed twice")
    var stored: Set<String> = []
    for folder in ["evaluations", "rubrics", "crosswalks", "plans"] {
      let url = MalformedCorpus.folder.appendingPathComponent(folder)
      for name in try FileManager.default.contentsOfDirectory(atPath: url.path) {
        stored.insert("\(folder)/\(name)")
      }
    }
    #expect(stored.subtracting(listed).sorted() == [], "files missing from manifest.json")
    #expect(listed.subtracting(stored).sorted() == [], "manifest entries without a file")
    for entry in corpus.entries {
      #expect(entry.validateExitCode == (entry.hasErrors ? 1 : 0), "\(entry.file)")
    }
  }

  @Test(
    "A corpus file gives exactly the problems its manifest lists",
    arguments: MalformedCorpus.entries)
  func expectedProblems(_ entry: MalformedCorpus.Entry) throws {
    let bytes = try entry.bytes()
    let name = entry.fileName
    let problems: [Problem]
    let loaded: Bool
    switch entry.type {
    case .evaluation:
      let result = Evaluation.load(bytes: bytes, file: name)
      (problems, loaded) = (result.problems, result.value != nil)
      if let evaluation = result.value {
        try checkScoring(evaluation)
      }
    case .rubric:
      let result = Rubric.load(bytes: bytes, file: name)
      (problems, loaded) = (result.problems, result.value != nil)
    case .crosswalk:
      let result = Crosswalk.load(bytes: bytes, file: name)
      (problems, loaded) = (result.problems, result.value != nil)
    case .plan:
      let result = ActionPlan.load(bytes: bytes, file: name)
      (problems, loaded) = (result.problems, result.value != nil)
    }
    let reported = problems.map(MalformedCorpus.ExpectedProblem.init)
    #expect(
      reported == entry.problems,
      "reported:\n\(reported.map(\.description).joined(separator: "\n"))")
    #expect(loaded == !entry.hasErrors, "a value exactly when there is no error")
    #expect(problems.allSatisfy { $0.file == name }, "every problem names the file")
    #expect(
      problems.allSatisfy {
        !$0.message.swedish.isEmpty && $0.message.swedish != $0.message.english
      })
  }

  /// A loaded evaluation scores without trouble, every figure within its bounds.
  private func checkScoring(_ evaluation: Evaluation) throws {
    let rubric = try #require(RubricCatalog.bundled.rubric(id: evaluation.rubricID))
    let scorecard = ScoringEngine(rubric: rubric).score(evaluation)
    let scores =
      [scorecard.total] + scorecard.areas.map(\.score)
      + scorecard.areas.flatMap(\.subAreas).map(\.score)
    for score in scores {
      #expect(
        score.points.isFinite && score.points >= 0 && score.points <= score.assessedMaxPoints + 1e-9
      )
      if let percent = score.displayPercent { #expect((0...100).contains(percent)) }
    }
  }
}

extension MalformedCorpus.Entry {
  /// Whether the manifest lists an error for the file.
  var hasErrors: Bool { problems.contains { $0.severity == "error" } }
}
