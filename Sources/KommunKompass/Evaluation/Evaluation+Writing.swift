extension Evaluation {
  /// The evaluation as the JSON text of an evaluation file, keys in the documented order.
  ///
  /// - Parameter schemaReference: The `$schema` to write first, so editors such as VS Code offer
  ///   completion and inline errors; none when `nil`.
  package func fileText(schemaReference: String? = nil) throws -> String {
    try OrderedJSONEncoder().encode(EvaluationFile(schema: schemaReference, evaluation: self))
  }
}

/// An evaluation with an optional `$schema` key in front.
private struct EvaluationFile: Encodable {
  var schema: String?
  var evaluation: Evaluation

  enum CodingKeys: String, CodingKey {
    case schema = "$schema"
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(schema, forKey: .schema)
    try evaluation.encode(to: encoder)
  }
}
