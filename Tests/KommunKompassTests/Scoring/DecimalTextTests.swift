import Testing

@testable import KommunKompass

@Suite("Numbers written for people")
struct DecimalTextTests {
  @Test(
    "Rounded half away from zero on the exact decimal value",
    arguments: [
      (12.4999999996, 0, "12"), (12.5, 0, "13"), (-12.5, 0, "-13"), (1.005, 2, "1.01"),
      (570.45, 1, "570.5"),
      (556.2000000000001, 2, "556.2"), (4.0, 2, "4"), (-0.001, 2, "0"), (0.125, 2, "0.13"),
    ])
  func rounding(_ value: Double, _ decimals: Int, _ expected: String) {
    #expect(DecimalText.format(value, maximumDecimals: decimals) == expected)
  }

  @Test("NaN, infinities and huge values are written, never a trap")
  func extremes() {
    #expect(DecimalText.format(.nan, maximumDecimals: 2) == "NaN")
    #expect(DecimalText.format(.infinity, maximumDecimals: 2) == "∞")
    #expect(DecimalText.format(-.infinity, maximumDecimals: 2) == "-∞")
    #expect(DecimalText.format(1e20, maximumDecimals: 2) == "100000000000000000000")
    #expect(DecimalText.format(2.5, maximumDecimals: 1, separator: ",") == "2,5")
  }
}
