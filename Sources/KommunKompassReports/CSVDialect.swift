/// The flavour of CSV to write.
public enum CSVDialect: String, Sendable, Hashable, CaseIterable {
  /// For Excel with Swedish settings: `;` between fields, decimal comma, UTF-8 with a byte order
  /// mark so Excel reads å, ä and ö correctly, CRLF line ends.
  case excel
  /// Plain RFC 4180: `,` between fields, decimal point, no byte order mark, CRLF line ends.
  case rfc4180

  /// The field separator.
  package var separator: Character {
    switch self {
    case .excel: ";"
    case .rfc4180: ","
    }
  }

  /// The decimal separator.
  package var decimalSeparator: Character {
    switch self {
    case .excel: ","
    case .rfc4180: "."
    }
  }

  /// Text written before the first row.
  package var preamble: String {
    switch self {
    case .excel: "\u{FEFF}"
    case .rfc4180: ""
    }
  }
}
