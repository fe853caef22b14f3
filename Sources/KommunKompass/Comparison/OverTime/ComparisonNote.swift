/// Why a change is not comparable, or comparable only by percentage.
public enum ComparisonNote: String, Codable, Hashable, Sendable, CaseIterable {
  /// Not assessed (marked `notAssessed`, or nothing in it assessed) in one of the evaluations.
  case notAssessed
  /// Not scored yet (`"points": null`) in one of the evaluations.
  case pending
  /// One of the evaluations has points per area only, so it has no sub-area figures.
  case noSubAreaDetail
  /// The crosswalk between the revisions does not map this part (sub-areas it leaves out).
  case notMapped
  /// Neither evaluation has a counterpart for this row.
  case noCounterpart
  /// The two figures cover different parts or maxima (a sub-area not assessed in one of them, or a
  /// counterpart pooled from several areas): compared by percentage only, with no change in points.
  case differentParts

  /// The note as a sentence for readers.
  public var text: LocalizedText {
    switch self {
    case .notAssessed:
      LocalizedText(
        sv: "bedömdes inte i en av utvärderingarna och räknas inte som noll",
        en: "not assessed in one of the evaluations, and not counted as zero")
    case .pending:
      LocalizedText(
        sv: "är ännu inte poängsatt i en av utvärderingarna",
        en: "not scored yet in one of the evaluations")
    case .noSubAreaDetail:
      LocalizedText(
        sv: "en av utvärderingarna har bara poäng per område",
        en: "one of the evaluations has points per area only")
    case .notMapped:
      LocalizedText(
        sv: "övergångstabellen mellan versionerna kopplar inte ihop den här delen",
        en: "the crosswalk between the versions does not map this part")
    case .noCounterpart:
      LocalizedText(sv: "saknas i båda utvärderingarna", en: "missing from both evaluations")
    case .differentParts:
      LocalizedText(
        sv: "siffrorna omfattar olika delar eller maxpoäng och jämförs bara i procent",
        en: "the figures cover different parts or maxima and are compared by percentage only")
    }
  }
}
