import Foundation

/// Paths to the repository's own data folders, found from this source file's location.
enum RepositoryFiles {
  /// The package's root folder.
  static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // KommunKompassTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// The `Rubrics/` folder.
  static let rubrics = root.appendingPathComponent("Rubrics")

  /// The `Evaluations/` folder.
  static let evaluations = root.appendingPathComponent("Evaluations")

  /// The Kumla 2020 evaluation.
  static let kumla2020 = evaluations.appendingPathComponent("kumla-2020.json")

  /// The JSON files directly inside a folder, excluding JSON Schema files, sorted by name.
  static func jsonFiles(in folder: URL) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "json" && !$0.lastPathComponent.hasSuffix(".schema.json") }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
  }
}
