import Foundation
import Testing

/// Golden files of a test target, kept in its `Snapshots/` folder.
///
/// A missing golden file is recorded and the test fails, so nothing is recorded by accident; set
/// `KOMPASS_RECORD_SNAPSHOTS=1` to re-record all of them, then read every changed file before
/// committing it.
public struct Snapshot: Sendable {
  /// The folder with the golden files.
  public let folder: URL

  /// Golden files in the `Snapshots/` folder beside the test source file calling this.
  public init(testFile: String = #filePath) {
    var folder = URL(fileURLWithPath: testFile).deletingLastPathComponent()
    while folder.path != "/",
      !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Snapshots").path)
    {
      folder = folder.deletingLastPathComponent()
    }
    self.folder = folder.appendingPathComponent("Snapshots")
  }

  /// Compares text byte for byte with the golden file `name`.
  public func assertMatches(
    _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = folder.appendingPathComponent(name)
    let recording = ProcessInfo.processInfo.environment["KOMPASS_RECORD_SNAPSHOTS"] == "1"
    guard !recording, let expected = try? Data(contentsOf: url) else {
      try Data(text.utf8).write(to: url)
      Issue.record(
        "Recorded golden file \(name); read it, then run the tests again.",
        sourceLocation: sourceLocation)
      return
    }
    let actual = Data(text.utf8)
    if actual != expected {
      let expectedText = String(decoding: expected, as: UTF8.self)
      let firstDifference = zip(
        expectedText.split(separator: "\n", omittingEmptySubsequences: false),
        text.split(separator: "\n", omittingEmptySubsequences: false)
      ).enumerated().first { $0.element.0 != $0.element.1 }
      let detail =
        firstDifference.map {
          "line \($0.offset + 1):\n  expected: \($0.element.0)\n  actual:   \($0.element.1)"
        } ?? "lengths differ (\(expected.count) vs \(actual.count) bytes)"
      Issue.record(
        "Output differs from golden file \(name): \(detail)", sourceLocation: sourceLocation)
    }
  }

  /// Compares text byte for byte with the golden file `name` in the `Snapshots/` folder of the
  /// test target whose source file calls this.
  public static func assertMatches(
    _ text: String, named name: String, testFile: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try Snapshot(testFile: testFile).assertMatches(
      text, named: name, sourceLocation: sourceLocation)
  }
}
