import Foundation

/// Compares titles the way people write them: after Unicode normalization (NFC), ignoring case,
/// surrounding white space and repeated spaces.
package enum TitleMatching {
  /// The title in a form where equal titles are equal text.
  package static func normalized(_ title: String) -> String {
    title.precomposedStringWithCanonicalMapping
      .lowercased()
      .split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
  }

  /// Whether a written title names the rubric entry with this title and aliases, in any language.
  package static func matches(_ written: String, _ title: LocalizedText, aliases: [String]) -> Bool
  {
    let target = normalized(written)
    let candidates = [title.swedish] + (title.english.map { [$0] } ?? []) + aliases
    return candidates.contains { normalized($0) == target }
  }
}
