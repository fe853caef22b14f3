import Foundation
import Testing

@testable import KommunKompass

/// The corpus of malformed and unusual files in `Tests/KommunKompassTests/Malformed/`, described by
/// its `manifest.json`: for every file, every problem the library must report.
struct MalformedCorpus: Decodable {
  /// One file of the corpus and what loading it must give.
  struct Entry: Decodable, Sendable, CustomTestStringConvertible {
    /// What a file is loaded as.
    enum FileType: String, Decodable, Sendable {
      case evaluation, rubric, crosswalk, plan
    }

    /// A piece of a generated file: a text repeated a number of times.
    struct Segment: Decodable, Sendable {
      var text: String
      var count: Int
    }

    /// The file's path inside `Malformed/`; for a generated file, the name it is given.
    var file: String
    var type: FileType
    /// What is unusual about the file.
    var about: String
    /// For files built at test time instead of being stored (10 MiB of white space, deep nesting).
    var generate: [Segment]?
    /// The exit code of `kompass validate --language en FILE`.
    var validateExitCode: Int32
    /// Every problem, in the order the library reports them.
    var problems: [ExpectedProblem]

    /// The file's name as problems name it.
    var fileName: String { URL(fileURLWithPath: file).lastPathComponent }

    var testDescription: String { "\(file): \(about)" }

    /// The file's bytes, read or generated.
    func bytes() throws -> [UInt8] {
      if let generate {
        var bytes: [UInt8] = []
        for segment in generate {
          let unit = Array(segment.text.utf8)
          bytes.reserveCapacity(bytes.count + unit.count * segment.count)
          for _ in 0..<segment.count { bytes.append(contentsOf: unit) }
        }
        return bytes
      }
      return [UInt8](try Data(contentsOf: MalformedCorpus.folder.appendingPathComponent(file)))
    }
  }

  /// A problem as the manifest lists it.
  struct ExpectedProblem: Codable, Hashable, Sendable, CustomStringConvertible {
    var path: String
    var kind: String
    var severity: String
    var line: Int?
    var column: Int?
    var message: String

    init(path: String, kind: String, severity: String, line: Int?, column: Int?, message: String) {
      self.path = path
      self.kind = kind
      self.severity = severity
      self.line = line
      self.column = column
      self.message = message
    }

    /// The problem as reported, in the manifest's terms (English message).
    init(_ problem: Problem) {
      self.init(
        path: problem.path.description, kind: problem.kind.rawValue,
        severity: problem.severity.rawValue,
        line: problem.location?.line, column: problem.location?.column,
        message: problem.message.english ?? "")
    }

    var description: String {
      let place = line.map { ":\($0):\(column ?? 0)" } ?? ""
      return "\(place) \(severity) \(path) [\(kind)]: \(message)"
    }
  }

  var entries: [Entry]

  /// The corpus folder.
  static let folder = RepositoryFiles.root.appendingPathComponent(
    "Tests/KommunKompassTests/Malformed")

  /// The manifest, read from the corpus folder.
  static func load() throws -> MalformedCorpus {
    let data = try Data(contentsOf: folder.appendingPathComponent("manifest.json"))
    return try JSONDecoder().decode(MalformedCorpus.self, from: data)
  }

  /// The entries, or none when the manifest cannot be read (a test then fails on that).
  static let entries: [Entry] = (try? load().entries) ?? []
}
