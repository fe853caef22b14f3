import Foundation

/// The repository's two JSON Schema files and validators made from them.
enum RepositorySchemas {
  /// `Evaluations/evaluation.schema.json`.
  static let evaluationSchema = RepositoryFiles.evaluations.appendingPathComponent(
    "evaluation.schema.json")

  /// `Rubrics/rubric.schema.json`.
  static let rubricSchema = RepositoryFiles.rubrics.appendingPathComponent("rubric.schema.json")

  /// Both schema files, each with the folder its documents live in.
  static let all: [(schema: URL, folder: URL)] = [
    (evaluationSchema, RepositoryFiles.evaluations),
    (rubricSchema, RepositoryFiles.rubrics),
  ]

  /// A validator for evaluation files.
  static func evaluationValidator() throws -> SchemaValidator {
    try SchemaValidator(contentsOf: evaluationSchema)
  }

  /// A validator for rubric files.
  static func rubricValidator() throws -> SchemaValidator {
    try SchemaValidator(contentsOf: rubricSchema)
  }
}
