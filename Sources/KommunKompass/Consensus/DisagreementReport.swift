/// How far several evaluators' independent assessments of one municipality are apart: the agenda
/// of the group's consensus meeting.
///
/// Per sub-area (per area in an area-level evaluation) each evaluator's points, the spread and
/// whether it needs discussion, sorted so the largest disagreements come first; the effect on each
/// area and on the total; and the agreement over all sub-areas scored by everyone, as the mean
/// absolute difference and the intraclass correlation ICC(2,1), both on each sub-area's share of
/// its maximum.
///
/// Make one from evaluators' files with ``EvaluatorGroup/disagreementReport()``, or from the
/// proposals kept in a consensus evaluation with ``init(proposalsOf:rubric:threshold:)``.
public struct DisagreementReport: Hashable, Sendable {
  /// The municipality evaluated.
  public var municipality: Municipality
  /// The date of the evaluation (the latest, when different dates were allowed).
  public var date: CalendarDate
  /// The rubric's id.
  public var rubricID: String
  /// Whether the rows are sub-areas or areas.
  public var detail: EvaluationDetail
  /// The evaluators, in the order of the files (or of their first proposal).
  public var evaluators: [String]
  /// The file each evaluator's assessment came from, when known.
  public var files: [String?]
  /// The share of a maximum from which a spread is flagged (0.2 for 20 %).
  public var threshold: Double
  /// The sub-areas (or areas): flagged ones first, then by spread as a share of the maximum,
  /// largest first, ties in the rubric's order.
  public var rows: [DisagreementRow]
  /// Per area, each evaluator's points and their range, in the rubric's order (empty for an
  /// area-level evaluation, whose rows are the areas).
  public var areas: [AreaSpread]
  /// Each evaluator's total and the range of the totals.
  public var total: AreaSpread
  /// The mean absolute difference between two evaluators' shares of the maximum, over the
  /// sub-areas every evaluator scored and every pair of evaluators (0.1 for 10 percentage points).
  public var meanAbsoluteDifference: AgreementStatistic
  /// ICC(2,1) on the shares of the sub-areas every evaluator scored.
  public var intraclassCorrelation: AgreementStatistic
  /// How many sub-areas the two statistics are computed on.
  public var comparedCount: Int
  /// How many sub-areas the statistics leave out because some evaluator did not score them.
  public var leftOutCount: Int

  /// The rows flagged for discussion.
  public var flaggedRows: [DisagreementRow] { rows.filter { $0.flag != nil } }

  /// The disagreement recorded in a consensus evaluation's proposals, or `nil` when it has none.
  ///
  /// The evaluators are those named in the proposals, in the order they first appear; each row's
  /// ``DisagreementRow/agreedPoints`` is the points the group wrote, if it has.
  public init?(proposalsOf evaluation: Evaluation, rubric: Rubric, threshold: Double = 0.2) {
    guard evaluation.isConsensus else { return nil }
    var evaluators: [String] = []
    func note(_ proposals: [(evaluator: String, assessment: SubAreaEvaluation.Assessment?)]) {
      for proposal in proposals where proposal.assessment != nil {
        if !evaluators.contains(proposal.evaluator) { evaluators.append(proposal.evaluator) }
      }
    }
    func pairs(_ proposals: [Proposal]) -> [(String, SubAreaEvaluation.Assessment?)] {
      proposals.map { ($0.evaluator, $0.assessment) }
    }
    func pairs(_ proposals: [AreaProposal]) -> [(String, SubAreaEvaluation.Assessment?)] {
      proposals.map { ($0.evaluator, $0.assessment) }
    }
    for area in evaluation.areas {
      note(pairs(area.proposals))
      for subArea in area.subAreas { note(pairs(subArea.proposals)) }
    }
    var parts: [Part] = []
    func part(
      areaID: String, id: String, title: LocalizedText, maxPoints: Double,
      proposals: [(evaluator: String, assessment: SubAreaEvaluation.Assessment?)],
      assessment: SubAreaEvaluation.Assessment?
    ) -> Part {
      let assessments = evaluators.map { name in
        proposals.first { $0.evaluator == name }?.assessment
      }
      return Part(
        areaID: areaID, id: id, title: title, maxPoints: maxPoints, assessments: assessments,
        agreed: assessment)
    }
    for rubricArea in rubric.areas {
      guard let area = evaluation.areas.first(where: { $0.id == rubricArea.id }) else { continue }
      if evaluation.detail == .area {
        parts.append(
          part(
            areaID: area.id, id: area.id, title: rubricArea.title,
            maxPoints: rubricArea.maxPoints, proposals: pairs(area.proposals),
            assessment: area.assessment))
        continue
      }
      for rubricSubArea in rubricArea.subAreas {
        guard let subArea = area.subAreas.first(where: { $0.id == rubricSubArea.id }) else {
          continue
        }
        parts.append(
          part(
            areaID: area.id, id: subArea.id, title: rubricSubArea.title,
            maxPoints: rubricSubArea.maxPoints, proposals: pairs(subArea.proposals),
            assessment: subArea.assessment))
      }
    }
    self.init(
      municipality: evaluation.municipality, date: evaluation.date, rubric: rubric,
      detail: evaluation.detail, evaluators: evaluators,
      files: Array(repeating: nil, count: evaluators.count), threshold: threshold, parts: parts)
  }

  /// One sub-area (or area) with each evaluator's assessment, before the statistics.
  struct Part {
    var areaID: String
    var id: String
    var title: LocalizedText
    var maxPoints: Double
    var assessments: [SubAreaEvaluation.Assessment?]
    var agreed: SubAreaEvaluation.Assessment?
  }

  /// Computes the report from each part's assessments.
  init(
    municipality: Municipality, date: CalendarDate, rubric: Rubric, detail: EvaluationDetail,
    evaluators: [String], files: [String?], threshold: Double, parts: [Part]
  ) {
    self.municipality = municipality
    self.date = date
    self.rubricID = rubric.id
    self.detail = detail
    self.evaluators = evaluators
    self.files = files
    self.threshold = threshold

    var rows: [(order: Int, row: DisagreementRow)] = []
    var shares: [[Double]] = []
    for (order, part) in parts.enumerated() {
      let row = Self.row(of: part, threshold: threshold)
      rows.append((order, row))
      let points = row.points
      if points.count == evaluators.count, part.maxPoints > 0 {
        shares.append(points.map { $0 / part.maxPoints })
      }
    }
    self.rows = rows.sorted { first, second in
      let (a, b) = (first.row, second.row)
      if (a.flag != nil) != (b.flag != nil) { return a.flag != nil }
      let (shareA, shareB) = (a.spreadShare ?? 0, b.spreadShare ?? 0)
      if shareA != shareB { return shareA > shareB }
      return first.order < second.order
    }.map(\.row)

    let matrix = RatingMatrix(rows: shares)
    comparedCount = shares.count
    leftOutCount = parts.count - shares.count
    meanAbsoluteDifference = matrix.meanAbsoluteDifference
    intraclassCorrelation = matrix.intraclassCorrelation(.twoWayRandom)

    func spread(
      id: String?, title: LocalizedText, maxPoints: Double, of included: [Part]
    ) -> AreaSpread {
      var points: [Double?] = []
      var maxima: [Double] = []
      for evaluator in evaluators.indices {
        var sum: Double?
        var maximum = 0.0
        for part in included {
          if case .points(let value)? = part.assessments[evaluator] {
            sum = (sum ?? 0) + value
            maximum += part.maxPoints
          }
        }
        points.append(sum)
        maxima.append(maximum)
      }
      let given = points.compactMap { $0 }
      let range = given.count >= 2 ? (given.max() ?? 0) - (given.min() ?? 0) : nil
      return AreaSpread(
        id: id, title: title, maxPoints: maxPoints, points: points, assessedMaxPoints: maxima,
        range: range)
    }
    areas =
      detail == .area
      ? []
      : rubric.areas.map { area in
        spread(
          id: area.id, title: area.title, maxPoints: area.maxPoints,
          of: parts.filter { $0.areaID == area.id })
      }
    total = spread(
      id: nil, title: LocalizedText(sv: "Totalt", en: "Total"), maxPoints: rubric.maxPoints,
      of: parts)
  }

  /// The row of a part: spread, mean, median and flag.
  static func row(of part: Part, threshold: Double) -> DisagreementRow {
    var points = part.assessments.compactMap { assessment -> Double? in
      if case .points(let points)? = assessment { points } else { nil }
    }
    let hasNotAssessed = part.assessments.contains {
      if case .notAssessed? = $0 { true } else { false }
    }
    let statistics = PeerStatistics(values: &points)
    let spread = statistics.flatMap { $0.count >= 2 ? $0.maximum - $0.minimum : nil }
    let share = spread.flatMap { part.maxPoints > 0 ? $0 / part.maxPoints : nil }
    var flag: DisagreementFlag?
    if hasNotAssessed && statistics != nil {
      flag = .scoredAndNotAssessed
    } else if let spread, reaches(spread, threshold: threshold, maxPoints: part.maxPoints) {
      flag = .spread
    }
    return DisagreementRow(
      areaID: part.areaID, id: part.id, title: part.title, maxPoints: part.maxPoints,
      assessments: part.assessments, spread: spread, spreadShare: share,
      mean: statistics?.mean, median: statistics?.median, flag: flag,
      agreed: part.agreed)
  }

  /// Whether a spread reaches the threshold's share of a maximum. A spread equal to the threshold
  /// reaches it, even where the product of the two is not exact in binary (0.1 × 30).
  static func reaches(_ spread: Double, threshold: Double, maxPoints: Double) -> Bool {
    spread >= threshold * maxPoints - 1e-9 * Swift.max(1, maxPoints)
  }
}
