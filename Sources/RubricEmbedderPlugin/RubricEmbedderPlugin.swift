import Foundation
import PackagePlugin

/// Embeds every rubric file of the package's `Rubrics/` folder, every crosswalk file of
/// `Rubrics/crosswalks/`, the municipality register's tables in `Rubrics/municipalities/` and the
/// JSON Schemas of `Rubrics/` and `Evaluations/` into the target that uses the plugin; into
/// `KommunKompassReports`, the files of the evaluation form's template
/// (`Sources/KommunKompassReports/Form/Template/`).
///
/// The JSON files in `Rubrics/` are the single source of truth for the bundled rubrics and
/// crosswalks. This plugin runs the `rubric-embedder` tool, which writes a Swift file carrying their
/// bytes, so apps that link the library get them without any file path and nobody maintains a
/// second copy by hand.
@main
struct RubricEmbedderPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    // The rendering module embeds the evaluation form's template instead: Form/Template/.
    if target.name == "KommunKompassReports" {
      return try formTemplateCommands(
        context: context,
        folder: context.package.directoryURL.appendingPathComponent(
          "Sources/KommunKompassReports", isDirectory: true))
    }
    let rubricsFolder = context.package.directoryURL.appendingPathComponent(
      "Rubrics", isDirectory: true)
    let rubricFiles = try jsonFiles(in: rubricsFolder)
    let crosswalksFolder = rubricsFolder.appendingPathComponent("crosswalks", isDirectory: true)
    let crosswalkFiles =
      FileManager.default.fileExists(atPath: crosswalksFolder.path)
      ? try jsonFiles(in: crosswalksFolder) : []
    let municipalitiesFolder = rubricsFolder.appendingPathComponent(
      "municipalities", isDirectory: true)
    let municipalityFiles =
      FileManager.default.fileExists(atPath: municipalitiesFolder.path)
      ? try FileManager.default
        .contentsOfDirectory(at: municipalitiesFolder, includingPropertiesForKeys: nil)
        .filter { $0.pathExtension == "csv" }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
      : []
    let schemaFiles = try [
      rubricsFolder, context.package.directoryURL.appendingPathComponent("Evaluations"),
    ]
    .flatMap { try schemas(in: $0) }
    let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedDataFiles.swift")
    var arguments: [String] = [output.path, "--rubrics"]
    arguments += rubricFiles.map(\.path)
    arguments.append("--crosswalks")
    arguments += crosswalkFiles.map(\.path)
    arguments.append("--municipalities")
    arguments += municipalityFiles.map(\.path)
    arguments.append("--schemas")
    arguments += schemaFiles.map(\.path)
    return [
      .buildCommand(
        displayName:
          "Embedding \(rubricFiles.count) rubric(s), \(crosswalkFiles.count) crosswalk(s), \(municipalityFiles.count) municipality table(s) and \(schemaFiles.count) schema(s)",
        executable: try context.tool(named: "rubric-embedder").url,
        arguments: arguments,
        inputFiles: rubricFiles + crosswalkFiles + municipalityFiles + schemaFiles,
        outputFiles: [output]
      )
    ]
  }

  /// Embeds the HTML, CSS and JavaScript files of the target's `Form/Template/` folder, the template of the
  /// evaluation form that `kompass form` writes.
  private func formTemplateCommands(context: PluginContext, folder: URL) throws -> [Command] {
    let formFolder = folder.appendingPathComponent("Form/Template", isDirectory: true)
    let files = try FileManager.default
      .contentsOfDirectory(at: formFolder, includingPropertiesForKeys: nil)
      .filter { ["html", "css", "js"].contains($0.pathExtension) }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
    let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedFormFiles.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(files.count) file(s) of the evaluation form",
        executable: try context.tool(named: "rubric-embedder").url,
        arguments: [output.path, "--form"] + files.map(\.path),
        inputFiles: files,
        outputFiles: [output]
      )
    ]
  }

  /// The JSON Schema files directly inside a folder, sorted by name.
  private func schemas(in folder: URL) throws -> [URL] {
    try FileManager.default
      .contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
      .filter { $0.lastPathComponent.hasSuffix(".schema.json") }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
  }

  /// The JSON files directly inside a folder, JSON Schema files excluded, sorted by name.
  private func jsonFiles(in folder: URL) throws -> [URL] {
    try FileManager.default
      .contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "json" && !$0.lastPathComponent.hasSuffix(".schema.json") }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
  }
}
