extension Double {
  /// The number as written in messages about sums and differences: without decimals when whole,
  /// otherwise with at most two decimals (556.2, not 556.2000000000001); see ``DecimalText``.
  package var formattedForMessage: String {
    DecimalText.format(self, maximumDecimals: 2)
  }
}
