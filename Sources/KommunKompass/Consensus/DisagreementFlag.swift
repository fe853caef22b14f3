/// Why a sub-area (or area) is flagged for the group's discussion.
public enum DisagreementFlag: String, Hashable, Sendable, Codable {
  /// The spread of the evaluators' points reaches the threshold.
  case spread
  /// At least one evaluator scored it and at least one marked it not assessed.
  case scoredAndNotAssessed

  /// The flag as an evaluator reads it.
  public var explanation: LocalizedText {
    switch self {
    case .spread:
      LocalizedText(sv: "spridningen når tröskeln", en: "the spread reaches the threshold")
    case .scoredAndNotAssessed:
      LocalizedText(
        sv: "poängsatt av någon, ej bedömt av någon annan",
        en: "scored by one, not assessed by another")
    }
  }
}
