/// Who carried out an evaluation.
public enum EvaluationKind: String, Codable, Hashable, Sendable, CaseIterable {
  /// An external evaluation by an evaluation team, such as SKR's evaluators.
  case external
  /// A self-assessment made by the municipality itself.
  case selfAssessment

  /// The kind's name for readers.
  public var title: LocalizedText {
    switch self {
    case .external: LocalizedText(sv: "Extern utvärdering", en: "External evaluation")
    case .selfAssessment: LocalizedText(sv: "Självvärdering", en: "Self-assessment")
    }
  }
}
