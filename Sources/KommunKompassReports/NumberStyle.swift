import KommunKompass

/// Number formatting for reports: Swedish ("63 %", "4,8") or English ("63%", "4.8").
public struct NumberStyle: Sendable, Hashable {
  /// The language whose conventions are used.
  public var language: Language

  /// Creates a number style for a language.
  public init(language: Language) {
    self.language = language
  }

  /// A whole percentage: `63 %` in Swedish, `63%` in English.
  public func percent(_ value: Int) -> String {
    switch language {
    case .swedish: "\(value) %"
    case .english: "\(value)%"
    }
  }

  /// A number with at most the given decimals, trailing zeros removed, using the language's decimal
  /// separator: `4,8` in Swedish, `4.8` in English.
  public func decimal(_ value: Double, maximumDecimals: Int = 2) -> String {
    var scale = 1.0
    for _ in 0..<maximumDecimals { scale *= 10 }
    let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
    let negative = scaled < 0
    let magnitude = Int(abs(scaled))
    let scaleInt = Int(scale)
    var text = String(magnitude / scaleInt)
    var fraction = maximumDecimals > 0 ? String(magnitude % scaleInt) : ""
    if !fraction.isEmpty {
      fraction = String(repeating: "0", count: maximumDecimals - fraction.count) + fraction
      while fraction.hasSuffix("0") { fraction.removeLast() }
    }
    if !fraction.isEmpty {
      text += (language == .swedish ? "," : ".") + fraction
    }
    return negative && magnitude != 0 ? "-" + text : text
  }
}
