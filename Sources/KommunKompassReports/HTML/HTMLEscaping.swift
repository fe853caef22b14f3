extension String {
  /// The text with `&`, `<`, `>`, `"` and `'` escaped, safe inside HTML and SVG text and attributes.
  var htmlEscaped: String {
    var escaped = ""
    escaped.reserveCapacity(count)
    for character in self {
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
    NumberStyle(language: .english).decimal(self, maximumDecimals: 2)
  }
}
