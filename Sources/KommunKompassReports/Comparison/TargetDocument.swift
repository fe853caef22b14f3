import KommunKompass

/// The stable JSON shape of `kompass compare --target` with `--format json`, for other programs to
/// read.
///
/// Keys come in a fixed order and are never removed within a format version; new keys may be
/// added. A key whose value does not apply is left out (`baseline` without a baseline evaluation,
/// `progress` when the target is not above the baseline). Points are on each row's full maximum,
/// unrounded to six decimals; `progress` is a fraction (0 at the baseline, 1 at the target).
///
/// ```json
/// {
///   "formatVersion": 1,
///   "comparison": "target",
///   "language": "sv",
///   "municipality": { "name": "Testby kommun", "code": "1899" },
///   "rubric": { "id": "kommunkompassen-2020", "revision": "2019/2020", "title": "…" },
///   "title": "…",
///   "targetDate": "2024-11",
///   "isTargetDateReached": false,
///   "baseline": { "date": "2018-10-15", "file": "testby-2018.json" },
///   "current": { "date": "2020-11", "file": "testby-2020.json" },
///   "hasBaseline": true,
///   "rows": [{ "level": "area", "id": "1", "target": 70, "baseline": 52.4, "current": 59.455556, … }],
///   "notes": ["…"]
/// }
/// ```
public struct TargetDocument: Codable, Hashable, Sendable {
  /// The version of this JSON shape.
  package static let currentFormatVersion = 1

  /// An evaluation the comparison uses.
  package struct EvaluationReference: Codable, Hashable, Sendable {
    /// Its date.
    package var date: String
    /// Its file, when known.
    package var file: String?
  }

  /// A targeted area, sub-area or the total.
  package struct Row: Codable, Hashable, Sendable {
    /// `area`, `subArea` or `total`.
    package var level: String
    /// The id in the rubric, or `total`.
    package var id: String
    /// The area a sub-area belongs to.
    package var areaId: String?
    /// The title in the document's language.
    package var title: String
    /// The maximum in the rubric.
    package var maxPoints: Double
    /// The points aimed for.
    package var target: Double
    /// The points at the baseline; absent without a baseline figure.
    package var baseline: Double?
    /// The points now; absent when not assessed now.
    package var current: Double?
    /// Target minus current.
    package var gap: Double?
    /// (current − baseline) / (target − baseline); absent when undefined.
    package var progress: Double?
    /// `reached`, `improving`, `notImproving`, `progressUndefined` or `notComparable`.
    package var status: String
    /// The status as words in the document's language.
    package var statusTitle: String
    /// Why figures are missing: `notAssessed`, `pending`, `noSubAreaDetail`, ….
    package var note: String?
  }

  /// The version of this JSON shape.
  package var formatVersion: Int
  /// Always `target`.
  package var comparison: String
  /// The language of titles and sentences: `sv` or `en`.
  package var language: String
  /// The municipality, with its county and group from the municipality register.
  package var municipality: MunicipalityDocument
  /// The rubric of the targets and evaluations.
  package var rubric: TimeComparisonDocument.RubricInfo
  /// The target profile's name.
  package var title: String?
  /// When the targets should be reached.
  package var targetDate: String
  /// Whether the current evaluation is from the target date or later.
  package var isTargetDateReached: Bool
  /// The baseline the profile names, and the file used for it.
  package var baseline: EvaluationReference
  /// The current evaluation.
  package var current: EvaluationReference
  /// Whether a baseline evaluation was given (without one, only gaps).
  package var hasBaseline: Bool
  /// Each targeted area followed by its targeted sub-areas, then the total when every area has a target.
  package var rows: [Row]
  /// Sentences a report shows with the table.
  package var notes: [String]

  /// The document for a target comparison, with titles in the given language.
  ///
  /// - Parameters:
  ///   - comparison: The comparison with the targets.
  ///   - language: The language of titles and sentences.
  ///   - currentFile: The current evaluation's file.
  ///   - baselineFile: The baseline evaluation's file.
  ///   - rubrics: The rubrics, for the rubric's revision and title.
  public init(
    _ comparison: TargetComparison, language: Language, currentFile: String? = nil,
    baselineFile: String? = nil,
    rubrics: RubricCatalog = .bundled
  ) {
    formatVersion = Self.currentFormatVersion
    self.comparison = "target"
    self.language = language.rawValue
    municipality = MunicipalityDocument(comparison.municipality, language: language)
    let rubricModel = rubrics.rubric(id: comparison.rubricID)
    rubric = TimeComparisonDocument.RubricInfo(
      id: comparison.rubricID, revision: rubricModel?.revision ?? "",
      title: rubricModel?.title.text(in: language) ?? comparison.rubricID)
    title = comparison.title
    targetDate = comparison.targetDate.description
    isTargetDateReached = comparison.isTargetDateReached
    baseline = EvaluationReference(
      date: comparison.baselineDate.description, file: comparison.hasBaseline ? baselineFile : nil)
    current = EvaluationReference(date: comparison.currentDate.description, file: currentFile)
    hasBaseline = comparison.hasBaseline
    rows = comparison.allRows.map { row in
      Row(
        level: row.level.rawValue, id: row.id, areaId: row.areaID,
        title: row.title.text(in: language),
        maxPoints: row.maxPoints.roundedForExport, target: row.target.roundedForExport,
        baseline: row.baseline?.roundedForExport, current: row.current?.roundedForExport,
        gap: row.gap?.roundedForExport, progress: row.progress?.roundedForExport,
        status: row.status.rawValue,
        statusTitle: row.status.title.text(in: language), note: row.note?.rawValue)
    }
    notes = comparison.notes.map { $0.text(in: language) }
  }

  /// The document as pretty-printed JSON, keys in declaration order, ending with a line break.
  public func jsonText() throws -> String {
    try OrderedJSONEncoder().encode(self)
  }
}
