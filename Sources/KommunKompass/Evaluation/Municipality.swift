/// The municipality an evaluation is about.
public struct Municipality: Codable, Hashable, Sendable {
  /// The name as the evaluators write it, for example "Kumla kommun".
  public var name: String
  /// SCB's municipality code, which identifies the municipality across files.
  public var code: MunicipalityCode

  /// Creates a municipality.
  public init(name: String, code: MunicipalityCode) {
    self.name = name
    self.code = code
  }
}
