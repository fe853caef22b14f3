/// A Kommunkompassen evaluation of one municipality at one time, as evaluators write it by hand.
///
/// Load one from a file with ``load(contentsOf:displayName:catalog:)``, which validates it against
/// its rubric, then score it with ``ScoringEngine``.
public struct Evaluation: Codable, Hashable, Sendable {
  /// The newest evaluation file format version this library reads.
  public static let supportedFormatVersion = 1

  /// The version of the file format the evaluation was written in.
  public var formatVersion: Int
  /// The id of the rubric the evaluation was made with, for example `kommunkompassen-2020`.
  public var rubricID: String
  /// The municipality evaluated.
  public var municipality: Municipality
  /// When the evaluation was made.
  public var date: CalendarDate
  /// Whether it is an external evaluation or a self-assessment.
  public var kind: EvaluationKind
  /// Whether points are given per sub-area (the default), per area only (`"detail": "area"`) or
  /// for the total only (`"detail": "total"`).
  public var detail: EvaluationDetail
  /// The total's points, or why it was not assessed, in a totals-only evaluation (``detail``
  /// `.total`); `nil` otherwise, when the total is the sum of the areas.
  public var totalAssessment: AreaEvaluation.Assessment?
  /// The total as the source published it, if the file gives one. It is not used for scoring (the
  /// total is always the sum of the areas); validation warns when the two disagree by more than
  /// rounding can explain (see ``validationProblems(against:)``).
  public var publishedTotal: Double?
  /// Who evaluated.
  public var evaluators: [String]
  /// What evidence the evaluation rests on.
  public var sources: SourcesSummary?
  /// Where the evaluation's content comes from, and how it was reconstructed if it was.
  public var provenance: String?
  /// The evaluators' summary comments, one paragraph per element.
  public var summary: [String]
  /// Good examples the evaluators highlight.
  public var goodExamples: [GoodExample]
  /// The evaluated areas, in the rubric's order.
  public var areas: [AreaEvaluation]

  enum CodingKeys: String, CodingKey {
    case formatVersion
    case rubricID = "rubric"
    case detail
    case municipality, date, kind, evaluators, sources, provenance, summary, goodExamples,
      publishedTotal, areas
    case points, notAssessed
  }

  /// Creates an evaluation.
  public init(
    formatVersion: Int = Evaluation.supportedFormatVersion,
    rubricID: String,
    municipality: Municipality,
    date: CalendarDate,
    kind: EvaluationKind,
    evaluators: [String] = [],
    sources: SourcesSummary? = nil,
    provenance: String? = nil,
    summary: [String] = [],
    goodExamples: [GoodExample] = [],
    detail: EvaluationDetail = .subArea,
    publishedTotal: Double? = nil,
    totalAssessment: AreaEvaluation.Assessment? = nil,
    areas: [AreaEvaluation]
  ) {
    self.formatVersion = formatVersion
    self.rubricID = rubricID
    self.municipality = municipality
    self.date = date
    self.kind = kind
    self.evaluators = evaluators
    self.sources = sources
    self.provenance = provenance
    self.summary = summary
    self.goodExamples = goodExamples
    self.detail = detail
    self.publishedTotal = publishedTotal
    self.totalAssessment = totalAssessment
    self.areas = areas
  }

  /// Decodes an evaluation; a missing `formatVersion` means 1, a missing `detail` means `subArea`
  /// and missing lists are empty (also `areas` in a totals-only evaluation).
  ///
  /// A `formatVersion` newer than ``supportedFormatVersion`` is refused. Decoding checks the
  /// shape of the data only; the `load` functions are the validating path, which reports every
  /// problem with its JSON path.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    formatVersion = try container.decodeFormatVersion(
      forKey: .formatVersion, supported: Evaluation.supportedFormatVersion)
    rubricID = try container.decode(String.self, forKey: .rubricID)
    municipality = try container.decode(Municipality.self, forKey: .municipality)
    date = try container.decode(CalendarDate.self, forKey: .date)
    kind = try container.decode(EvaluationKind.self, forKey: .kind)
    evaluators = try container.decodeIfPresent([String].self, forKey: .evaluators) ?? []
    sources = try container.decodeIfPresent(SourcesSummary.self, forKey: .sources)
    provenance = try container.decodeIfPresent(String.self, forKey: .provenance)
    summary = try container.decodeIfPresent([String].self, forKey: .summary) ?? []
    goodExamples = try container.decodeIfPresent([GoodExample].self, forKey: .goodExamples) ?? []
    detail = try container.decodeIfPresent(EvaluationDetail.self, forKey: .detail) ?? .subArea
    publishedTotal = try container.decodeIfPresent(Double.self, forKey: .publishedTotal)
    totalAssessment = try AreaEvaluation.Assessment.decodeIfPresent(
      from: container, points: .points, notAssessed: .notAssessed)
    areas =
      detail == .total
      ? try container.decodeIfPresent([AreaEvaluation].self, forKey: .areas) ?? []
      : try container.decode([AreaEvaluation].self, forKey: .areas)
  }

  /// Encodes the evaluation; `detail` is written only for area-level and totals-only evaluations,
  /// a totals-only evaluation has its `points` (or `notAssessed`) instead of `areas`, and
  /// `publishedTotal` only when there is one, so sub-area files keep their familiar shape.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(formatVersion, forKey: .formatVersion)
    try container.encode(rubricID, forKey: .rubricID)
    if detail != .subArea { try container.encode(detail, forKey: .detail) }
    try container.encode(municipality, forKey: .municipality)
    try container.encode(date, forKey: .date)
    try container.encode(kind, forKey: .kind)
    try container.encode(evaluators, forKey: .evaluators)
    try container.encodeIfPresent(sources, forKey: .sources)
    try container.encodeIfPresent(provenance, forKey: .provenance)
    try container.encode(summary, forKey: .summary)
    try container.encode(goodExamples, forKey: .goodExamples)
    try container.encodeIfPresent(publishedTotal, forKey: .publishedTotal)
    if detail == .total {
      try totalAssessment?.encode(to: &container, points: .points, notAssessed: .notAssessed)
    } else {
      try container.encode(areas, forKey: .areas)
    }
  }

  /// The evaluation of the sub-area with the given id.
  public func subArea(id: String) -> SubAreaEvaluation? {
    for area in areas {
      if let subArea = area.subAreas.first(where: { $0.id == id }) { return subArea }
    }
    return nil
  }
}

extension Evaluation {
  /// The id of the sub-area whose value a path like `areas[0].subAreas[1].points` names, if the
  /// path leads into a sub-area of this evaluation.
  public func subAreaID(at path: JSONPath) -> String? {
    guard path.components.count >= 4, case .index(let area) = path.components[1],
      case .index(let subArea) = path.components[3], areas.indices.contains(area),
      areas[area].subAreas.indices.contains(subArea)
    else { return nil }
    return areas[area].subAreas[subArea].id
  }

  /// The id of the area whose own value a path like `areas[2].points` names, if the path leads to
  /// a value of an area itself (as in an area-level evaluation), not into one of its sub-areas.
  public func areaID(at path: JSONPath) -> String? {
    guard path.components.count == 3, case .index(let area) = path.components[1],
      areas.indices.contains(area)
    else { return nil }
    return areas[area].id
  }

  /// The parts that are scored: the total in a totals-only evaluation, the areas in an area-level
  /// evaluation, the sub-areas otherwise, and how many of them are not scored yet
  /// (`"points": null`).
  public var scoringProgress: (parts: Int, pending: Int) {
    switch detail {
    case .total:
      return (1, totalAssessment == .pending ? 1 : 0)
    case .area:
      return (areas.count, areas.filter { $0.assessment == .pending }.count)
    case .subArea:
      let subAreas = areas.flatMap(\.subAreas)
      return (subAreas.count, subAreas.filter { $0.assessment == .pending }.count)
    }
  }
}
