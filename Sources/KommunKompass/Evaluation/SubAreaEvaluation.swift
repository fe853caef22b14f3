/// The evaluators' judgement of one sub-area: its points or why it was not assessed, and the findings.
public struct SubAreaEvaluation: Codable, Hashable, Sendable, Identifiable {
  /// Whether and how a sub-area was scored.
  public enum Assessment: Hashable, Sendable {
    /// Scored with these points (fractions allowed), between 0 and the sub-area's maximum.
    case points(Double)
    /// Deliberately left unscored, with the reason. It counts neither as points nor in the maximum.
    case notAssessed(reason: String)
  }

  /// The sub-area's id in the rubric, for example `"1.2"`.
  public var id: String
  /// The points, or that the sub-area was not assessed.
  public var assessment: Assessment
  /// The evidence behind the assessment.
  public var findings: [Finding]

  enum CodingKeys: String, CodingKey {
    case id, points, notAssessed, findings
  }

  /// Creates a sub-area evaluation.
  public init(id: String, assessment: Assessment, findings: [Finding] = []) {
    self.id = id
    self.assessment = assessment
    self.findings = findings
  }

  /// The points, or `nil` when the sub-area was not assessed.
  public var points: Double? {
    if case .points(let points) = assessment { return points }
    return nil
  }

  /// Decodes `{ "id": …, "points": … }` or `{ "id": …, "notAssessed": "reason" }`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    if let reason = try container.decodeIfPresent(String.self, forKey: .notAssessed) {
      assessment = .notAssessed(reason: reason)
    } else {
      assessment = .points(try container.decode(Double.self, forKey: .points))
    }
    findings = try container.decodeIfPresent([Finding].self, forKey: .findings) ?? []
  }

  /// Encodes the sub-area with either `points` or `notAssessed`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    switch assessment {
    case .points(let points): try container.encode(points, forKey: .points)
    case .notAssessed(let reason): try container.encode(reason, forKey: .notAssessed)
    }
    try container.encode(findings, forKey: .findings)
  }
}
