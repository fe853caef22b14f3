/// How far an area (or sub-area) of one rubric revision can be compared with its counterpart in
/// another, as a crosswalk states it.
public enum Comparability: String, Codable, Hashable, Sendable, CaseIterable {
  /// The same content with the same maximum: figures compare directly.
  case same
  /// A counterpart exists but its content was revised (renamed, split, merged, re-weighted or
  /// judged more strictly): figures compare only with that caveat.
  case revised
  /// New in the later revision: nothing in the earlier one corresponds.
  case new
  /// Removed: nothing in the later revision corresponds.
  case removed

  /// Whether figures can be compared at all (same or revised).
  public var isComparable: Bool { self == .same || self == .revised }

  /// The level's name for readers.
  public var title: LocalizedText {
    switch self {
    case .same: LocalizedText(sv: "Samma innehåll", en: "Same content")
    case .revised: LocalizedText(sv: "Ändrat innehåll", en: "Revised content")
    case .new: LocalizedText(sv: "Nytt", en: "New")
    case .removed: LocalizedText(sv: "Borttaget", en: "Removed")
    }
  }

  /// The level seen from the other side of a crosswalk: new and removed change places.
  public var reversed: Comparability {
    switch self {
    case .new: .removed
    case .removed: .new
    case .same, .revised: self
    }
  }

  /// The weaker of two levels of a comparable chain: revised wins over same.
  package func combined(with other: Comparability) -> Comparability {
    self == .same && other == .same ? .same : .revised
  }
}
