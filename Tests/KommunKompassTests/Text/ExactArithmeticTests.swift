import Foundation
import Testing

@testable import KommunKompass

/// Every figure is computed on exact decimal values and rounded half away from zero on them: sums
/// and means are never binary floating point with its noise, so a half is always a half.
@Suite("Figures are computed and rounded on exact decimal values")
struct ExactArithmeticTests {
  @Test(
    "Sums of file figures are the exact decimal sums",
    arguments: [
      // Added one by one in binary floating point these give 83.49999999999999,
      // 31.499999999999996 and 74.49999999999999, which would round down.
      ([7.02, 14.42, 24.77, 16.3, 20.99], 83.5, 84),
      ([4.43, 13.52, 2.82, 8.67, 2.06], 31.5, 32),
      ([24.39, 13.19, 23.77, 10.57, 2.58], 74.5, 75),
      ([0.1, 0.2], 0.3, 0),
      ([12.4999999996, 0.0000000001], 12.4999999997, 12),
    ])
  func sums(_ values: [Double], _ sum: Double, _ rounded: Int) {
    #expect(ExactArithmetic.sum(values) == sum)
    let score = values.reduce(Score.zero) {
      $0 + Score(points: $1, assessedMaxPoints: 100, maxPoints: 100)
    }
    #expect(score.points == sum)
    #expect(score.displayPoints == rounded)
  }

  @Test("A percentage is the exact share: 12.51 of 20 is 62.55 %, shown as 63 %")
  func percent() {
    let score = Score(points: 12.51, assessedMaxPoints: 20, maxPoints: 20)
    #expect(score.percent == 62.55)
    #expect(score.displayPercent == 63)
    // 1 of 3 is as near to a third as a Double gets.
    #expect(Score(points: 1, assessedMaxPoints: 3, maxPoints: 3).percent == 100.0 / 3)
    #expect(Score(points: 1, assessedMaxPoints: 0, maxPoints: 3).percent == nil)
  }

  @Test("Differences are exact: 57.5 − 50.05 is 7.45 and shows to one decimal as 7,5")
  func differences() {
    #expect(57.5 - 50.05 != 7.45)
    #expect(ExactArithmetic.difference(57.5, 50.05) == 7.45)
    #expect(
      DecimalText.format(ExactArithmetic.difference(57.5, 50.05), maximumDecimals: 1) == "7.5")
  }

  @Test("Peer statistics: a mean of 570.45 shows as 570,5, never 570,4")
  func peerMean() throws {
    // In binary floating point (570.2 + 570.3 + 570.85) / 3 is 570.4499999999999.
    var values = [570.2, 570.3, 570.85]
    let statistics = try #require(PeerStatistics(values: &values))
    #expect(statistics.mean == 570.45)
    #expect(DecimalText.format(statistics.mean, maximumDecimals: 1, separator: ",") == "570,5")
    #expect(statistics.median == 570.3)
    // The median of an even count is the exact mean of the middle two: (500.2 + 500.9) / 2 =
    // 500.55 (500.54999999999995 in binary floating point).
    var even = [500.9, 400, 500.2, 600]
    let evenStatistics = try #require(PeerStatistics(values: &even))
    #expect(evenStatistics.median == 500.55)
    #expect(DecimalText.format(evenStatistics.median, maximumDecimals: 1) == "500.6")
    // (400 + 500.2 + 500.9 + 600) / 4 = 2001.1 / 4 = 500.275.
    #expect(evenStatistics.mean == 500.275)
  }

  @Test("Whole published figures stay whole: no decimal appears that no input had")
  func wholeFigures() throws {
    // Höganäs 611, Tomelilla 497, Mark 438 and 510 as peers' totals.
    var values: [Double] = [611, 497, 438, 510]
    let statistics = try #require(PeerStatistics(values: &values))
    #expect(statistics.minimum == 438 && statistics.maximum == 611)
    // (497 + 510) / 2 = 503.5; (438 + 497 + 510 + 611) / 4 = 2056 / 4 = 514.
    #expect(statistics.median == 503.5)
    #expect(statistics.mean == 514)
    #expect(DecimalText.format(statistics.mean, maximumDecimals: 1) == "514")
    #expect(ExactArithmetic.difference(557, statistics.mean) == 43)
    // A whole figure scaled by a whole share stays whole: 30 of 80 assessed, on a maximum of 100,
    // is 37.5; 40 of 80 is 50.
    let full = ComparedValue(
      status: .partlyAssessed, score: Score(points: 40, assessedMaxPoints: 80, maxPoints: 100),
      sourceIDs: ["1"])
    #expect(full.pointsOnFullMaximum == 50)
  }

  @Test("12.4999999996 shows as 12 everywhere: whole number, one decimal kept as written")
  func nearHalf() {
    #expect(DisplayRounding.wholeNumber(12.4999999996) == 12)
    #expect(DecimalText.format(12.4999999996, maximumDecimals: 0) == "12")
    var values = [12.4999999996, 12.4999999996, 12.4999999996]
    #expect(PeerStatistics(values: &values).map { DisplayRounding.wholeNumber($0.mean) } == 12)
  }
}
