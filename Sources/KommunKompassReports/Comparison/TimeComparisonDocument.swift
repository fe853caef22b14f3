import KommunKompass

/// The stable JSON shape of `kompass compare --format json` for a comparison over time, for other
/// programs to read.
///
/// Keys come in a fixed order and are never removed within a format version; new keys may be
/// added. A key whose value does not apply is left out (for example `points` when an evaluation
/// has no figure for a row). Unrounded figures are given to six decimals; `display…` figures are
/// rounded as published. Titles and sentences are in the requested language; codes
/// (`status`, `classification`, `comparability`, `note`) are the library's stable identifiers.
///
/// ```json
/// {
///   "formatVersion": 1,
///   "comparison": "overTime",
///   "language": "sv",
///   "municipality": { "name": "Testby kommun", "code": "1899" },
///   "rubric": { "id": "kommunkompassen-2020", "revision": "2019/2020", "title": "…" },
///   "crossesRevisions": false,
///   "evaluations": [{ "file": "…", "date": "2018-10-15", "total": { … }, … }],
///   "overlaps": [],
///   "thresholds": { "minimumPointsChange": 1, "minimumPercentageChange": 1 },
///   "rows": [{ "level": "area", "id": "1", "values": [{ "status": "assessed", … }], "change": { … }, "steps": [ … ] }],
///   "largestImprovements": [{ "id": "3.1", "change": { … }, … }],
///   "largestDeclines": [],
///   "notes": ["…"]
/// }
/// ```
public struct TimeComparisonDocument: Codable, Hashable, Sendable {
  /// The version of this JSON shape.
  package static let currentFormatVersion = 1

  /// The rubric the rows follow.
  package struct RubricInfo: Codable, Hashable, Sendable {
    /// The rubric's id.
    package var id: String
    /// The framework revision.
    package var revision: String
    /// The rubric's title in the document's language.
    package var title: String
  }

  /// One evaluation compared: a column.
  package struct EvaluationInfo: Codable, Hashable, Sendable {
    /// The file, as given on the command line.
    package var file: String?
    /// The municipality, as the file names it.
    package var municipality: Municipality
    /// The evaluation's date.
    package var date: String
    /// `external` or `selfAssessment`.
    package var evaluationKind: String
    /// The id of the rubric it was made with.
    package var rubric: String
    /// That rubric's revision.
    package var rubricRevision: String
    /// `subArea` (points per sub-area), `area` (points per area only) or `total` (the total only).
    package var detail: String
    /// Its total in its own rubric: the sum of its areas, or a totals-only evaluation's points.
    package var total: ScorecardDocument.Figures
    /// The total its source published, beside `total`; absent when the file gives none.
    package var publishedTotal: ScorecardDocument.PublishedTotalFigures?
  }

  /// How much of the rows' rubric has a comparable counterpart in an earlier rubric.
  package struct Overlap: Codable, Hashable, Sendable {
    /// The earlier rubric's id.
    package var earlierRubric: String
    /// The later rubric's id, whose maximum is shared out.
    package var laterRubric: String
    /// The crosswalks followed, from the earlier rubric.
    package var crosswalks: [String]
    /// Maximum points whose counterpart has the same content.
    package var sameMaxPoints: Double
    /// Maximum points whose counterpart was revised.
    package var revisedMaxPoints: Double
    /// Maximum points that are new, with no counterpart.
    package var newMaxPoints: Double
    /// Maximum points the crosswalks do not map.
    package var unmappedMaxPoints: Double
    /// The later rubric's maximum.
    package var totalMaxPoints: Double
    /// Same plus revised.
    package var comparableMaxPoints: Double
    /// The comparable share of the later rubric's maximum, from 0 to 1.
    package var share: Double
    /// The overlap as a sentence in the document's language.
    package var summary: String
  }

  /// The thresholds that decide when a change counts.
  package struct Thresholds: Codable, Hashable, Sendable {
    /// The smallest change in points that counts.
    package var minimumPointsChange: Double
    /// The smallest change in percentage points that counts.
    package var minimumPercentageChange: Double
  }

  /// One evaluation's figure in a row.
  package struct Value: Codable, Hashable, Sendable {
    /// `assessed`, `partlyAssessed`, `notAssessed`, `pending`, `noSubAreaDetail`, `noCounterpart`
    /// or `notMapped`.
    package var status: String
    /// The evaluators' reason when not assessed.
    package var notAssessedReason: String?
    /// Points of the assessed parts, unrounded; absent without a figure.
    package var points: Double?
    /// The maximum of the parts the figure comes from; absent without a figure.
    package var maxPoints: Double?
    /// The maximum of the assessed parts; absent without a figure.
    package var assessedMaxPoints: Double?
    /// Points as a percentage of the assessed maximum, unrounded; absent without a figure.
    package var percent: Double?
    /// Points rounded for display; absent without a figure.
    package var displayPoints: Int?
    /// Percentage rounded for display; absent without a figure.
    package var displayPercent: Int?
    /// The ids in the evaluation's own rubric the figure comes from.
    package var sourceIds: [String]
    /// The ids of parts not assessed or not scored yet.
    package var unassessedIds: [String]
    /// `same` in the row's own rubric, the crosswalk's level (`revised`, `new`, `removed`) otherwise.
    package var comparability: String
    /// The crosswalk's reasons for the correspondence; empty in the row's own rubric.
    package var justifications: [String]
  }

  /// A change from one evaluation to a later one.
  package struct Change: Codable, Hashable, Sendable {
    /// The position of the earlier evaluation in `evaluations`, from 0.
    package var fromIndex: Int
    /// The position of the later evaluation.
    package var toIndex: Int
    /// `improved`, `declined`, `unchanged`, `new`, `removed` or `notComparable`.
    package var classification: String
    /// The classification as a word in the document's language.
    package var classificationTitle: String
    /// Later minus earlier points, unrounded; absent unless both cover the same parts and maximum.
    package var points: Double?
    /// Later minus earlier percentage, in percentage points, unrounded; absent without both figures.
    package var percentagePoints: Double?
    /// `points` rounded for display.
    package var displayPoints: Int?
    /// `percentagePoints` rounded for display.
    package var displayPercentagePoints: Int?
    /// `same`, `revised`, `new` or `removed`.
    package var comparability: String
    /// Why the change is not comparable or compared by percentage only: `notAssessed`, `pending`,
    /// `noSubAreaDetail`, `notMapped`, `noCounterpart` or `differentParts`.
    package var note: String?
    /// The note as a sentence in the document's language.
    package var noteText: String?
  }

  /// A row: an area, a sub-area, a row removed in a later revision, or the total.
  package struct Row: Codable, Hashable, Sendable {
    /// `area`, `subArea` or `total`.
    package var level: String
    /// The id in `rubric`, or `total`.
    package var id: String
    /// The area a sub-area belongs to.
    package var areaId: String?
    /// The rubric the row belongs to: the rows' rubric, or an earlier one for a removed row.
    package var rubric: String
    /// Whether the row was removed in a later revision (it follows an earlier rubric).
    package var removed: Bool
    /// The title in the document's language.
    package var title: String
    /// The maximum in `rubric`.
    package var maxPoints: Double
    /// The row's figure in each evaluation, in date order.
    package var values: [Value]
    /// The change from the first evaluation to the last.
    package var change: Change
    /// The changes between consecutive evaluations.
    package var steps: [Change]
  }

  /// A row among the largest improvements or declines.
  package struct Highlight: Codable, Hashable, Sendable {
    /// `area` or `subArea`.
    package var level: String
    /// The row's id.
    package var id: String
    /// The area a sub-area belongs to.
    package var areaId: String?
    /// The title in the document's language.
    package var title: String
    /// The change from the first evaluation to the last.
    package var change: Change
  }

  /// The version of this JSON shape.
  package var formatVersion: Int
  /// Always `overTime`; peers, reference profiles and targets have documents of their own.
  package var comparison: String
  /// The language of titles and sentences: `sv` or `en`.
  package var language: String
  /// The municipality as the latest evaluation names it, with its county and group from the
  /// municipality register.
  package var municipality: MunicipalityDocument
  /// The rubric the rows follow: the latest evaluation's.
  package var rubric: RubricInfo
  /// Whether the evaluations were made with different rubric revisions.
  package var crossesRevisions: Bool
  /// The evaluations in date order.
  package var evaluations: [EvaluationInfo]
  /// For each earlier rubric, how much of `rubric` has a comparable counterpart in it; empty
  /// within one revision.
  package var overlaps: [Overlap]
  /// When a change counts.
  package var thresholds: Thresholds
  /// Every row: each area followed by its sub-areas, then removed rows, then the total.
  package var rows: [Row]
  /// The largest improvements, first to last evaluation, largest first.
  package var largestImprovements: [Highlight]
  /// The largest declines, largest first.
  package var largestDeclines: [Highlight]
  /// Sentences a report shows with the table (revisions, overlap, sub-area detail).
  package var notes: [String]

  /// The document for a comparison, with titles in the given language.
  public init(_ comparison: TimeComparison, language: Language) {
    func change(_ change: ComparisonChange) -> Change {
      Change(
        fromIndex: change.fromIndex, toIndex: change.toIndex,
        classification: change.classification.rawValue,
        classificationTitle: change.classification.title.text(in: language),
        points: change.points?.roundedForExport,
        percentagePoints: change.percentagePoints?.roundedForExport,
        displayPoints: change.displayPoints,
        displayPercentagePoints: change.displayPercentagePoints,
        comparability: change.comparability.rawValue, note: change.note?.rawValue,
        noteText: change.note?.text.text(in: language))
    }
    func value(_ value: ComparedValue) -> Value {
      let figure = value.hasFigure ? value.score : nil
      var reason: String?
      if case .notAssessed(let text) = value.status { reason = text }
      return Value(
        status: TimeComparisonCSVWriter.statusCode(value.status), notAssessedReason: reason,
        points: figure?.points.roundedForExport, maxPoints: figure?.maxPoints.roundedForExport,
        assessedMaxPoints: figure?.assessedMaxPoints.roundedForExport,
        percent: figure?.percent?.roundedForExport,
        displayPoints: figure?.displayPoints, displayPercent: figure?.displayPercent,
        sourceIds: value.sourceIDs,
        unassessedIds: value.unassessedIDs, comparability: value.comparability.rawValue,
        justifications: value.justifications.map { $0.text(in: language) })
    }
    formatVersion = Self.currentFormatVersion
    self.comparison = "overTime"
    self.language = language.rawValue
    municipality = MunicipalityDocument(comparison.municipality, language: language)
    rubric = RubricInfo(
      id: comparison.rubricID,
      revision: comparison.evaluations.last(where: { $0.rubricID == comparison.rubricID })?
        .rubricRevision ?? "",
      title: comparison.rubricTitle.text(in: language))
    crossesRevisions = comparison.crossesRevisions
    evaluations = comparison.evaluations.map { evaluation in
      EvaluationInfo(
        file: evaluation.file, municipality: evaluation.municipality,
        date: evaluation.date.description,
        evaluationKind: evaluation.kind.rawValue, rubric: evaluation.rubricID,
        rubricRevision: evaluation.rubricRevision, detail: evaluation.detail.rawValue,
        total: ScorecardDocument.Figures(evaluation.total),
        publishedTotal: evaluation.publishedTotal.map {
          ScorecardDocument.PublishedTotalFigures($0, language: language)
        })
    }
    overlaps = comparison.overlaps.map { overlap in
      Overlap(
        earlierRubric: overlap.earlierRubricID, laterRubric: overlap.laterRubricID,
        crosswalks: overlap.crosswalkIDs,
        sameMaxPoints: overlap.sameMaxPoints.roundedForExport,
        revisedMaxPoints: overlap.revisedMaxPoints.roundedForExport,
        newMaxPoints: overlap.newMaxPoints.roundedForExport,
        unmappedMaxPoints: overlap.unmappedMaxPoints.roundedForExport,
        totalMaxPoints: overlap.totalMaxPoints.roundedForExport,
        comparableMaxPoints: overlap.comparableMaxPoints.roundedForExport,
        share: overlap.share.roundedForExport,
        summary: overlap.summary.text(in: language))
    }
    thresholds = Thresholds(
      minimumPointsChange: comparison.options.minimumPointsChange,
      minimumPercentageChange: comparison.options.minimumPercentageChange)
    rows = comparison.allRows.map { row in
      Row(
        level: row.level.rawValue, id: row.id, areaId: row.areaID, rubric: row.rubricID,
        removed: row.rubricID != comparison.rubricID,
        title: row.title.text(in: language), maxPoints: row.maxPoints.roundedForExport,
        values: row.values.map(value),
        change: change(row.overall), steps: row.steps.map(change))
    }
    func highlight(_ item: ChangeHighlight) -> Highlight {
      Highlight(
        level: item.level.rawValue, id: item.id, areaId: item.areaID,
        title: item.title.text(in: language),
        change: change(item.change))
    }
    largestImprovements = comparison.largestImprovements.map(highlight)
    largestDeclines = comparison.largestDeclines.map(highlight)
    notes = comparison.notes.map { $0.text(in: language) }
  }

  /// The document as pretty-printed JSON, keys in declaration order, ending with a line break.
  public func jsonText() throws -> String {
    try OrderedJSONEncoder().encode(self)
  }
}

extension ScorecardDocument.Figures {
  /// The figures of a score, unrounded to six decimals and rounded for display.
  init(_ score: Score) {
    self.init(
      points: score.points.roundedForExport, maxPoints: score.maxPoints.roundedForExport,
      assessedMaxPoints: score.assessedMaxPoints.roundedForExport,
      unassessedMaxPoints: score.unassessedMaxPoints.roundedForExport,
      percent: score.percent?.roundedForExport,
      displayPoints: score.displayPoints, displayPercent: score.displayPercent)
  }
}
