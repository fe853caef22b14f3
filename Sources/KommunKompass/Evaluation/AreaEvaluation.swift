/// The evaluators' judgement of one main area: its sub-areas, strengths and improvement opportunities.
public struct AreaEvaluation: Codable, Hashable, Sendable, Identifiable {
  /// The area's id in the rubric, for example `"3"`.
  public var id: String
  /// The area's title as written in the file, for the reader's convenience. Loading warns when it
  /// does not match the rubric's title for ``id``.
  public var title: String?
  /// The strengths (styrkor) the evaluators name.
  public var strengths: [String]
  /// The improvement opportunities (förbättringsmöjligheter) the evaluators name.
  public var improvements: [String]
  /// Strengths named in the previous evaluation, carried over for the evaluators to re-check.
  /// They are not part of this evaluation's profile until moved into ``strengths``.
  public var previousStrengths: [String]
  /// Improvement opportunities named in the previous evaluation, carried over to re-check.
  public var previousImprovements: [String]
  /// The assessed sub-areas.
  public var subAreas: [SubAreaEvaluation]

  enum CodingKeys: String, CodingKey {
    case id, title, strengths, improvements, previousStrengths, previousImprovements, subAreas
  }

  /// Creates an area evaluation.
  public init(
    id: String,
    title: String? = nil,
    strengths: [String] = [],
    improvements: [String] = [],
    previousStrengths: [String] = [],
    previousImprovements: [String] = [],
    subAreas: [SubAreaEvaluation]
  ) {
    self.id = id
    self.title = title
    self.strengths = strengths
    self.improvements = improvements
    self.previousStrengths = previousStrengths
    self.previousImprovements = previousImprovements
    self.subAreas = subAreas
  }

  /// Decodes an area; the lists of strengths and improvements may be left out.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    title = try container.decodeIfPresent(String.self, forKey: .title)
    strengths = try container.decodeIfPresent([String].self, forKey: .strengths) ?? []
    improvements = try container.decodeIfPresent([String].self, forKey: .improvements) ?? []
    previousStrengths = try container.decodeIfPresent([String].self, forKey: .previousStrengths) ?? []
    previousImprovements = try container.decodeIfPresent([String].self, forKey: .previousImprovements) ?? []
    subAreas = try container.decode([SubAreaEvaluation].self, forKey: .subAreas)
  }
}

extension AreaEvaluation {
  /// Encodes the area, leaving out empty lists of carried-over items so files stay short.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encodeIfPresent(title, forKey: .title)
    try container.encode(strengths, forKey: .strengths)
    try container.encode(improvements, forKey: .improvements)
    if !previousStrengths.isEmpty { try container.encode(previousStrengths, forKey: .previousStrengths) }
    if !previousImprovements.isEmpty { try container.encode(previousImprovements, forKey: .previousImprovements) }
    try container.encode(subAreas, forKey: .subAreas)
  }
}
