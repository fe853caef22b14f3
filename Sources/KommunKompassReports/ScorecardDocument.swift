import Foundation
import KommunKompass

/// The stable JSON shape of `kompass score --format json` and `kompass profile --format json`,
/// for other programs to read.
///
/// Keys come in a fixed order and are never removed within a format version; new keys may be added. Unrounded
/// figures are given to six decimals; `displayPoints` and `displayPercent` are rounded as published.
/// Titles are in the requested language.
public struct ScorecardDocument: Codable, Hashable, Sendable {
  /// The version of this JSON shape.
  package static let currentFormatVersion = 1

  /// Points achieved against a maximum.
  package struct Figures: Codable, Hashable, Sendable {
    /// Points achieved in the assessed parts, unrounded.
    package var points: Double
    /// The maximum of all parts.
    package var maxPoints: Double
    /// The maximum of the assessed parts.
    package var assessedMaxPoints: Double
    /// The maximum of the parts not assessed.
    package var unassessedMaxPoints: Double
    /// Points as a percentage of the assessed maximum, unrounded; absent when nothing was assessed.
    package var percent: Double?
    /// Points rounded for display.
    package var displayPoints: Int
    /// Percentage rounded for display; absent when nothing was assessed.
    package var displayPercent: Int?
  }

  /// The total the source published, beside the sum of the areas (`total`).
  public struct PublishedTotalFigures: Codable, Hashable, Sendable {
    /// The published total, as the file gives it.
    public var points: Double
    /// The published total rounded for display.
    public var displayPoints: Int
    /// The sum of the points in the file, unrounded (`total.points`).
    public var sumOfPoints: Double
    /// Whether the published total and the sum round to different whole numbers.
    public var differs: Bool
    /// `note` when rounding can explain the difference, `warning` when it cannot; absent when
    /// they agree.
    public var severity: String?
    /// Why the two differ, naming both numbers; absent when they agree.
    public var note: String?

    /// The figures of a published total, its note in the given language.
    public init(_ published: PublishedTotal, language: Language) {
      points = published.points.roundedForExport
      displayPoints = published.displayPoints
      sumOfPoints = published.sumOfPoints.roundedForExport
      differs = published.differs
      severity = published.severity?.rawValue
      note = published.note?.text(in: language)
    }
  }

  /// A sub-area row.
  package struct SubArea: Codable, Hashable, Sendable {
    /// The sub-area's id.
    package var id: String
    /// The title in the document's language.
    package var title: String
    /// `scored`, `notAssessed` or `pending`.
    package var status: String
    /// The evaluators' reason when not assessed.
    package var notAssessedReason: String?
    /// The figures.
    package var score: Figures
  }

  /// An area with its sub-areas and profile lists.
  package struct Area: Codable, Hashable, Sendable {
    /// The area's id.
    package var id: String
    /// The title in the document's language.
    package var title: String
    /// The figures.
    package var score: Figures
    /// For an area assessed as a whole (an area-level evaluation): `scored`, `notAssessed` or
    /// `pending`; absent for an area scored by its sub-areas.
    package var status: String?
    /// The evaluators' reason when an area assessed as a whole was not assessed.
    package var notAssessedReason: String?
    /// The sub-areas in rubric order.
    package var subAreas: [SubArea]
    /// The evaluators' strengths.
    package var strengths: [String]
    /// The evaluators' improvement opportunities.
    package var improvements: [String]
    /// Ids of the area's relatively strong sub-areas.
    package var strongSubAreas: [String]
    /// Ids of the area's relatively weak sub-areas.
    package var weakSubAreas: [String]
  }

  /// A sub-area singled out as relatively strong or weak.
  package struct Highlight: Codable, Hashable, Sendable {
    /// The area's id.
    package var areaId: String
    /// The sub-area's id.
    package var subAreaId: String
    /// The sub-area's title in the document's language.
    package var title: String
    /// The sub-area's displayed percentage.
    package var displayPercent: Int?
    /// Percentage points above (positive) or below (negative) the overall displayed percentage.
    package var differenceFromOverall: Double
  }

  /// The rubric an evaluation was made with.
  package struct RubricInfo: Codable, Hashable, Sendable {
    /// The rubric's id.
    package var id: String
    /// The framework revision.
    package var revision: String
    /// The rubric's title in the document's language.
    package var title: String
  }

  /// The version of this JSON shape.
  package var formatVersion: Int
  /// The language of titles: `sv` or `en`.
  package var language: String
  /// The municipality, with its county and group from the municipality register.
  package var municipality: MunicipalityDocument
  /// The evaluation's date.
  package var date: String
  /// `external` or `selfAssessment`.
  package var evaluationKind: String
  /// The rubric.
  package var rubric: RubricInfo
  /// The total: the sum of the areas.
  package var total: Figures
  /// The total the source published, when the evaluation gives one.
  package var publishedTotal: PublishedTotalFigures?
  /// For a totals-only evaluation (no areas): `scored`, `notAssessed` or `pending`; absent
  /// otherwise.
  package var totalOnlyStatus: String?
  /// Why the total of a totals-only evaluation was not assessed.
  package var totalNotAssessedReason: String?
  /// The areas in rubric order.
  package var areas: [Area]
  /// Sub-areas clearly above the whole, strongest first.
  package var strongestSubAreas: [Highlight]
  /// Sub-areas clearly below the whole, weakest first.
  package var weakestSubAreas: [Highlight]
  /// The margin in percentage points used for the highlights.
  package var highlightMargin: Double
  /// The evaluators' summary paragraphs.
  package var summary: [String]
  /// The highlighted good examples.
  package var goodExamples: [GoodExample]

  /// The document for a scorecard, with titles in the given language.
  public init(_ scorecard: Scorecard, language: Language) {
    func figures(_ score: Score) -> Figures {
      Figures(
        points: score.points.roundedForExport, maxPoints: score.maxPoints.roundedForExport,
        assessedMaxPoints: score.assessedMaxPoints.roundedForExport,
        unassessedMaxPoints: score.unassessedMaxPoints.roundedForExport,
        percent: score.percent?.roundedForExport, displayPoints: score.displayPoints,
        displayPercent: score.displayPercent)
    }
    func highlight(_ item: SubAreaHighlight) -> Highlight {
      Highlight(
        areaId: item.areaID, subAreaId: item.subArea.id,
        title: item.subArea.title.text(in: language),
        displayPercent: item.subArea.score.displayPercent,
        differenceFromOverall: item.differenceFromOverall)
    }
    formatVersion = Self.currentFormatVersion
    self.language = language.rawValue
    municipality = MunicipalityDocument(scorecard.municipality, language: language)
    date = scorecard.date.description
    evaluationKind = scorecard.kind.rawValue
    rubric = RubricInfo(
      id: scorecard.rubricID, revision: scorecard.rubricRevision,
      title: scorecard.rubricTitle.text(in: language))
    total = figures(scorecard.total)
    switch scorecard.totalOnlyStatus {
    case .scored?: totalOnlyStatus = "scored"
    case .notAssessed(let reason)?:
      totalOnlyStatus = "notAssessed"
      totalNotAssessedReason = reason
    case .pending?: totalOnlyStatus = "pending"
    case nil: break
    }
    publishedTotal = scorecard.publishedTotal.map {
      PublishedTotalFigures($0, language: language)
    }
    func code(_ status: SubAreaScore.Status) -> (String, String?) {
      switch status {
      case .scored: ("scored", nil)
      case .notAssessed(let reason): ("notAssessed", reason)
      case .pending: ("pending", nil)
      }
    }
    areas = scorecard.areas.map { area in
      let areaStatus = area.areaLevelStatus.map(code)
      return Area(
        id: area.id, title: area.title.text(in: language), score: figures(area.score),
        status: areaStatus?.0, notAssessedReason: areaStatus?.1,
        subAreas: area.subAreas.map { subArea in
          let (status, reason) = code(subArea.status)
          return SubArea(
            id: subArea.id, title: subArea.title.text(in: language), status: status,
            notAssessedReason: reason,
            score: figures(subArea.score))
        },
        strengths: area.strengths, improvements: area.improvements,
        strongSubAreas: area.strongSubAreaIDs,
        weakSubAreas: area.weakSubAreaIDs)
    }
    strongestSubAreas = scorecard.strongestSubAreas.map(highlight)
    weakestSubAreas = scorecard.weakestSubAreas.map(highlight)
    highlightMargin = scorecard.options.margin
    summary = scorecard.summary
    goodExamples = scorecard.goodExamples
  }

  /// The document as pretty-printed JSON, keys in declaration order, ending with a line break.
  public func jsonText() throws -> String {
    try OrderedJSONEncoder().encode(self)
  }
}

extension Double {
  /// The value rounded to six decimals, so exports show 66.11 rather than 66.10999999999999.
  var roundedForExport: Double {
    (self * 1e6).rounded() / 1e6
  }
}
