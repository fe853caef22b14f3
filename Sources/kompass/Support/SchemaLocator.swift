import Foundation

/// Finds a JSON Schema of `Evaluations/` for the `$schema` reference of files `kompass init` and
/// `kompass plan` write.
enum SchemaLocator {
  /// The evaluation schema's file name.
  static let evaluationSchemaName = "evaluation.schema.json"
  /// The plan schema's file name.
  static let planSchemaName = "plan.schema.json"

  /// The path of `evaluation.schema.json` relative to the folder of the output file, looking in that
  /// folder, then in `Evaluations/` of it and of each enclosing folder; `nil` when there is none.
  static func relativeEvaluationSchemaPath(forOutput output: String) -> String? {
    relativeSchemaPath(named: evaluationSchemaName, forOutput: output)
  }

  /// The path of the schema file `name` relative to the folder of the output file, looking in that
  /// folder, then in `Evaluations/` of it and of each enclosing folder; `nil` when there is none.
  static func relativeSchemaPath(named name: String, forOutput output: String)
    -> String?
  {
    let folder = URL(fileURLWithPath: output).deletingLastPathComponent().standardizedFileURL
    let fileManager = FileManager.default
    if fileManager.fileExists(atPath: folder.appendingPathComponent(name).path) {
      return "./" + name
    }
    var candidate = folder
    var ups: [String] = []
    for _ in 0..<8 {
      let schema = candidate.appendingPathComponent("Evaluations").appendingPathComponent(
        name)
      if fileManager.fileExists(atPath: schema.path) {
        return (ups.isEmpty ? "./" : ups.joined()) + "Evaluations/" + name
      }
      let parent = candidate.deletingLastPathComponent()
      if parent.path == candidate.path { break }
      candidate = parent
      ups.append("../")
    }
    return nil
  }
}
