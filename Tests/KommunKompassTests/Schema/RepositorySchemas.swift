import Foundation

/// The repository's JSON Schema files and validators made from them.
enum RepositorySchemas {
  /// `Evaluations/evaluation.schema.json`.
  static let evaluationSchema = RepositoryFiles.evaluations.appendingPathComponent(
    "evaluation.schema.json")

  /// `Rubrics/rubric.schema.json`.
  static let rubricSchema = RepositoryFiles.rubrics.appendingPathComponent("rubric.schema.json")

  /// `Evaluations/plan.schema.json`, beside the schema of the evaluations plans are made from.
  static let planSchema = RepositoryFiles.evaluations.appendingPathComponent("plan.schema.json")

  /// Every schema file, each with the folder it lies in.
  static let all: [(schema: URL, folder: URL)] = [
    (evaluationSchema, RepositoryFiles.evaluations),
    (rubricSchema, RepositoryFiles.rubrics),
    (planSchema, RepositoryFiles.evaluations),
  ]

  /// A validator for evaluation files.
  static func evaluationValidator() throws -> SchemaValidator {
    try SchemaValidator(contentsOf: evaluationSchema)
  }

  /// A validator for plan files.
  static func planValidator() throws -> SchemaValidator {
    try SchemaValidator(contentsOf: planSchema)
  }

  /// A validator for rubric files.
  static func rubricValidator() throws -> SchemaValidator {
    try SchemaValidator(contentsOf: rubricSchema)
  }
}
