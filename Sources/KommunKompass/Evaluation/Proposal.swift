/// One evaluator's proposal for a sub-area in a consensus evaluation: what they scored on their own
/// before the group agreed, so that the agreed figure stays traceable.
public struct Proposal: Codable, Hashable, Sendable {
  /// Who proposed, as the evaluator's own file named them in `evaluators`.
  public var evaluator: String
  /// The points proposed, or that the evaluator did not assess the sub-area (never
  /// ``SubAreaEvaluation/Assessment/pending``: a proposal is what an evaluator scored).
  public var assessment: SubAreaEvaluation.Assessment

  enum CodingKeys: String, CodingKey {
    case evaluator, points, notAssessed
  }

  /// Creates a proposal.
  public init(evaluator: String, assessment: SubAreaEvaluation.Assessment) {
    self.evaluator = evaluator
    self.assessment = assessment
  }

  /// The points proposed, or `nil` when the evaluator did not assess the sub-area.
  public var points: Double? {
    if case .points(let points) = assessment { return points }
    return nil
  }

  /// Decodes `{ "evaluator": …, "points": … }` or `{ "evaluator": …, "notAssessed": "reason" }`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    evaluator = try container.decode(String.self, forKey: .evaluator)
    guard
      let assessment = try SubAreaEvaluation.Assessment.decodeIfPresent(
        from: container, points: .points, notAssessed: .notAssessed)
    else {
      throw DecodingError.keyNotFound(
        CodingKeys.points,
        DecodingError.Context(
          codingPath: container.codingPath, debugDescription: "points or notAssessed is required"))
    }
    self.assessment = assessment
  }

  /// Encodes the proposal with either `points` or `notAssessed`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(evaluator, forKey: .evaluator)
    try assessment.encode(to: &container, points: .points, notAssessed: .notAssessed)
  }
}
