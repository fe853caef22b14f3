/// A text in Swedish with an optional English translation.
///
/// In data files it is written as an object: `{ "sv": "Brukarens fokus", "en": "User focus" }`.
/// Swedish is required; a missing English text falls back to the Swedish one.
public struct LocalizedText: Hashable, Sendable, Codable {
  /// The Swedish text.
  public var swedish: String
  /// The English text, if there is one.
  public var english: String?

  enum CodingKeys: String, CodingKey {
    case swedish = "sv"
    case english = "en"
  }

  /// Creates a text in Swedish and, optionally, English.
  public init(sv swedish: String, en english: String? = nil) {
    self.swedish = swedish
    self.english = english
  }

  /// The text in the given language, falling back to Swedish when there is no translation.
  public func text(in language: Language) -> String {
    switch language {
    case .swedish: swedish
    case .english: english ?? swedish
    }
  }
}
