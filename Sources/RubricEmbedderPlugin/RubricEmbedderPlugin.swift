import Foundation
import PackagePlugin

/// Embeds every rubric file of the package's `Rubrics/` folder into the target that uses the plugin.
///
/// The JSON files in `Rubrics/` are the single source of truth for the bundled rubrics. This plugin
/// runs the `rubric-embedder` tool, which writes a Swift file carrying their bytes, so apps that link
/// the library get the rubrics without any file path and nobody maintains a second copy by hand.
@main
struct RubricEmbedderPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let rubricsFolder = context.package.directoryURL.appendingPathComponent("Rubrics", isDirectory: true)
    let rubricFiles = try FileManager.default
      .contentsOfDirectory(at: rubricsFolder, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "json" && !$0.lastPathComponent.hasSuffix(".schema.json") }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
    let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedRubricFiles.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(rubricFiles.count) rubric file(s) from Rubrics/",
        executable: try context.tool(named: "rubric-embedder").url,
        arguments: [output.path] + rubricFiles.map(\.path),
        inputFiles: rubricFiles,
        outputFiles: [output]
      )
    ]
  }
}
