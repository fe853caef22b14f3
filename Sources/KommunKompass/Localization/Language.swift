/// A language for user-facing text. Swedish is the default throughout the package.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
  /// Swedish (svenska), the default.
  case swedish = "sv"
  /// English.
  case english = "en"
}
