/// A Swedish county (län), as SCB numbers them: `18` Örebro län.
public struct County: Hashable, Sendable, Codable, Comparable {
  /// SCB's two-digit county code, the first two digits of its municipalities' codes.
  public var code: String
  /// The official name in full, such as "Örebro län"; a Swedish name in every language.
  public var name: String

  /// Creates a county.
  public init(code: String, name: String) {
    self.code = code
    self.name = name
  }

  /// Orders counties by code, which is SCB's order.
  public static func < (lhs: County, rhs: County) -> Bool { lhs.code < rhs.code }
}
