/// A good example the evaluators highlight for other municipalities to learn from.
public struct GoodExample: Codable, Hashable, Sendable {
  /// The id of the area the example belongs to, if it belongs to one.
  public var area: String?
  /// The example.
  public var text: String

  /// Creates a good example.
  public init(area: String? = nil, text: String) {
    self.area = area
    self.text = text
  }
}
