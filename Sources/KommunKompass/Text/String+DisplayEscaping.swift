extension String {
  /// The text with every character that could steer a terminal or reorder the text around it
  /// written out visibly as `\u{HEX}`, for text and Markdown output.
  ///
  /// Escaped are the C0 control characters U+0000–U+001F (line breaks, tabs, escape, bell and
  /// backspace included), DEL (U+007F), the C1 control characters U+0080–U+009F, the bidirectional
  /// controls U+061C, U+200E, U+200F, U+202A–U+202E and U+2066–U+2069, and the line and paragraph
  /// separators U+2028 and U+2029. An escape sequence `ESC [ 2 J` thus shows as `\u{1B}[2J`, a
  /// right-to-left override as `\u{202E}`. Everything else, backslashes included, is kept, so text
  /// without such characters is returned unchanged and escaping twice changes nothing more.
  ///
  /// Renderers apply this to every line they build and then join the lines with their own line
  /// breaks, so a line break inside the data shows as `\u{A}`. JSON output keeps the exact text.
  package var escapedForDisplay: String {
    escapedForDisplay(keeping: [])
  }

  /// The text escaped as ``escapedForDisplay``, except for the given characters, which are kept
  /// (for example `"\n"` in HTML, where a line break is only white space).
  package func escapedForDisplay(keeping kept: Set<Unicode.Scalar>) -> String {
    guard unicodeScalars.contains(where: { $0.needsDisplayEscape && !kept.contains($0) }) else {
      return self
    }
    var escaped = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      if scalar.needsDisplayEscape && !kept.contains(scalar) {
        escaped.append(
          contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
      } else {
        escaped.append(scalar)
      }
    }
    return String(escaped)
  }
}

extension Unicode.Scalar {
  /// Whether the scalar is a control character, a bidirectional control or a line or paragraph
  /// separator (see ``Swift/String/escapedForDisplay``).
  fileprivate var needsDisplayEscape: Bool {
    switch value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
    default: false
    }
  }
}
