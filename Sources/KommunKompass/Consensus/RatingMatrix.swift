/// Ratings of several targets by the same raters: one row per target, one column per rater.
///
/// It gives the intraclass correlation coefficients of Shrout & Fleiss (1979) for a single rater
/// and the mean absolute difference between raters.
///
/// ```swift
/// let matrix = RatingMatrix(rows: [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8]])
/// if let icc = matrix.intraclassCorrelation(.twoWayRandom).value { print(icc) }
/// ```
public struct RatingMatrix: Hashable, Sendable {
  /// The ratings: `rows[target][rater]`.
  public var rows: [[Double]]

  /// Creates a matrix from one row of ratings per target.
  public init(rows: [[Double]]) {
    self.rows = rows
  }

  /// The number of targets (rows).
  public var targetCount: Int { rows.count }

  /// The number of raters (columns), or `nil` when the rows differ in length.
  public var raterCount: Int? {
    guard let first = rows.first else { return 0 }
    return rows.allSatisfy({ $0.count == first.count }) ? first.count : nil
  }

  /// The mean squares of the two-way analysis of variance.
  struct MeanSquares {
    /// Between targets.
    var targets: Double
    /// Between raters.
    var raters: Double
    /// Within targets (raters and residual together), for the one-way model.
    var within: Double
    /// Residual.
    var residual: Double
  }

  /// Why no coefficient can be computed, or `nil` when the matrix has the shape one needs.
  func shapeProblem() -> AgreementStatistic.UndefinedReason? {
    guard let raters = raterCount else { return .unequalRows }
    if raters < 2 { return .tooFewRaters }
    if targetCount < 2 { return .tooFewTargets }
    return nil
  }

  func meanSquares() -> MeanSquares {
    let n = Double(targetCount)
    let k = Double(rows[0].count)
    let grandMean = rows.joined().reduce(0, +) / (n * k)
    let rowMeans = rows.map { $0.reduce(0, +) / k }
    let columnMeans = rows[0].indices.map { column in rows.map { $0[column] }.reduce(0, +) / n }
    let total = rows.joined().map { ($0 - grandMean) * ($0 - grandMean) }.reduce(0, +)
    let betweenTargets = k * rowMeans.map { ($0 - grandMean) * ($0 - grandMean) }.reduce(0, +)
    let betweenRaters = n * columnMeans.map { ($0 - grandMean) * ($0 - grandMean) }.reduce(0, +)
    let residual = total - betweenTargets - betweenRaters
    return MeanSquares(
      targets: betweenTargets / (n - 1),
      raters: betweenRaters / (k - 1),
      within: (total - betweenTargets) / (n * (k - 1)),
      residual: residual / ((n - 1) * (k - 1)))
  }

  /// The intraclass correlation coefficient of the given form for a single rater.
  ///
  /// Undefined with fewer than two targets or raters, rows of unequal length, or ratings whose
  /// variance leaves the coefficient without a denominator.
  public func intraclassCorrelation(_ form: ICCForm) -> AgreementStatistic {
    if let problem = shapeProblem() { return .undefined(problem) }
    let squares = meanSquares()
    let n = Double(targetCount)
    let k = Double(rows[0].count)
    let numerator: Double
    let denominator: Double
    switch form {
    case .oneWayRandom:
      numerator = squares.targets - squares.within
      denominator = squares.targets + (k - 1) * squares.within
    case .twoWayRandom:
      numerator = squares.targets - squares.residual
      denominator =
        squares.targets + (k - 1) * squares.residual + k * (squares.raters - squares.residual) / n
    case .twoWayMixed:
      numerator = squares.targets - squares.residual
      denominator = squares.targets + (k - 1) * squares.residual
    }
    let scale = Swift.max(1, abs(squares.targets) + abs(squares.raters) + abs(squares.within))
    guard abs(denominator) > 1e-12 * scale else { return .undefined(.noVariance) }
    return .value(numerator / denominator)
  }

  /// The mean, over targets and over every pair of raters, of the absolute difference between the
  /// two raters' ratings. Undefined with fewer than two raters, no targets or unequal rows.
  public var meanAbsoluteDifference: AgreementStatistic {
    guard let raters = raterCount else { return .undefined(.unequalRows) }
    if raters < 2 { return .undefined(.tooFewRaters) }
    if targetCount < 1 { return .undefined(.tooFewTargets) }
    var sum = 0.0
    var count = 0
    for row in rows {
      for first in row.indices {
        for second in row.indices where second > first {
          sum += abs(row[first] - row[second])
          count += 1
        }
      }
    }
    return .value(sum / Double(count))
  }
}
