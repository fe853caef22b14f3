import KommunKompass

/// Number formatting for reports: Swedish ("63 %", "4,8") or English ("63%", "4.8").
package struct NumberStyle: Sendable, Hashable {
  /// The language whose conventions are used.
  package var language: Language

  /// Creates a number style for a language.
  package init(language: Language) {
    self.language = language
  }

  /// A whole percentage: `63 %` in Swedish, `63%` in English.
  package func percent(_ value: Int) -> String {
    switch language {
    case .swedish: "\(value) %"
    case .english: "\(value)%"
    }
  }

  /// A number with at most the given decimals, trailing zeros removed, using the language's decimal
  /// separator: `4,8` in Swedish, `4.8` in English. Rounded half away from zero on the number's exact
  /// decimal value; NaN and infinities are written out rather than stopping the program.
  package func decimal(_ value: Double, maximumDecimals: Int = 2) -> String {
    DecimalText.format(
      value, maximumDecimals: maximumDecimals, separator: language == .swedish ? "," : ".")
  }
}
