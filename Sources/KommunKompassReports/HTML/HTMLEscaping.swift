import KommunKompass

extension String {
  /// The text with `&`, `<`, `>`, `"` and `'` escaped, safe inside HTML and SVG text and attributes.
  ///
  /// Control characters other than the line break, and the bidirectional controls (such as the
  /// right-to-left override U+202E), are written out visibly as in text output, `\u{202E}` (see
  /// `String.escapedForDisplay`): a character reference would not help, since the browser reads it
  /// as the same character, so data could otherwise reorder the text of the page around it.
  var htmlEscaped: String {
    var escaped = ""
    escaped.reserveCapacity(count)
    for character in escapedForDisplay(keeping: ["\n"]) {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default: escaped.append(character)
      }
    }
    return escaped
  }
}

extension Double {
  /// The value for an SVG coordinate: at most two decimals, no trailing zeros.
  var svg: String {
    NumberStyle(language: .english, typographicMinus: false).decimal(self, maximumDecimals: 2)
  }
}
