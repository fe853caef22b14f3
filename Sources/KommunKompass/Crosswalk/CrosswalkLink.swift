/// One line of a crosswalk: an area (or sub-area) of the earlier rubric and its counterparts in the
/// later one, with how comparable they are and why.
///
/// ```json
/// { "from": "6", "to": ["7", "8"], "comparability": "revised", "justification": "…" }
/// ```
///
/// A `new` link has no `from` (the later ids have no predecessor); a `removed` link has an empty
/// `to`. A `same` link has exactly one counterpart with the same maximum.
public struct CrosswalkLink: Codable, Hashable, Sendable {
  /// The id in the earlier rubric; `nil` for a link of ids that are new in the later rubric.
  public var from: String?
  /// The ids in the later rubric; empty when the earlier id was removed.
  public var to: [String]
  /// How comparable the two sides are.
  public var comparability: Comparability
  /// Why, in one sentence in Swedish and, optionally, English. In the file either a plain text
  /// (Swedish) or `{ "sv": …, "en": … }`.
  public var justification: LocalizedText

  enum CodingKeys: String, CodingKey {
    case from, to, comparability, justification
  }

  /// Creates a link.
  public init(
    from: String?, to: [String], comparability: Comparability, justification: LocalizedText
  ) {
    self.from = from
    self.to = to
    self.comparability = comparability
    self.justification = justification
  }

  /// Decodes a link; a missing `to` means none.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    from = try container.decodeIfPresent(String.self, forKey: .from)
    to = try container.decodeIfPresent([String].self, forKey: .to) ?? []
    comparability = try container.decode(Comparability.self, forKey: .comparability)
    justification = try container.decode(LocalizedText.self, forKey: .justification)
  }

  /// Encodes a link, leaving out `from` for a new id.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(from, forKey: .from)
    try container.encode(to, forKey: .to)
    try container.encode(comparability, forKey: .comparability)
    try container.encode(justification, forKey: .justification)
  }
}
