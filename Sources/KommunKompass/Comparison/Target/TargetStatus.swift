/// Where a row stands against its target.
public enum TargetStatus: String, Codable, Hashable, Sendable, CaseIterable {
  /// The current points, rounded to whole points as published, reach the target.
  case reached
  /// Not reached, but above the baseline: progress between 0 and 1.
  case improving
  /// Not reached, and at the baseline: progress 0.
  case notImproving
  /// Not reached, and below the baseline: progress below 0, a decline.
  case declining
  /// Not reached, and the target date has passed: the current evaluation is of the target date or
  /// later.
  case missed
  /// Not reached, and progress is undefined because the target equals the baseline (or is below
  /// it): there was no distance to cover, so no share of it can be given.
  case progressUndefined
  /// No figure to compare: not assessed now or at the baseline (never counted as zero), or the
  /// target is for a sub-area and the evaluation has points per area only.
  case notComparable

  /// The status's name for readers.
  public var title: LocalizedText {
    switch self {
    case .reached: LocalizedText(sv: "Uppnått", en: "Reached")
    case .improving: LocalizedText(sv: "På väg", en: "Improving")
    case .notImproving: LocalizedText(sv: "Ingen förbättring", en: "Not improving")
    case .declining: LocalizedText(sv: "Försämring", en: "Declining")
    case .missed:
      LocalizedText(sv: "Ej uppnått till måldatum", en: "Not reached by the target date")
    case .progressUndefined:
      LocalizedText(sv: "Ej uppnått (framsteg odefinierat)", en: "Not reached (progress undefined)")
    case .notComparable: LocalizedText(sv: "Ej jämförbart", en: "Not comparable")
    }
  }
}
