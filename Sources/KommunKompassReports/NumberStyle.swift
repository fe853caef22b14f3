import KommunKompass

/// Number formatting for people: Swedish ("63 %", "4,8", "−3") or English ("63%", "4.8", "−3").
///
/// A Swedish percentage has a no-break space before `%`, so the sign never breaks from its
/// figure. Negative figures get a real minus sign (U+2212) in text for people; CSV, JSON and SVG
/// coordinates are read by programs and keep the hyphen-minus (``typographicMinus`` is `false`).
package struct NumberStyle: Sendable, Hashable {
  /// The language whose conventions are used.
  package var language: Language
  /// Whether negative figures are written with the minus sign (−) rather than a hyphen (-).
  package var typographicMinus: Bool

  /// Creates a number style for a language; `typographicMinus` is for text that people read.
  package init(language: Language, typographicMinus: Bool = true) {
    self.language = language
    self.typographicMinus = typographicMinus
  }

  /// A whole percentage: `63 %` (with a no-break space) in Swedish, `63%` in English.
  package func percent(_ value: Int) -> String {
    let figure = withMinus("\(value)")
    return switch language {
    case .swedish: "\(figure)\u{A0}%"
    case .english: "\(figure)%"
    }
  }

  /// A number with at most the given decimals, trailing zeros removed, using the language's decimal
  /// separator: `4,8` in Swedish, `4.8` in English. Rounded half away from zero on the number's exact
  /// decimal value; NaN and infinities are written out rather than stopping the program.
  package func decimal(_ value: Double, maximumDecimals: Int = 2) -> String {
    withMinus(
      DecimalText.format(
        value, maximumDecimals: maximumDecimals, separator: language == .swedish ? "," : "."))
  }

  /// The minus sign this style writes: `−` for people, `-` for programs.
  var minusSign: String { typographicMinus ? "\u{2212}" : "-" }

  /// The text with a leading hyphen-minus turned into this style's minus sign.
  private func withMinus(_ text: String) -> String {
    guard typographicMinus, text.hasPrefix("-") else { return text }
    return minusSign + text.dropFirst()
  }
}
