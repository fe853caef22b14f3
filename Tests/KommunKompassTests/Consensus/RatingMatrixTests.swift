import Testing

@testable import KommunKompass

@Suite("Inter-rater reliability")
struct RatingMatrixTests {
  /// Six targets rated by four judges: Table 2 of Shrout & Fleiss (1979), Psychological Bulletin
  /// 86(2):420–428.
  static let shroutFleiss = RatingMatrix(rows: [
    [9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7],
  ])

  @Test(
    "The three single-rater forms reproduce Shrout & Fleiss (1979) to two decimals",
    arguments: [(ICCForm.oneWayRandom, 0.17), (.twoWayRandom, 0.29), (.twoWayMixed, 0.71)])
  func shroutFleiss(_ form: ICCForm, _ published: Double) throws {
    let value = try #require(Self.shroutFleiss.intraclassCorrelation(form).value)
    #expect((value * 100).rounded() / 100 == published)
  }

  @Test("Mean squares match the published analysis of variance")
  func meanSquares() {
    let squares = Self.shroutFleiss.meanSquares()
    #expect(abs(squares.targets - 11.24) < 0.005)
    #expect(abs(squares.within - 6.26) < 0.005)
    #expect(abs(squares.raters - 32.49) < 0.005)
    #expect(abs(squares.residual - 1.02) < 0.005)
  }

  @Test("Perfect absolute agreement gives 1 in every form")
  func perfectAgreement() {
    let matrix = RatingMatrix(rows: [[1, 1], [3, 3], [8, 8]])
    for form in ICCForm.allCases {
      #expect(matrix.intraclassCorrelation(form) == .value(1))
    }
    #expect(matrix.meanAbsoluteDifference == .value(0))
  }

  @Test(
    "Undefined coefficients say why",
    arguments: [
      ([[Double]](), AgreementStatistic.UndefinedReason.tooFewRaters),
      ([[4, 5]], .tooFewTargets),
      ([[4], [5]], .tooFewRaters),
      ([[4, 5], [5]], .unequalRows),
      ([[5, 5], [5, 5], [5, 5]], .noVariance),
    ])
  func undefined(_ rows: [[Double]], _ reason: AgreementStatistic.UndefinedReason) {
    #expect(RatingMatrix(rows: rows).intraclassCorrelation(.twoWayRandom) == .undefined(reason))
  }

  @Test("Mean absolute difference averages every pair of raters over every target")
  func meanAbsoluteDifference() {
    // Pairs per row: |1-2|, |1-4|, |2-4| = 1, 3, 2; |5-5|, |5-8|, |5-8| = 0, 3, 3. Mean 12/6 = 2.
    #expect(RatingMatrix(rows: [[1, 2, 4], [5, 5, 8]]).meanAbsoluteDifference == .value(2))
    #expect(RatingMatrix(rows: [[1], [2]]).meanAbsoluteDifference == .undefined(.tooFewRaters))
  }
}
