/// One evaluator's proposal for an area in a consensus evaluation: the strengths and improvement
/// opportunities they named on their own, so the area's merged lists say who named what, and in an
/// area-level evaluation their points (or why they did not assess the area).
public struct AreaProposal: Codable, Hashable, Sendable {
  /// Who proposed, as the evaluator's own file named them in `evaluators`.
  public var evaluator: String
  /// The points proposed, or that the evaluator did not assess it; `nil` for an area's proposal in
  /// an evaluation scored per sub-area, which holds only strengths and improvement opportunities.
  public var assessment: SubAreaEvaluation.Assessment?
  /// The strengths this evaluator named (areas only).
  public var strengths: [String]
  /// The improvement opportunities this evaluator named (areas only).
  public var improvements: [String]

  enum CodingKeys: String, CodingKey {
    case evaluator, points, notAssessed, strengths, improvements
  }

  /// Creates an area's proposal.
  public init(
    evaluator: String,
    assessment: SubAreaEvaluation.Assessment?,
    strengths: [String] = [],
    improvements: [String] = []
  ) {
    self.evaluator = evaluator
    self.assessment = assessment
    self.strengths = strengths
    self.improvements = improvements
  }

  /// The points proposed, or `nil` when the evaluator did not assess it.
  public var points: Double? {
    if case .points(let points) = assessment { return points }
    return nil
  }

  /// Decodes a proposal; the lists may be left out.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    evaluator = try container.decode(String.self, forKey: .evaluator)
    assessment = try SubAreaEvaluation.Assessment.decodeIfPresent(
      from: container, points: .points, notAssessed: .notAssessed)
    strengths = try container.decodeIfPresent([String].self, forKey: .strengths) ?? []
    improvements = try container.decodeIfPresent([String].self, forKey: .improvements) ?? []
  }

  /// Encodes the proposal, leaving out empty lists.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(evaluator, forKey: .evaluator)
    try assessment?.encode(to: &container, points: .points, notAssessed: .notAssessed)
    if !strengths.isEmpty { try container.encode(strengths, forKey: .strengths) }
    if !improvements.isEmpty { try container.encode(improvements, forKey: .improvements) }
  }
}
