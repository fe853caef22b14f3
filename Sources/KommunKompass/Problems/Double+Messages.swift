import Foundation

extension Double {
  /// The number as written in messages about sums and differences: without decimals when whole,
  /// otherwise with at most two decimals (556.2, not 556.2000000000001).
  package var formattedForMessage: String {
    let hundredths = (self * 100).rounded() / 100
    if hundredths.isFinite, hundredths.rounded() == hundredths, abs(hundredths) < 1e15 {
      return String(Int(hundredths))
    }
    var text = String(format: "%.2f", hundredths)
    while text.hasSuffix("0") { text.removeLast() }
    return text
  }
}
