/// The municipality an evaluation is about.
public struct Municipality: Codable, Hashable, Sendable {
  /// The name as the evaluators write it, for example "Kumla kommun".
  public var name: String
  /// SCB's municipality code, which identifies the municipality across files.
  public var code: MunicipalityCode
  /// Whether the municipality is made up, as in test data and generated datasets
  /// (`"fictitious": true` in the file): it is not checked against the ``MunicipalityRegister``
  /// and has no county or group.
  public var isFictitious: Bool

  enum CodingKeys: String, CodingKey {
    case name, code
    case isFictitious = "fictitious"
  }

  /// Creates a municipality.
  public init(name: String, code: MunicipalityCode, isFictitious: Bool = false) {
    self.name = name
    self.code = code
    self.isFictitious = isFictitious
  }

  /// Decodes a municipality; `fictitious` is optional and `false` when absent.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    name = try container.decode(String.self, forKey: .name)
    code = try container.decode(MunicipalityCode.self, forKey: .code)
    isFictitious = try container.decodeIfPresent(Bool.self, forKey: .isFictitious) ?? false
  }

  /// Encodes the municipality, writing `fictitious` only when it is `true`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(code, forKey: .code)
    if isFictitious { try container.encode(true, forKey: .isFictitious) }
  }
}
