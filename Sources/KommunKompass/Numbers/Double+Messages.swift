import Foundation

extension Double {
  /// The number as written in English messages about sums and differences: without decimals when
  /// whole, otherwise with at most two decimals (556.2, not 556.2000000000001); see ``DecimalText``.
  package var formattedForMessage: String {
    DecimalText.format(self, maximumDecimals: 2)
  }

  /// The number as written in messages in the language: a decimal comma in Swedish (556,2), a
  /// decimal point in English (556.2).
  package func formattedForMessage(in language: Language) -> String {
    DecimalText.format(self, maximumDecimals: 2, separator: language == .swedish ? "," : ".")
  }

  /// Points as written in messages in the language: as ``formattedPoints`` (whole points without
  /// decimals, others as typed), with a decimal comma in Swedish.
  package func formattedPoints(in language: Language) -> String {
    language == .swedish
      ? formattedPoints.replacingOccurrences(of: ".", with: ",") : formattedPoints
  }
}
