import Foundation

extension String {
  /// The text in Unicode normalization form C (precomposed: "å" as one code point).
  ///
  /// Text whose code points all lie below U+0300 (ASCII, Latin-1 and Latin Extended-A and -B,
  /// which covers å, ä and ö) is already in form C, since no character there decomposes and no
  /// combining mark starts before U+0300; such text, nearly all text in evaluation files, is
  /// returned as it is. In UTF-8 those code points are exactly the bytes below 0xCC.
  package var precomposed: String {
    if utf8.allSatisfy({ $0 < 0xCC }) { return self }
    return precomposedStringWithCanonicalMapping
  }
}
