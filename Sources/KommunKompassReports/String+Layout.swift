extension String {
  /// The text split into lines of at most `width` characters at spaces; a longer word gets a line
  /// of its own.
  func wrapped(width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    // A no-break space (as before "%") joins its neighbours into one word.
    for word in split(whereSeparator: { $0.isWhitespace && $0 != "\u{A0}" && $0 != "\u{202F}" }) {
      if current.isEmpty {
        current = String(word)
      } else if current.count + 1 + word.count <= width {
        current += " " + word
      } else {
        lines.append(current)
        current = String(word)
      }
    }
    lines.append(current)
    return lines
  }

  /// The text padded with spaces on the right to at least `width` characters.
  func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  /// The text padded with spaces on the left to at least `width` characters.
  func leftPadding(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }

  /// The text without spaces at its end.
  var trimmingTrailingSpaces: String {
    var text = self
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }
}

extension Array where Element == String {
  /// The lines as the text a renderer returns: each line with its control characters and
  /// bidirectional controls escaped (see `String.escapedForDisplay`), joined with line breaks and
  /// ending with one. Only these line breaks are real; one inside the data shows as `\u{A}`.
  var displayText: String {
    map(\.escapedForDisplay).joined(separator: "\n") + "\n"
  }
}
