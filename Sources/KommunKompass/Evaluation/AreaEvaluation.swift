/// The evaluators' judgement of one main area: its sub-areas, strengths and improvement opportunities.
///
/// In an area-level evaluation (`"detail": "area"`) the area is assessed as a whole: ``assessment``
/// holds its points (or why it was not assessed) and ``subAreas`` is empty. In the usual sub-area
/// evaluation ``assessment`` is `nil` and the area's points are the sum of its sub-areas.
public struct AreaEvaluation: Codable, Hashable, Sendable, Identifiable {
  /// How an area assessed as a whole was scored: the same choices as for a sub-area.
  public typealias Assessment = SubAreaEvaluation.Assessment

  /// The area's id in the rubric, for example `"3"`.
  public var id: String
  /// The area's title as written in the file, for the reader's convenience. Loading warns when it
  /// does not match the rubric's title for ``id``.
  public var title: String?
  /// The area's own points, or why it was not assessed, in an area-level evaluation; `nil` when
  /// the points are given per sub-area.
  public var assessment: Assessment?
  /// The strengths (styrkor) the evaluators name.
  public var strengths: [String]
  /// The improvement opportunities (förbättringsmöjligheter) the evaluators name.
  public var improvements: [String]
  /// Strengths named in the previous evaluation, carried over for the evaluators to re-check.
  /// They are not part of this evaluation's profile until moved into ``strengths``.
  public var previousStrengths: [String]
  /// Improvement opportunities named in the previous evaluation, carried over to re-check.
  public var previousImprovements: [String]
  /// The assessed sub-areas; empty in an area-level evaluation.
  public var subAreas: [SubAreaEvaluation]
  /// In a consensus evaluation, what each evaluator proposed on their own for the area: the
  /// strengths and improvement opportunities they named and, in an area-level evaluation, their
  /// points. Empty otherwise.
  public var proposals: [AreaProposal]

  enum CodingKeys: String, CodingKey {
    case id, title, points, notAssessed, strengths, improvements, previousStrengths,
      previousImprovements, subAreas, proposals
  }

  /// Creates an area evaluation.
  ///
  /// - Parameters:
  ///   - id: The area's id in the rubric.
  ///   - title: The area's title as written in the file, if any.
  ///   - strengths: The strengths found.
  ///   - improvements: The improvement opportunities found.
  ///   - previousStrengths: Strengths named in the previous evaluation, carried over to re-check.
  ///   - previousImprovements: Improvement opportunities named in the previous evaluation.
  ///   - subAreas: The assessed sub-areas; empty in an area-level evaluation.
  ///   - assessment: The area's own points, for an area-level evaluation only.
  ///   - proposals: In a consensus evaluation, what each evaluator proposed for the area.
  public init(
    id: String,
    title: String? = nil,
    strengths: [String] = [],
    improvements: [String] = [],
    previousStrengths: [String] = [],
    previousImprovements: [String] = [],
    subAreas: [SubAreaEvaluation] = [],
    assessment: Assessment? = nil,
    proposals: [AreaProposal] = []
  ) {
    self.id = id
    self.title = title
    self.assessment = assessment
    self.strengths = strengths
    self.improvements = improvements
    self.previousStrengths = previousStrengths
    self.previousImprovements = previousImprovements
    self.subAreas = subAreas
    self.proposals = proposals
  }

  /// The area's own points, or `nil` when it has none (not assessed, not scored yet, or scored per
  /// sub-area).
  public var points: Double? {
    if case .points(let points) = assessment { return points }
    return nil
  }

  /// Decodes an area; the lists may be left out. An area with `points` or `notAssessed` is an area
  /// assessed as a whole (`"points": null` meaning not scored yet).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    title = try container.decodeIfPresent(String.self, forKey: .title)
    assessment = try Assessment.decodeIfPresent(
      from: container, points: .points, notAssessed: .notAssessed)
    strengths = try container.decodeIfPresent([String].self, forKey: .strengths) ?? []
    improvements = try container.decodeIfPresent([String].self, forKey: .improvements) ?? []
    previousStrengths =
      try container.decodeIfPresent([String].self, forKey: .previousStrengths) ?? []
    previousImprovements =
      try container.decodeIfPresent([String].self, forKey: .previousImprovements) ?? []
    subAreas = try container.decodeIfPresent([SubAreaEvaluation].self, forKey: .subAreas) ?? []
    proposals = try container.decodeIfPresent([AreaProposal].self, forKey: .proposals) ?? []
  }

  /// Whether the area, assessed as a whole in an area-level evaluation, awaits the group's
  /// consensus: it has evaluators' points proposed but no agreed points yet.
  public var awaitsConsensus: Bool {
    assessment == .pending && proposals.contains { $0.assessment != nil }
  }
}

extension AreaEvaluation {
  /// Encodes the area, leaving out empty lists of carried-over items and empty proposals so files
  /// stay short. An area
  /// assessed as a whole is written with `points` (or `notAssessed`) and without `subAreas`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encodeIfPresent(title, forKey: .title)
    try assessment?.encode(to: &container, points: .points, notAssessed: .notAssessed)
    try container.encode(strengths, forKey: .strengths)
    try container.encode(improvements, forKey: .improvements)
    if !previousStrengths.isEmpty {
      try container.encode(previousStrengths, forKey: .previousStrengths)
    }
    if !previousImprovements.isEmpty {
      try container.encode(previousImprovements, forKey: .previousImprovements)
    }
    if assessment == nil || !subAreas.isEmpty { try container.encode(subAreas, forKey: .subAreas) }
    if !proposals.isEmpty { try container.encode(proposals, forKey: .proposals) }
  }
}
