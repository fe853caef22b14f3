/// What a row of a comparison is about.
public enum ComparisonLevel: String, Codable, Hashable, Sendable, CaseIterable {
  /// The total of all areas.
  case total
  /// A main area.
  case area
  /// A sub-area.
  case subArea
}
