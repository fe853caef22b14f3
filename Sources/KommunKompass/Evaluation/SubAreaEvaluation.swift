/// The evaluators' judgement of one sub-area: its points or why it was not assessed, and the findings.
public struct SubAreaEvaluation: Codable, Hashable, Sendable, Identifiable {
  /// Whether and how a sub-area was scored.
  public enum Assessment: Hashable, Sendable {
    /// Scored with these points (fractions allowed), between 0 and the sub-area's maximum.
    case points(Double)
    /// Deliberately left unscored, with the reason. It counts neither as points nor in the maximum.
    case notAssessed(reason: String)
    /// Not scored yet (`"points": null`), as in a file `kompass init` wrote. Loading reports it as a
    /// warning; scoring leaves it out like a sub-area not assessed.
    case pending
  }

  /// The sub-area's id in the rubric, for example `"1.2"`.
  public var id: String
  /// The sub-area's title as written in the file, for the reader's convenience. Loading warns when
  /// it does not match the rubric's title for ``id``, which catches a mistyped id.
  public var title: String?
  /// What to look for, copied from the rubric's evidence notes by `kompass init`. Not used in scoring.
  public var guidance: [String]
  /// The points, or that the sub-area was not assessed.
  public var assessment: Assessment
  /// The evidence behind the assessment.
  public var findings: [Finding]
  /// In a consensus evaluation, what each evaluator proposed on their own; empty otherwise. A
  /// sub-area with proposals and `"points": null` awaits the group's consensus.
  public var proposals: [Proposal]

  enum CodingKeys: String, CodingKey {
    case id, title, guidance, points, notAssessed, findings, proposals
  }

  /// Creates a sub-area evaluation.
  public init(
    id: String,
    title: String? = nil,
    guidance: [String] = [],
    assessment: Assessment,
    findings: [Finding] = [],
    proposals: [Proposal] = []
  ) {
    self.id = id
    self.title = title
    self.guidance = guidance
    self.assessment = assessment
    self.findings = findings
    self.proposals = proposals
  }

  /// Whether the sub-area awaits the group's consensus: it has evaluators' proposals but no
  /// agreed points yet (`"points": null`).
  public var awaitsConsensus: Bool { assessment == .pending && !proposals.isEmpty }

  /// The points, or `nil` when the sub-area was not assessed.
  public var points: Double? {
    if case .points(let points) = assessment { return points }
    return nil
  }

  /// Decodes `{ "id": …, "points": … }`, `{ "id": …, "notAssessed": "reason" }` or, for a sub-area
  /// not scored yet, `{ "id": …, "points": null }`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    title = try container.decodeIfPresent(String.self, forKey: .title)
    guidance = try container.decodeIfPresent([String].self, forKey: .guidance) ?? []
    if let assessment = try Assessment.decodeIfPresent(
      from: container, points: .points, notAssessed: .notAssessed)
    {
      self.assessment = assessment
    } else {
      throw DecodingError.keyNotFound(
        CodingKeys.points,
        DecodingError.Context(
          codingPath: container.codingPath, debugDescription: "points or notAssessed is required"))
    }
    findings = try container.decodeIfPresent([Finding].self, forKey: .findings) ?? []
    proposals = try container.decodeIfPresent([Proposal].self, forKey: .proposals) ?? []
  }

  /// Encodes the sub-area with either `points` or `notAssessed`; an empty guidance list and empty
  /// proposals are left out.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encodeIfPresent(title, forKey: .title)
    if !guidance.isEmpty { try container.encode(guidance, forKey: .guidance) }
    try assessment.encode(to: &container, points: .points, notAssessed: .notAssessed)
    try container.encode(findings, forKey: .findings)
    if !proposals.isEmpty { try container.encode(proposals, forKey: .proposals) }
  }
}

extension SubAreaEvaluation.Assessment {
  /// Decodes an assessment written as `points` (a number, or `null` when not scored yet) or as
  /// `notAssessed` with a reason; `nil` when neither key is there. Areas and sub-areas share it.
  static func decodeIfPresent<Key: CodingKey>(
    from container: KeyedDecodingContainer<Key>, points: Key, notAssessed: Key
  ) throws -> Self? {
    if container.contains(notAssessed) && container.contains(points) {
      throw DecodingError.dataCorruptedError(
        forKey: notAssessed, in: container,
        debugDescription: "give either points or notAssessed, not both")
    }
    if let reason = try container.decodeIfPresent(String.self, forKey: notAssessed) {
      return .notAssessed(reason: reason)
    }
    if let value = try container.decodeIfPresent(Double.self, forKey: points) {
      return .points(value)
    }
    return container.contains(points) ? .pending : nil
  }

  /// Encodes the assessment under `points` or `notAssessed`, the way ``decodeIfPresent(from:points:notAssessed:)`` reads it.
  func encode<Key: CodingKey>(
    to container: inout KeyedEncodingContainer<Key>, points: Key, notAssessed: Key
  ) throws {
    switch self {
    case .points(let value): try container.encode(value, forKey: points)
    case .notAssessed(let reason): try container.encode(reason, forKey: notAssessed)
    case .pending: try container.encodeNil(forKey: points)
    }
  }
}
