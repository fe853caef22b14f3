import Foundation

/// The one way numbers with decimals are written for people: in messages, text, Markdown, HTML and
/// CSV.
///
/// A number is rounded half away from zero, on the exact decimal value it stands for: the shortest
/// decimal text that reads back as the same `Double` (what a file wrote, for numbers from a file),
/// not the nearest binary fraction. So `12.4999999996` with no decimals is 12, and `1.005` with two
/// decimals is 1.01. Trailing zeros are left out. NaN and infinities, which valid data never holds,
/// are written as `NaN`, `∞` and `-∞` rather than stopping the program.
///
/// JSON output is the exception: it keeps every number exactly as computed (the shortest text that
/// reads back as the same `Double`), since programs, not people, read it.
package enum DecimalText {
  /// The locale whose decimal texts use a point and no grouping.
  private static let posix = Locale(identifier: "en_US_POSIX")

  /// The number rounded to at most `maximumDecimals` decimals, with the given decimal separator.
  package static func format(_ value: Double, maximumDecimals: Int, separator: Character = ".")
    -> String
  {
    guard value.isFinite else {
      if value.isNaN { return "NaN" }
      return value < 0 ? "-∞" : "∞"
    }
    guard var exact = Decimal(string: "\(value)", locale: posix) else {
      return "\(value)"
    }
    var rounded = Decimal()
    NSDecimalRound(&rounded, &exact, max(0, maximumDecimals), .plain)
    var text = NSDecimalNumber(decimal: rounded).description(
      withLocale: posix)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    if text == "-0" { text = "0" }
    return separator == "." ? text : String(text.map { $0 == "." ? separator : $0 })
  }
}
