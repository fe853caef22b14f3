/// The evaluators' judgement of one main area: its sub-areas, strengths and improvement opportunities.
public struct AreaEvaluation: Codable, Hashable, Sendable, Identifiable {
  /// The area's id in the rubric, for example `"3"`.
  public var id: String
  /// The strengths (styrkor) the evaluators name.
  public var strengths: [String]
  /// The improvement opportunities (förbättringsmöjligheter) the evaluators name.
  public var improvements: [String]
  /// The assessed sub-areas.
  public var subAreas: [SubAreaEvaluation]

  enum CodingKeys: String, CodingKey {
    case id, strengths, improvements, subAreas
  }

  /// Creates an area evaluation.
  public init(id: String, strengths: [String] = [], improvements: [String] = [], subAreas: [SubAreaEvaluation]) {
    self.id = id
    self.strengths = strengths
    self.improvements = improvements
    self.subAreas = subAreas
  }

  /// Decodes an area; `strengths` and `improvements` may be left out.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    strengths = try container.decodeIfPresent([String].self, forKey: .strengths) ?? []
    improvements = try container.decodeIfPresent([String].self, forKey: .improvements) ?? []
    subAreas = try container.decode([SubAreaEvaluation].self, forKey: .subAreas)
  }
}
