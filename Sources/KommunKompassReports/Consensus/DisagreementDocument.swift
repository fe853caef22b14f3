import KommunKompass

/// The stable JSON shape of `kompass consensus --format json`, for other programs to read.
///
/// Keys come in a fixed order and are never removed within a format version; new keys may be
/// added. Shares are fractions (0.2 for 20 %); figures are unrounded. A statistic that is
/// undefined has `value` left out and a `reason` (`tooFewTargets`, `tooFewRaters`, `unequalRows`,
/// `noVariance`) with its explanation.
///
/// ```json
/// {
///   "formatVersion": 1,
///   "language": "sv",
///   "municipality": { "name": "Testby kommun", "code": "1899" },
///   "date": "2024-10-15",
///   "rubric": { "id": "kommunkompassen-2020", "revision": "2019/2020", "title": "…" },
///   "threshold": 0.2,
///   "evaluators": [{ "name": "Anna Andersson", "file": "anna.json" }],
///   "rows": [{ "id": "6.3", "assessments": [{ "points": 15 }, { "notAssessed": "…" }], "spread": 10, … }],
///   "areas": [{ "id": "1", "points": [66, 60], "range": 6 }],
///   "total": { "points": [560, 546], "range": 14 },
///   "agreement": { "comparedCount": 33, "leftOutCount": 2, "meanAbsoluteDifference": { "value": 0.04 }, "icc21": { "value": 0.87 } }
/// }
/// ```
public struct DisagreementDocument: Codable, Hashable, Sendable {
  /// The version of this JSON shape.
  public static let currentFormatVersion = 1

  /// One evaluator.
  public struct Evaluator: Codable, Hashable, Sendable {
    /// The evaluator's name, as their file names them.
    package var name: String
    /// Their file, as given on the command line.
    package var file: String?
  }

  /// One evaluator's assessment of a row: points, or the reason it was not assessed.
  public struct Assessment: Codable, Hashable, Sendable {
    /// The points, when scored.
    package var points: Double?
    /// Why it was not assessed, when it was not.
    package var notAssessed: String?
  }

  /// A sub-area (an area, in an area-level evaluation).
  public struct Row: Codable, Hashable, Sendable {
    /// The id of its area.
    package var areaId: String
    /// Its id.
    package var id: String
    /// Its title in the document's language.
    package var title: String
    /// Its maximum.
    package var maxPoints: Double
    /// Each evaluator's assessment, in the order of `evaluators`; `null` where there is none.
    package var assessments: [Assessment?]
    /// The highest minus the lowest points.
    package var spread: Double?
    /// The spread as a share of the maximum.
    package var spreadShare: Double?
    /// The mean of the points.
    package var mean: Double?
    /// The median of the points.
    package var median: Double?
    /// `spread` or `scoredAndNotAssessed` when flagged.
    package var flag: String?
    /// The agreed points, when the evaluators agree (the draft's rounded mean).
    package var agreedPoints: Double?
  }

  /// An area or the total: each evaluator's points and the range.
  public struct Sum: Codable, Hashable, Sendable {
    /// The area's id; absent for the total.
    package var id: String?
    /// The title in the document's language.
    package var title: String
    /// The maximum.
    package var maxPoints: Double
    /// Each evaluator's points; `null` when they assessed nothing here.
    package var points: [Double?]
    /// The maximum each evaluator assessed.
    package var assessedMaxPoints: [Double]
    /// The highest minus the lowest points.
    package var range: Double?
  }

  /// A statistic, or why it is undefined.
  public struct Statistic: Codable, Hashable, Sendable {
    /// The value, when defined.
    package var value: Double?
    /// Why it is undefined.
    package var reason: String?
    /// The reason in the document's language.
    package var explanation: String?
  }

  /// The agreement over all sub-areas every evaluator scored.
  public struct Agreement: Codable, Hashable, Sendable {
    /// How many sub-areas the statistics cover.
    package var comparedCount: Int
    /// How many were left out because some evaluator did not score them.
    package var leftOutCount: Int
    /// The mean absolute difference between two evaluators' shares of the maximum.
    package var meanAbsoluteDifference: Statistic
    /// ICC(2,1) on the shares.
    package var icc21: Statistic
  }

  /// The version of this JSON shape.
  package var formatVersion: Int
  /// The language of titles and sentences: `sv` or `en`.
  package var language: String
  /// The municipality.
  package var municipality: Municipality
  /// The evaluation's date.
  package var date: String
  /// The rubric.
  package var rubric: TimeComparisonDocument.RubricInfo
  /// `subArea` or `area`.
  package var detail: String
  /// The threshold as a share of the maximum.
  package var threshold: Double
  /// The evaluators.
  package var evaluators: [Evaluator]
  /// The rows, largest disagreement first.
  package var rows: [Row]
  /// Per area, in the rubric's order.
  package var areas: [Sum]
  /// The total.
  package var total: Sum
  /// The agreement statistics.
  package var agreement: Agreement

  /// The document of a report.
  public init(_ report: DisagreementReport, language: Language, rubrics: RubricCatalog = .bundled) {
    formatVersion = Self.currentFormatVersion
    self.language = language == .swedish ? "sv" : "en"
    municipality = report.municipality
    date = report.date.description
    let rubric = rubrics.rubric(id: report.rubricID)
    self.rubric = TimeComparisonDocument.RubricInfo(
      id: report.rubricID, revision: rubric?.revision ?? "",
      title: rubric?.title.text(in: language) ?? report.rubricID)
    detail = report.detail.rawValue
    threshold = report.threshold
    evaluators = report.evaluators.enumerated().map { index, name in
      Evaluator(name: name, file: index < report.files.count ? report.files[index] : nil)
    }
    rows = report.rows.map { row in
      Row(
        areaId: row.areaID, id: row.id, title: row.title.text(in: language),
        maxPoints: row.maxPoints,
        assessments: row.assessments.map { assessment in
          switch assessment {
          case .points(let points)?: Assessment(points: points)
          case .notAssessed(let reason)?: Assessment(notAssessed: reason)
          case .pending?, nil: nil
          }
        },
        spread: row.spread, spreadShare: row.spreadShare, mean: row.mean, median: row.median,
        flag: row.flag?.rawValue, agreedPoints: row.agreedPoints)
    }
    func sum(_ spread: AreaSpread) -> Sum {
      Sum(
        id: spread.id, title: spread.title.text(in: language), maxPoints: spread.maxPoints,
        points: spread.points, assessedMaxPoints: spread.assessedMaxPoints, range: spread.range)
    }
    areas = report.areas.map(sum)
    total = sum(report.total)
    func statistic(_ value: AgreementStatistic) -> Statistic {
      switch value {
      case .value(let value): Statistic(value: value)
      case .undefined(let reason):
        Statistic(reason: reason.rawValue, explanation: reason.explanation.text(in: language))
      }
    }
    agreement = Agreement(
      comparedCount: report.comparedCount, leftOutCount: report.leftOutCount,
      meanAbsoluteDifference: statistic(report.meanAbsoluteDifference),
      icc21: statistic(report.intraclassCorrelation))
  }

  /// The document as pretty-printed JSON, keys in declaration order, ending with a line break.
  public func jsonText() throws -> String {
    try OrderedJSONEncoder().encode(self)
  }
}
