import Foundation
import Testing

@testable import KommunKompass

/// The hand-written files of `Tests/KommunKompassTests/Fixtures/`. Every municipality in them is
/// made up (Testby kommun, 1899, and its neighbours 1894–1898, codes Örebro län does not use), and
/// so are all figures.
enum ComparisonFixtures {
  /// The fixtures folder.
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Comparison
    .deletingLastPathComponent()  // KommunKompassTests
    .appendingPathComponent("Fixtures")

  /// A fixture file's URL, for example `evaluations/testby-2020.json`.
  static func url(_ path: String) -> URL {
    folder.appendingPathComponent(path)
  }

  /// The bundled rubrics plus the made-up test rubrics A, B and C.
  static func catalog() throws -> RubricCatalog {
    let rubrics = try [
      "rubrics/testrubrik-a.json", "rubrics/testrubrik-b.json", "rubrics/testrubrik-c.json",
    ].map { path in
      try require(
        Rubric.load(contentsOf: url(path), displayName: path).value, "\(path) does not load")
    }
    return RubricCatalog.bundled.adding(rubrics)
  }

  /// The made-up crosswalk from test rubric A to B.
  static func testCrosswalk() throws -> Crosswalk {
    let path = "crosswalks/testrubrik-a-to-b.json"
    let result = Crosswalk.load(contentsOf: url(path), displayName: path, catalog: try catalog())
    guard result.problems.isEmpty, let crosswalk = result.value else {
      throw RequirementFailure(message: "\(path): \(result.problems)")
    }
    return crosswalk
  }

  /// A fixture evaluation that must load without errors, named by its path.
  static func evaluation(_ path: String, catalog: RubricCatalog = .bundled) throws
    -> NamedEvaluation
  {
    let result = Evaluation.load(contentsOf: url(path), displayName: path, catalog: catalog)
    guard let evaluation = result.value else {
      throw RequirementFailure(message: "\(path): \(result.problems)")
    }
    return NamedEvaluation(file: path, evaluation: evaluation)
  }

  /// The bytes of a fixture after an edit of its parsed JSON object.
  static func mutated(_ path: String, _ edit: (inout [String: Any]) -> Void) throws -> [UInt8] {
    var object = try require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: url(path))) as? [String: Any],
      "\(path) is no object")
    edit(&object)
    return [UInt8](
      try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]))
  }

  /// The bytes of a fixture with one text replaced.
  static func replacing(_ path: String, _ target: String, with replacement: String) throws
    -> [UInt8]
  {
    let text = String(decoding: try Data(contentsOf: url(path)), as: UTF8.self)
    let range = try require(text.range(of: target), "\(path) has no \(target)")
    return Array(text.replacingCharacters(in: range, with: replacement).utf8)
  }
}

/// A problem as tests compare it: path, kind and English message.
struct ExpectedProblem: Sendable, Hashable, CustomStringConvertible {
  var path: String
  var kind: Problem.Kind
  var message: String
  var description: String { "\(path) [\(kind)]: \(message)" }

  init(_ path: String, _ kind: Problem.Kind, _ message: String) {
    self.path = path
    self.kind = kind
    self.message = message
  }

  init(_ problem: Problem) {
    self.init(problem.path.description, problem.kind, problem.message.english ?? "")
  }
}

/// Two figures equal up to floating-point noise.
func isClose(_ a: Double?, _ b: Double, within tolerance: Double = 1e-6) -> Bool {
  guard let a else { return false }
  return abs(a - b) <= tolerance
}
