/// The forms of the intraclass correlation coefficient of Shrout & Fleiss (1979) for a single rater.
public enum ICCForm: String, Hashable, Sendable, Codable, CaseIterable {
  /// ICC(1,1): one-way random effects; each target may be rated by different raters.
  case oneWayRandom = "ICC(1,1)"
  /// ICC(2,1): two-way random effects, absolute agreement: raters are a sample of possible raters,
  /// and systematic differences between raters count as disagreement.
  case twoWayRandom = "ICC(2,1)"
  /// ICC(3,1): two-way mixed effects, consistency: raters are fixed, and systematic differences
  /// between raters do not count.
  case twoWayMixed = "ICC(3,1)"
}
