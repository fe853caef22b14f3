import KommunKompass

/// The CSV conventions every CSV writer shares: the dialect's separator and decimal separator,
/// unrounded figures to six decimals, quoting only where needed, CRLF line ends and the dialect's
/// preamble.
///
/// A text cell that a spreadsheet would take for a formula, one starting with `=`, `+`, `-`, `@`,
/// a tab or a carriage return, gets a leading apostrophe (`'=HYPERLINK(…)`), as OWASP recommends
/// against CSV injection; the spreadsheet then shows it as text. Numbers (an optional minus,
/// digits and at most one decimal separator, as ``number(_:)`` and ``integer(_:)`` write them)
/// are never changed, so `-0,45` stays a number.
struct CSVFormat {
  var dialect: CSVDialect

  /// A number with up to six decimals and the dialect's decimal separator; empty for none.
  func number(_ value: Double?) -> String {
    guard let value else { return "" }
    let text = NumberStyle(language: .english, typographicMinus: false).decimal(
      value, maximumDecimals: 6)
    return String(text.map { $0 == "." ? dialect.decimalSeparator : $0 })
  }

  /// A whole number; empty for none.
  func integer(_ value: Int?) -> String {
    value.map(String.init) ?? ""
  }

  /// The rows as CSV text.
  func render(_ rows: [[String]]) -> String {
    dialect.preamble
      + rows.map { $0.map(field).joined(separator: String(dialect.separator)) + "\r\n" }.joined()
  }

  /// A field, neutralised when it could be read as a formula, and quoted when it holds the
  /// separator, a quote or a line break.
  private func field(_ cell: String) -> String {
    let text = startsLikeFormula(cell) && !isNumber(cell) ? "'" + cell : cell
    let needsQuotes =
      text.contains(dialect.separator) || text.contains("\"") || text.contains("\n")
      || text.contains("\r")
    guard needsQuotes else { return text }
    var quoted = "\""
    for character in text {
      if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
    }
    return quoted + "\""
  }

  /// Whether a spreadsheet could take the text for a formula: it starts with `=`, `+`, `-`, `@`,
  /// a tab or a carriage return.
  private func startsLikeFormula(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    return "=+-@\t\r".unicodeScalars.contains(first)
  }

  /// Whether the text is a number as this format writes one: an optional minus, digits and at most
  /// one decimal separator between digits.
  private func isNumber(_ text: String) -> Bool {
    var scalars = Substring(text).unicodeScalars[...]
    if scalars.first == "-" { scalars.removeFirst() }
    guard let separator = dialect.decimalSeparator.unicodeScalars.first else { return false }
    let parts = scalars.split(separator: separator, omittingEmptySubsequences: false)
    return (1...2).contains(parts.count)
      && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }
  }
}
