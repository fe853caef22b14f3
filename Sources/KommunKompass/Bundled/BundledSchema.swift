/// The JSON Schemas of the data files, bundled with the library so that a copied `kompass` binary
/// or an app can hand them to an editor or a validator without the package's folders.
///
/// ```swift
/// let schema = BundledSchema.evaluation.text   // the contents of evaluation.schema.json
/// ```
///
/// A schema describes a file's shape for editors; the `load` functions (such as
/// ``Evaluation/load(bytes:file:catalog:)``) check everything a schema can say and more.
package enum BundledSchema: String, CaseIterable, Sendable {
  /// The schema of evaluation files (`Evaluations/evaluation.schema.json`).
  case evaluation
  /// The schema of rubric files (`Rubrics/rubric.schema.json`).
  case rubric
  /// The schema of action plan files (`Evaluations/plan.schema.json`), see ``ActionPlan``.
  case plan

  /// The schema's file name in the package.
  package var fileName: String { "\(rawValue).schema.json" }

  /// The schema's bytes, exactly as in the package's file.
  package var bytes: [UInt8] {
    EmbeddedDataFile.schemas.first { $0.fileName == fileName }?.bytes ?? []
  }

  /// The schema as text.
  package var text: String {
    String(decoding: bytes, as: UTF8.self)
  }
}
