import Foundation

/// Sums, differences, means and shares of figures taken on their exact decimal values, so that a
/// result is the `Double` nearest to the exact decimal result and rounds for display as that
/// decimal does.
///
/// A figure's exact decimal value is the shortest decimal text that reads back as the same
/// `Double` (what a file wrote, for a figure from a file; see ``DecimalText``). Binary floating
/// point cannot hold most decimals, so `570.1 + 570.8` is 1140.8999999999999 and half of it
/// 570.4499999999999, which would show as 570,4 where the exact mean 570.45 shows as 570,5. Here
/// the sum is 1140.9 and the mean 570.45.
///
/// Figures with at most two decimals (every published figure) are added as integer hundredths,
/// which is fast; other figures, and every quotient, go through `Decimal`.
package enum ExactArithmetic {
  /// The largest magnitude added as integer hundredths: well inside the range where two
  /// neighbouring `Double`s are closer than 0.01 apart, so each holds at most one such decimal.
  private static let hundredthsLimit = 1e12

  /// The locale whose decimal texts use a point and no grouping.
  private static let posix = Locale(identifier: "en_US_POSIX")

  /// The magnitudes `Decimal` holds with room for products and quotients; figures outside are
  /// computed in binary floating point (no valid evaluation comes near them).
  private static let decimalRange = 1e-60...1e60

  /// The figure as a whole number of hundredths, when it is one exactly (at most two decimals).
  static func hundredths(_ value: Double) -> Int64? {
    guard abs(value) < hundredthsLimit else { return nil }
    let scaled = (value * 100).rounded()
    guard scaled / 100 == value else { return nil }
    return Int64(scaled)
  }

  /// The exact decimal value of a finite figure; `nil` for NaN and infinities.
  static func decimal(_ value: Double) -> Decimal? {
    guard value.isFinite, value == 0 || decimalRange.contains(abs(value)) else { return nil }
    guard let decimal = Decimal(string: "\(value)", locale: posix), !decimal.isNaN else {
      return nil
    }
    return decimal
  }

  /// The `Double` nearest to a decimal.
  static func double(_ value: Decimal) -> Double {
    guard !value.isNaN else { return .nan }
    return Double(
      NSDecimalNumber(decimal: value).description(withLocale: Locale(identifier: "en_US_POSIX")))
      ?? NSDecimalNumber(decimal: value).doubleValue
  }

  /// `a + b` on the exact decimal values.
  package static func sum(_ a: Double, _ b: Double) -> Double {
    if let x = hundredths(a), let y = hundredths(b) { return Double(x + y) / 100 }
    guard let x = decimal(a), let y = decimal(b) else { return a + b }
    let result = double(x + y)
    return result.isFinite ? result : a + b
  }

  /// The sum of the figures on their exact decimal values, 0 for none: whole hundredths while
  /// every figure is one, then `Decimal`, each figure converted once.
  package static func sum(_ values: [Double]) -> Double {
    var hundredths: Int64 = 0
    var exact: Decimal?
    for value in values {
      if exact == nil, let part = Self.hundredths(value), abs(hundredths) < 1 << 52 {
        hundredths += part
        continue
      }
      guard let part = decimal(value) else { return values.reduce(0, +) }
      exact = (exact ?? Decimal(hundredths) / 100) + part
    }
    guard let exact else { return Double(hundredths) / 100 }
    let result = double(exact)
    return result.isFinite ? result : values.reduce(0, +)
  }

  /// `a − b` on the exact decimal values.
  package static func difference(_ a: Double, _ b: Double) -> Double {
    sum(a, -b)
  }

  /// `numerator × factor / denominator` on the exact decimal values, for shares and scaling
  /// (`points × 100 / maximum` is a percentage); `nil` when the denominator is 0.
  package static func product(_ numerator: Double, times factor: Double, over denominator: Double)
    -> Double?
  {
    guard denominator != 0 else { return nil }
    // 100 × points overflows for points above about 1.8e306; the share itself does not.
    let inBinary = numerator * factor / denominator
    let fallback = inBinary.isFinite ? inBinary : factor * (numerator / denominator)
    guard let n = decimal(numerator), let f = decimal(factor), let d = decimal(denominator) else {
      return fallback
    }
    let result = double(n * f / d)
    return result.isFinite ? result : fallback
  }

  /// The arithmetic mean on the exact decimal values; `nil` for none.
  package static func mean(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    return product(sum(values), times: 1, over: Double(values.count))
  }
}
