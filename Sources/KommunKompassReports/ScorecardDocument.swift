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
  /// The municipality.
  package var municipality: Municipality
  /// The evaluation's date.
  package var date: String
  /// `external` or `selfAssessment`.
  package var evaluationKind: String
  /// The rubric.
  package var rubric: RubricInfo
  /// The total.
  package var total: Figures
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
    municipality = scorecard.municipality
    date = scorecard.date.description
    evaluationKind = scorecard.kind.rawValue
    rubric = RubricInfo(
      id: scorecard.rubricID, revision: scorecard.rubricRevision,
      title: scorecard.rubricTitle.text(in: language))
    total = figures(scorecard.total)
    areas = scorecard.areas.map { area in
      Area(
        id: area.id, title: area.title.text(in: language), score: figures(area.score),
        subAreas: area.subAreas.map { subArea in
          let (status, reason): (String, String?) =
            switch subArea.status {
            case .scored: ("scored", nil)
            case .notAssessed(let reason): ("notAssessed", reason)
            case .pending: ("pending", nil)
            }
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
