import Foundation

/// The rules by which evaluators' texts and numbers are merged into one consensus.
enum ConsensusText {
  /// The texts, each kept once: a text equal to an earlier one after ``String/normalizedForComparison``
  /// is left out, the first spelling kept.
  static func uniqued(_ texts: [String]) -> [String] {
    var seen: Set<String> = []
    return texts.filter { seen.insert($0.normalizedForComparison).inserted }
  }

  /// The number of decimals in the shortest decimal text of a value, at most six.
  static func decimals(of value: Double) -> Int {
    let text = "\(value)"
    guard !text.contains("e"), let point = text.firstIndex(of: ".") else {
      return text.contains("e") ? 6 : 0
    }
    let fraction = text[text.index(after: point)...]
    return fraction == "0" ? 0 : min(6, fraction.count)
  }

  /// The mean of the values on their exact decimal values, rounded half away from zero to the
  /// given decimals: the mean of 12 and 13 with no decimals is 13, of 12.5 and 12.75 with two
  /// decimals 12.63.
  static func roundedMean(of values: [Double], decimals: Int) -> Double {
    let locale = Locale(identifier: "en_US_POSIX")
    var sum = Decimal(0)
    for value in values {
      sum += Decimal(string: "\(value)", locale: locale) ?? Decimal(value)
    }
    var mean = sum / Decimal(values.count)
    var rounded = Decimal()
    NSDecimalRound(&rounded, &mean, decimals, .plain)
    return Double(NSDecimalNumber(decimal: rounded).description(withLocale: locale))
      ?? NSDecimalNumber(decimal: rounded).doubleValue
  }
}

extension String {
  /// The text as two texts are compared when merging: in Unicode form C, runs of white space
  /// (line breaks included) as one space, none at either end.
  var normalizedForComparison: String {
    precomposed.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
