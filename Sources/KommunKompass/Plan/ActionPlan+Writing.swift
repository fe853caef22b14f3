extension ActionPlan {
  /// The plan as the JSON text of a plan file, keys in the documented order.
  ///
  /// - Parameter schemaReference: The `$schema` to write first, so editors such as VS Code offer
  ///   completion and inline errors; none when `nil`.
  public func fileText(schemaReference: String? = nil) throws -> String {
    try OrderedJSONEncoder().encode(PlanFile(schema: schemaReference, plan: self)) + "\n"
  }
}

/// A plan with an optional `$schema` key in front.
private struct PlanFile: Encodable {
  var schema: String?
  var plan: ActionPlan

  enum CodingKeys: String, CodingKey {
    case schema = "$schema"
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(schema, forKey: .schema)
    try plan.encode(to: encoder)
  }
}
