/// A statistic of agreement between raters, or why it cannot be computed.
public enum AgreementStatistic: Hashable, Sendable {
  /// Why a statistic of agreement is undefined.
  public enum UndefinedReason: String, Hashable, Sendable, Codable {
    /// Fewer than two targets (sub-areas) were rated by every rater.
    case tooFewTargets
    /// Fewer than two raters.
    case tooFewRaters
    /// The rows of the ratings are not all as long as each other.
    case unequalRows
    /// The ratings vary too little for the coefficient's ratio (its denominator is zero).
    case noVariance

    /// The reason as an evaluator reads it.
    public var explanation: LocalizedText {
      switch self {
      case .tooFewTargets:
        LocalizedText(
          sv: "färre än två delområden bedömdes av alla utvärderare",
          en: "fewer than two sub-areas were scored by every evaluator")
      case .tooFewRaters:
        LocalizedText(sv: "färre än två utvärderare", en: "fewer than two evaluators")
      case .unequalRows:
        LocalizedText(
          sv: "alla delområden har inte lika många bedömningar",
          en: "the sub-areas do not all have the same number of ratings")
      case .noVariance:
        LocalizedText(
          sv: "bedömningarna varierar inte, så koefficienten saknar nämnare",
          en: "the ratings do not vary, so the coefficient has no denominator")
      }
    }
  }

  /// The statistic's value.
  case value(Double)
  /// The statistic is undefined, for the reason given.
  case undefined(UndefinedReason)

  /// The value, or `nil` when the statistic is undefined.
  public var value: Double? {
    if case .value(let value) = self { return value }
    return nil
  }
}
