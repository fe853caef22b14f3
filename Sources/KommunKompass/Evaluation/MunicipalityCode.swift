/// A Swedish municipality code (kommunkod) as assigned by Statistics Sweden (SCB): four digits, the
/// first two being the county (län). Kumla is `1881`, in Örebro län (`18`).
///
/// Matching evaluations by code rather than name avoids trouble with spellings such as
/// "Kumla" and "Kumla kommun".
public struct MunicipalityCode: RawRepresentable, Hashable, Sendable, Codable, Comparable,
  CustomStringConvertible
{
  /// The county codes SCB uses (01 Stockholms län … 25 Norrbottens län).
  public static let countyCodes: Set<String> = [
    "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14",
    "17", "18", "19", "20", "21", "22", "23", "24", "25",
  ]

  /// The four digits.
  public let rawValue: String

  /// Creates a code from four digits whose first two are an SCB county code; `nil` otherwise.
  public init?(rawValue: String) {
    guard Self.problem(with: rawValue) == nil else { return nil }
    self.rawValue = rawValue
  }

  /// The county (län) part: the first two digits.
  public var countyCode: String { String(rawValue.prefix(2)) }

  /// The four digits.
  public var description: String { rawValue }

  /// Orders codes numerically, which is SCB's order.
  public static func < (lhs: MunicipalityCode, rhs: MunicipalityCode) -> Bool {
    lhs.rawValue < rhs.rawValue
  }

  /// Why a text is not a municipality code, or `nil` when it is one.
  public static func problem(with text: String) -> LocalizedText? {
    let digits = text.allSatisfy { $0.isASCII && $0.isNumber }
    guard digits, text.count == 4 else {
      return LocalizedText(
        sv:
          "kommunkoden ska vara SCB:s fyrsiffriga kod inom citattecken, till exempel \"1881\" för Kumla, men är \"\(text.truncatedForMessage)\"",
        en:
          "the municipality code must be SCB's four-digit code in quotes, for example \"1881\" for Kumla, but is \"\(text.truncatedForMessage)\""
      )
    }
    guard countyCodes.contains(String(text.prefix(2))) else {
      return LocalizedText(
        sv: "kommunkoden \"\(text)\" börjar inte med en länskod (01, 03–10, 12–14, 17–25)",
        en:
          "the municipality code \"\(text)\" does not start with a county code (01, 03–10, 12–14, 17–25)"
      )
    }
    return nil
  }

  /// Decodes a code from a JSON string.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    if let problem = Self.problem(with: text) {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: problem.text(in: .english))
    }
    self.rawValue = text
  }

  /// Encodes the code as a JSON string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
