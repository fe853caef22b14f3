import KommunKompass

/// The CSV conventions every CSV writer shares: the dialect's separator and decimal separator,
/// unrounded figures to six decimals, quoting only where needed, CRLF line ends and the dialect's
/// preamble.
struct CSVFormat {
  var dialect: CSVDialect

  /// A number with up to six decimals and the dialect's decimal separator; empty for none.
  func number(_ value: Double?) -> String {
    guard let value else { return "" }
    let text = NumberStyle(language: .english).decimal(value, maximumDecimals: 6)
    return String(text.map { $0 == "." ? dialect.decimalSeparator : $0 })
  }

  /// A whole number; empty for none.
  func integer(_ value: Int?) -> String {
    value.map(String.init) ?? ""
  }

  /// The rows as CSV text.
  func render(_ rows: [[String]]) -> String {
    dialect.preamble + rows.map { $0.map(field).joined(separator: String(dialect.separator)) + "\r\n" }.joined()
  }

  /// A field, quoted when it holds the separator, a quote or a line break.
  private func field(_ text: String) -> String {
    let needsQuotes =
      text.contains(dialect.separator) || text.contains("\"") || text.contains("\n") || text.contains("\r")
    guard needsQuotes else { return text }
    var quoted = "\""
    for character in text {
      if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
    }
    return quoted + "\""
  }
}
