import Foundation
import Testing

/// Files `kompass` writes go through a temporary file and a rename, so an existing output file is
/// never truncated or half-written when a command fails, no temporary file is left behind, and the
/// files a command reads are never changed.
@Suite("Output files are never lost, input files never change")
struct OutputSafetyTests {
  static let kumla = KompassProcess.packageRoot.appendingPathComponent(
    "Evaluations/kumla-2020.json")
  static let testby = KompassProcess.packageRoot.appendingPathComponent(
    "Tests/kompassTests/Fixtures/evaluations")
  static let existingText = "Nivå;Område\nfinns redan;får inte försvinna\n"

  /// A folder with a copy of Kumla 2020, two broken copies, two Testby evaluations, an existing
  /// output file and an empty folder.
  static func workspace() throws -> URL {
    let folder = try KompassProcess.temporaryFolder()
    let kumla = try String(contentsOf: kumla, encoding: .utf8)
    try kumla.write(
      to: folder.appendingPathComponent("kumla.json"), atomically: false, encoding: .utf8)
    try kumla.replacingOccurrences(of: "\"points\": 4.8,", with: "\"points\": 12,")
      .write(to: folder.appendingPathComponent("broken.json"), atomically: false, encoding: .utf8)
    try String(kumla.prefix(kumla.count / 2))
      .write(
        to: folder.appendingPathComponent("truncated.json"), atomically: false, encoding: .utf8)
    for year in ["2018", "2020"] {
      try FileManager.default.copyItem(
        at: testby.appendingPathComponent("testby-\(year).json"),
        to: folder.appendingPathComponent("testby-\(year).json"))
    }
    try existingText.write(
      to: folder.appendingPathComponent("existing.csv"), atomically: false, encoding: .utf8)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("existing-folder"), withIntermediateDirectories: false)
    return folder
  }

  /// Every file and folder below `folder` (hidden ones included) with its contents.
  static func snapshot(_ folder: URL) throws -> [String: Data?] {
    var result: [String: Data?] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else {
      return result
    }
    for case let path as String in enumerator {
      var isDirectory: ObjCBool = false
      let url = folder.appendingPathComponent(path)
      _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
      result[path] = isDirectory.boolValue ? nil : try Data(contentsOf: url)
    }
    return result
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var exitCode: Int32
    var testDescription: String { "kompass " + arguments.joined(separator: " ") }
  }

  @Test(
    "A failing command leaves every file as it was: the existing output, the inputs, no temporary file",
    arguments: [
      Case(
        arguments: ["score", "--format", "csv", "--output", "existing.csv", "broken.json"],
        exitCode: 1),
      Case(arguments: ["score", "--output", "existing.csv", "truncated.json"], exitCode: 1),
      Case(arguments: ["score", "--output", "existing.csv", "no-such-file.json"], exitCode: 1),
      Case(
        arguments: ["score", "--format", "pdf", "--output", "existing.csv", "kumla.json"],
        exitCode: 2),
      Case(arguments: ["score", "--output", "existing-folder", "kumla.json"], exitCode: 1),
      Case(
        arguments: ["score", "--output", "no-such-folder/kumla.csv", "kumla.json"], exitCode: 1),
      Case(
        arguments: ["profile", "--format", "markdown", "--output", "existing.csv", "broken.json"],
        exitCode: 1),
      Case(arguments: ["report", "--output", "existing.csv", "broken.json"], exitCode: 1),
      Case(
        arguments: [
          "report", "--format", "markdown", "--output", "existing.csv", "truncated.json",
        ], exitCode: 1),
      Case(
        arguments: ["compare", "--output", "existing.csv", "testby-2018.json", "broken.json"],
        exitCode: 1),
      Case(
        arguments: ["compare", "--output", "existing.csv", "testby-2018.json", "kumla.json"],
        exitCode: 1),
      Case(
        arguments: [
          "init", "--from", "broken.json", "--date", "2026-03-01", "--output", "existing.csv",
          "--force",
        ], exitCode: 1),
      Case(
        arguments: [
          "init", "--municipality", "Kumla kommun", "--code", "1881", "--date", "2026-03-01",
          "--output", "existing.csv",
        ],
        exitCode: 1),
    ])
  func failureChangesNothing(_ testCase: Case) throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let before = try Self.snapshot(folder)
    let run = try CrashAwareRun(testCase.arguments, in: folder)
    #expect(run.reason == .exit)
    #expect(run.status == testCase.exitCode, "stderr: \(run.standardError)")
    #expect(!run.standardError.isEmpty)
    let after = try Self.snapshot(folder)
    #expect(after.keys.sorted() == before.keys.sorted(), "no file appears or disappears")
    #expect(after == before, "no file changes")
    #expect(
      try String(contentsOf: folder.appendingPathComponent("existing.csv"), encoding: .utf8)
        == Self.existingText)
  }

  @Test(
    "A successful command changes none of its inputs and writes only its output",
    arguments: [
      (["validate", "kumla.json", "testby-2018.json"], [String]()),
      (["score", "kumla.json"], []),
      (["score", "--format", "json", "kumla.json"], []),
      (["score", "--format", "csv", "--output", "kumla.csv", "kumla.json"], ["kumla.csv"]),
      (
        ["score", "--format", "markdown", "--output", "existing.csv", "kumla.json"],
        ["existing.csv"]
      ),
      (["profile", "kumla.json"], []),
      (
        [
          "profile", "--format", "csv", "--csv-dialect", "rfc4180", "--output", "profile.csv",
          "kumla.json",
        ], ["profile.csv"]
      ),
      (["report", "--output", "kumla.html", "kumla.json"], ["kumla.html"]),
      (["report", "--format", "markdown", "--output", "kumla.md", "kumla.json"], ["kumla.md"]),
      (["compare", "testby-2018.json", "testby-2020.json"], []),
      (
        [
          "compare", "--format", "csv", "--output", "testby.csv", "testby-2018.json",
          "testby-2020.json",
        ], ["testby.csv"]
      ),
      (["init", "--from", "kumla.json", "--date", "2026-03-01"], ["kumla-2026-03-01.json"]),
      (["rubric", "kommunkompassen-2020"], []),
    ] as [([String], [String])])
  func successChangesOnlyTheOutput(_ arguments: [String], _ outputs: [String]) throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let before = try Self.snapshot(folder)
    let run = try CrashAwareRun(arguments, in: folder)
    #expect(run.reason == .exit)
    #expect(run.status == 0, "stderr: \(run.standardError)")
    let after = try Self.snapshot(folder)
    #expect(
      Set(after.keys) == Set(before.keys).union(outputs),
      "only the output appears; no temporary file")
    for (path, contents) in before where !outputs.contains(path) {
      #expect(after[path] == contents, "\(path) changed")
    }
    for output in outputs {
      let written = try #require(after[output] ?? nil)
      #expect(!written.isEmpty)
      #expect(written != before[output] ?? nil)
    }
  }
}
