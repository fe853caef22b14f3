import Foundation
import KompassTestSupport
import Testing

/// Runs `kompass validate` on every file of the malformed corpus (Tests/KommunKompassTests/Malformed):
/// the exit code its manifest lists, never a crash, every problem on standard error with the file,
/// line:column and JSON path, no file written, and the input file's bytes unchanged.
@Suite("kompass validate on the malformed corpus")
struct MalformedCorpusCommandTests {
  /// The part of the corpus manifest these tests need.
  struct Entry: Decodable, Sendable, CustomTestStringConvertible {
    struct Segment: Decodable, Sendable {
      var text: String
      var count: Int
    }

    struct Problem: Decodable, Sendable {
      var path: String
      var kind: String
      var severity: String
      var line: Int?
      var column: Int?
      var message: String
    }

    var file: String
    var type: String
    var about: String
    var generate: [Segment]?
    var validateExitCode: Int32
    var problems: [Problem]

    var fileName: String { URL(fileURLWithPath: file).lastPathComponent }
    var testDescription: String { "\(file): \(about)" }

    func bytes() throws -> Data {
      guard let generate else {
        return try Data(contentsOf: MalformedCorpusCommandTests.folder.appendingPathComponent(file))
      }
      var data = Data()
      for segment in generate {
        let unit = Data(segment.text.utf8)
        data.reserveCapacity(data.count + unit.count * segment.count)
        for _ in 0..<segment.count { data.append(unit) }
      }
      return data
    }
  }

  struct Manifest: Decodable {
    var entries: [Entry]
  }

  static let folder = KompassProcess.packageRoot.appendingPathComponent(
    "Tests/KommunKompassTests/Malformed")

  static let entries: [Entry] = {
    guard let data = try? Data(contentsOf: folder.appendingPathComponent("manifest.json")),
      let manifest = try? JSONDecoder().decode(Manifest.self, from: data)
    else { return [] }
    return manifest.entries
  }()

  @Test("The corpus is there")
  func corpusIsThere() {
    #expect(Self.entries.count >= 40)
  }

  @Test(
    "kompass validate: the listed exit code, no crash, file and path named, nothing written",
    arguments: entries)
  func validate(_ entry: Entry) throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent(entry.fileName)
    let bytes = try entry.bytes()
    try bytes.write(to: input)

    let run = try CrashAwareRun(["validate", "--language", "en", entry.fileName], in: folder)
    #expect(run.reason == .exit, "ended by signal \(run.status)")
    #expect([0, 1, 2].contains(run.status))
    #expect(run.status == entry.validateExitCode, "stderr:\n\(run.standardError)")

    // Every line on standard error names the file, and a problem also its JSON path.
    let name = NSRegularExpression.escapedPattern(for: entry.fileName)
    let problemLine = try NSRegularExpression(
      pattern: "^\(name)(:[0-9]+:[0-9]+)?: (error|warning): [^ ]+: .+$")
    let draftLine = try NSRegularExpression(
      pattern: "^\(name): warning: [0-9]+ sub-areas? (is|are) not scored yet: .+$")
    let lines = run.standardError.split(separator: "\n", omittingEmptySubsequences: false)
      .dropLast().map(String.init)
    for line in lines {
      let range = NSRange(line.startIndex..., in: line)
      #expect(
        problemLine.firstMatch(in: line, range: range) != nil
          || draftLine.firstMatch(in: line, range: range) != nil,
        "\(line)")
    }
    #expect(run.standardError.isEmpty || run.standardError.hasSuffix("\n"))

    // Exactly the manifest's problems, as `file:line:column: severity: path: message`; `validate`
    // recognises rubrics and crosswalks by their keys. The warnings for sub-areas not scored yet are
    // summed up in one line.
    let expected = entry.problems.filter { $0.kind != "notScoredYet" }.map { problem in
      let place = problem.line.map { ":\($0):\(problem.column ?? 0)" } ?? ""
      return "\(entry.fileName)\(place): \(problem.severity): \(problem.path): \(problem.message)"
    }
    let unscored = entry.problems.count - expected.count
    #expect(lines.filter { !$0.contains("not scored yet") } == expected)
    #expect(lines.filter { $0.contains("not scored yet") }.count == (unscored > 0 ? 1 : 0))
    if entry.validateExitCode == 0 {
      #expect(run.standardOutput.hasPrefix("\(entry.fileName): valid"))
    } else {
      #expect(run.standardOutput.isEmpty)
    }

    // Nothing written next to the input (no output, no temporary file), and the input unchanged.
    let after = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(after == [entry.fileName])
    #expect(try Data(contentsOf: input) == bytes)
  }
}

/// A run of `kompass` that also says whether the process exited or was ended by a signal (a crash).
struct CrashAwareRun {
  var standardOutput: String
  var standardError: String
  var status: Int32
  var reason: Process.TerminationReason

  init(_ arguments: [String], in folder: URL) throws {
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment["COLUMNS"] = "100"
    let run = try ChildProcess(
      executable: KompassProcess.productsFolder.appendingPathComponent("kompass"),
      arguments: arguments,
      folder: folder, environment: environment
    ).run()
    standardOutput = run.outputText
    standardError = run.errorText
    status = run.status
    reason = run.reason
  }
}
