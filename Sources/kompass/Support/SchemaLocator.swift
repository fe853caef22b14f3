import Foundation

/// Finds the evaluation JSON Schema for the `$schema` reference of files `kompass init` writes.
enum SchemaLocator {
  /// The schema's file name.
  static let evaluationSchemaName = "evaluation.schema.json"

  /// The path of `evaluation.schema.json` relative to the folder of the output file, looking in that
  /// folder, then in `Evaluations/` of it and of each enclosing folder; `nil` when there is none.
  static func relativeEvaluationSchemaPath(forOutput output: String) -> String? {
    let folder = URL(fileURLWithPath: output).deletingLastPathComponent().standardizedFileURL
    let fileManager = FileManager.default
    if fileManager.fileExists(atPath: folder.appendingPathComponent(evaluationSchemaName).path) {
      return "./" + evaluationSchemaName
    }
    var candidate = folder
    var ups: [String] = []
    for _ in 0..<8 {
      let schema = candidate.appendingPathComponent("Evaluations").appendingPathComponent(
        evaluationSchemaName)
      if fileManager.fileExists(atPath: schema.path) {
        return (ups.isEmpty ? "./" : ups.joined()) + "Evaluations/" + evaluationSchemaName
      }
      let parent = candidate.deletingLastPathComponent()
      if parent.path == candidate.path { break }
      candidate = parent
      ups.append("../")
    }
    return nil
  }
}
