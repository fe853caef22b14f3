/// How a row changed between two evaluations.
public enum ChangeClassification: String, Codable, Hashable, Sendable, CaseIterable {
  /// Up by at least the thresholds of ``ComparisonOptions``.
  case improved
  /// Down by at least the thresholds of ``ComparisonOptions``.
  case declined
  /// Changed by less than the thresholds: within the rounding of published figures.
  case unchanged
  /// Only the later evaluation has it: it is new in the later rubric revision.
  case new
  /// Only the earlier evaluation has it: it was removed in the later rubric revision.
  case removed
  /// Both have it but the figures cannot be compared, for example because a sub-area was not
  /// assessed (never counted as zero) or one evaluation has only area points.
  case notComparable

  /// The classification's name for readers.
  public var title: LocalizedText {
    switch self {
    case .improved: LocalizedText(sv: "Förbättring", en: "Improvement")
    case .declined: LocalizedText(sv: "Försämring", en: "Decline")
    case .unchanged: LocalizedText(sv: "Oförändrat", en: "Unchanged")
    case .new: LocalizedText(sv: "Nytt", en: "New")
    case .removed: LocalizedText(sv: "Borttaget", en: "Removed")
    case .notComparable: LocalizedText(sv: "Ej jämförbart", en: "Not comparable")
    }
  }
}
