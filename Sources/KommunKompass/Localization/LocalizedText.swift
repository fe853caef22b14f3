/// A text in Swedish with an optional English translation.
///
/// In data files it is written as an object, `{ "sv": "Brukarens fokus", "en": "User focus" }`, or
/// as a plain text, which is Swedish. A missing English text falls back to the Swedish one.
public struct LocalizedText: Hashable, Sendable, Codable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
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

  /// A text written as a literal, which is Swedish, as a plain text in a data file is.
  public init(stringLiteral swedish: String) {
    self.init(sv: swedish)
  }

  /// Decodes `{ "sv": …, "en": … }`, or a plain text taken as Swedish, as when loading a file.
  public init(from decoder: any Decoder) throws {
    if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self)
    {
      self.init(sv: text)
      return
    }
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      sv: try container.decode(String.self, forKey: .swedish),
      en: try container.decodeIfPresent(String.self, forKey: .english))
  }

  /// The text in the given language, falling back to Swedish when there is no translation.
  public func text(in language: Language) -> String {
    switch language {
    case .swedish: swedish
    case .english: english ?? swedish
    }
  }

  /// The Swedish text, so that a text prints as itself in interpolations and logs.
  public var description: String { swedish }
}
