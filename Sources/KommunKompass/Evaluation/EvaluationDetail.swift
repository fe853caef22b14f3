/// How finely an evaluation gives its points: per sub-area (the full report), per area only, or
/// only the total.
///
/// Many municipalities published only the points of the eight areas. Such an evaluation is written
/// with `"detail": "area"`: each area has `"points"` (or `"notAssessed"`) and no `subAreas`.
/// Everything that works on area points (loading, validation, scoring, comparison over time, peers,
/// targets) works for it; what needs sub-areas (sub-area rows, the strongest and weakest sub-areas)
/// says so instead of showing zeros.
///
/// When only the total was published (often with just a year, or a month), the evaluation is
/// written with `"detail": "total"` and the total's `"points"` (or `"notAssessed"` with the reason,
/// or `"points": null` while not known yet) at the top of the file, and no `areas`. It works
/// wherever a total is meaningful: validation, scoring, the profile, comparison over time (totals
/// only), peers (the total row only) and reports.
public enum EvaluationDetail: String, Codable, Hashable, Sendable, CaseIterable {
  /// Points per sub-area; an area's points are the sum of its sub-areas. The default.
  case subArea
  /// Points per area only.
  case area
  /// Only the total's points.
  case total

  /// The detail's name for readers.
  public var title: LocalizedText {
    switch self {
    case .subArea: LocalizedText(sv: "Poäng per delområde", en: "Points per sub-area")
    case .area: LocalizedText(sv: "Endast poäng per område", en: "Points per area only")
    case .total: LocalizedText(sv: "Endast totalen", en: "Total only")
    }
  }
}
