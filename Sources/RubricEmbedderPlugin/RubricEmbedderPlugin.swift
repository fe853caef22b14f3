import Foundation
import PackagePlugin

/// Embeds every rubric file of the package's `Rubrics/` folder, and every crosswalk file of
/// `Rubrics/crosswalks/`, into the target that uses the plugin.
///
/// The JSON files in `Rubrics/` are the single source of truth for the bundled rubrics and
/// crosswalks. This plugin runs the `rubric-embedder` tool, which writes a Swift file carrying their
/// bytes, so apps that link the library get them without any file path and nobody maintains a
/// second copy by hand.
@main
struct RubricEmbedderPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let rubricsFolder = context.package.directoryURL.appendingPathComponent("Rubrics", isDirectory: true)
    let rubricFiles = try jsonFiles(in: rubricsFolder)
    let crosswalksFolder = rubricsFolder.appendingPathComponent("crosswalks", isDirectory: true)
    let crosswalkFiles =
      FileManager.default.fileExists(atPath: crosswalksFolder.path) ? try jsonFiles(in: crosswalksFolder) : []
    let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedRubricFiles.swift")
    return [
      .buildCommand(
        displayName:
          "Embedding \(rubricFiles.count) rubric file(s) from Rubrics/ and \(crosswalkFiles.count) from Rubrics/crosswalks/",
        executable: try context.tool(named: "rubric-embedder").url,
        arguments: [output.path] + rubricFiles.map(\.path) + ["--crosswalks"] + crosswalkFiles.map(\.path),
        inputFiles: rubricFiles + crosswalkFiles,
        outputFiles: [output]
      )
    ]
  }

  /// The JSON files directly inside a folder, JSON Schema files excluded, sorted by name.
  private func jsonFiles(in folder: URL) throws -> [URL] {
    try FileManager.default
      .contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "json" && !$0.lastPathComponent.hasSuffix(".schema.json") }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
  }
}
