import KommunKompass

/// The stable JSON shape of `kompass compare --peers` and `kompass compare --reference` with
/// `--format json`, for other programs to read.
///
/// Keys come in a fixed order and are never removed within a format version; new keys may be
/// added. A key whose value does not apply is left out (`statistics` and `rank` with too few peers
/// or for a reference profile, `referencePoints` for peers). Points are on each row's full
/// maximum, unrounded to six decimals.
///
/// ```json
/// {
///   "formatVersion": 1,
///   "comparison": "peers",
///   "language": "sv",
///   "municipality": { "name": "Testby kommun", "code": "1899" },
///   "date": "2020-11",
///   "file": "testby-2020.json",
///   "rubric": { "id": "kommunkompassen-2020", "revision": "2019/2020", "title": "…" },
///   "basis": { "kind": "peers", "label": "Jämförelsegrupp (5 kommuner)", "peerCount": 5, "minimumPeers": 3 },
///   "hasTooFewPeers": false,
///   "skippedFiles": [],
///   "rows": [{ "level": "area", "id": "1", "subject": { … }, "statistics": { … }, "rank": { … }, "difference": -0.544444 }],
///   "notes": ["…"]
/// }
/// ```
public struct BenchmarkDocument: Codable, Hashable, Sendable {
  /// The version of this JSON shape.
  package static let currentFormatVersion = 1

  /// What the municipality is compared with.
  package struct Basis: Codable, Hashable, Sendable {
    /// `peers` or `reference`.
    package var kind: String
    /// The label reports show, in the document's language.
    package var label: String
    /// The number of peers; 0 for a reference profile.
    package var peerCount: Int
    /// The fewest peers that give statistics.
    package var minimumPeers: Int
    /// The reference profile's id.
    package var referenceId: String?
    /// The reference profile's title in the document's language.
    package var referenceTitle: String?
  }

  /// The group or county the peers were chosen from.
  public struct PeerSelectionInfo: Codable, Hashable, Sendable {
    /// `group` or `county`.
    public var kind: String
    /// The group's code (`B4`) or the county's (`18`).
    public var code: String
    /// The group's or county's name, in the document's language.
    public var name: String
    /// For a group: the classification, `SKR 2023`.
    public var classification: String?
    /// How many municipalities the register has in the group or county.
    public var municipalities: Int
    /// How many of them have an evaluation among the peers.
    public var withEvaluation: Int
    /// The credit of the register's data.
    public var source: String
  }

  /// The municipality's own figure in a row.
  package struct Subject: Codable, Hashable, Sendable {
    /// `assessed`, `partlyAssessed`, `notAssessed` or `pending`.
    package var status: String
    /// Points on the row's full maximum (scaled from the percentage when partly assessed),
    /// unrounded; absent when nothing was assessed.
    package var points: Double?
    /// `points` rounded for display, as ranks compare them.
    package var displayPoints: Int?
    /// The percentage of the assessed maximum, unrounded; absent when nothing was assessed.
    package var percent: Double?
    /// The points actually achieved in the assessed parts; absent when nothing was assessed.
    package var assessedPoints: Double?
    /// The maximum of the assessed parts.
    package var assessedMaxPoints: Double?
    /// The ids of parts not assessed or not scored yet.
    package var unassessedIds: [String]
  }

  /// The peers' statistics for a row, in points on its full maximum.
  package struct Statistics: Codable, Hashable, Sendable {
    /// How many peers have a figure.
    package var count: Int
    /// The mean.
    package var mean: Double
    /// The median.
    package var median: Double
    /// The lowest figure.
    package var minimum: Double
    /// The highest figure.
    package var maximum: Double
  }

  /// The municipality's rank among the peers and itself.
  package struct Rank: Codable, Hashable, Sendable {
    /// The position, 1 for the highest; tied figures (whole points) share the best position.
    package var position: Int
    /// How many are ranked: the peers with a figure and the municipality.
    package var outOf: Int
    /// How many peers have the same whole points.
    package var tiedPeers: Int
  }

  /// An area or the total.
  package struct Row: Codable, Hashable, Sendable {
    /// `area` or `total`.
    package var level: String
    /// The area's id, or `total`.
    package var id: String
    /// The title in the document's language.
    package var title: String
    /// The maximum in the rubric.
    package var maxPoints: Double
    /// The municipality's figure.
    package var subject: Subject
    /// The peers' statistics; absent for a reference profile or with too few peers.
    package var statistics: Statistics?
    /// The municipality's rank; absent for a reference profile, with too few peers, or without a figure.
    package var rank: Rank?
    /// The reference profile's points; absent for peers or when the profile has no value here.
    package var referencePoints: Double?
    /// The municipality's points minus the peer mean or the reference; absent when either is missing.
    package var difference: Double?
    /// Why figures are missing, in the document's language.
    package var note: String?
  }

  /// The version of this JSON shape.
  package var formatVersion: Int
  /// `peers` or `reference`.
  package var comparison: String
  /// The language of titles and sentences: `sv` or `en`.
  package var language: String
  /// The municipality compared, with its county and group from the municipality register.
  package var municipality: MunicipalityDocument
  /// The date of its evaluation.
  package var date: String
  /// The file of its evaluation.
  package var file: String?
  /// The rubric of the evaluation and the benchmark.
  package var rubric: TimeComparisonDocument.RubricInfo
  /// Peers or a reference profile.
  package var basis: Basis
  /// How the peers were chosen by the municipality register (`--group`, `--county`); absent
  /// when every evaluation in the folder is a peer, and for a reference profile.
  package var peerSelection: PeerSelectionInfo?
  /// Whether there are too few peers for statistics.
  package var hasTooFewPeers: Bool
  /// Peer files that were invalid and left out (with `--skip-invalid`).
  package var skippedFiles: [String]
  /// The areas in rubric order, then the total.
  package var rows: [Row]
  /// Sentences a report shows with the table.
  package var notes: [String]

  /// The document for a benchmark, with titles in the given language.
  ///
  /// - Parameters:
  ///   - comparison: The benchmark.
  ///   - language: The language of titles and sentences.
  ///   - skippedFiles: Peer files that were invalid and left out.
  ///   - rubrics: The rubrics, for the rubric's revision and title.
  public init(
    _ comparison: BenchmarkComparison, language: Language, skippedFiles: [String] = [],
    rubrics: RubricCatalog = .bundled
  ) {
    formatVersion = Self.currentFormatVersion
    let rubricModel = rubrics.rubric(id: comparison.rubricID)
    rubric = TimeComparisonDocument.RubricInfo(
      id: comparison.rubricID, revision: rubricModel?.revision ?? "",
      title: rubricModel?.title.text(in: language) ?? comparison.rubricID)
    switch comparison.basis {
    case .peers:
      self.comparison = "peers"
      basis = Basis(
        kind: "peers", label: comparison.label.text(in: language), peerCount: comparison.peerCount,
        minimumPeers: PeerGroup.minimumPeers)
    case .reference(let id, let title):
      self.comparison = "reference"
      basis = Basis(
        kind: "reference", label: comparison.label.text(in: language), peerCount: 0,
        minimumPeers: PeerGroup.minimumPeers, referenceId: id,
        referenceTitle: title.text(in: language))
    }
    self.language = language.rawValue
    municipality = MunicipalityDocument(comparison.municipality, language: language)
    date = comparison.date.description
    file = comparison.file
    peerSelection = comparison.selection.map { summary in
      let (kind, code, name, classification): (String, String, String, String?) =
        switch summary.selection {
        case .group(let group): ("group", group.code, group.name.text(in: language), "SKR 2023")
        case .county(let county): ("county", county.code, county.name, nil)
        }
      return PeerSelectionInfo(
        kind: kind, code: code, name: name, classification: classification,
        municipalities: summary.registeredCount, withEvaluation: summary.peerCount,
        source: MunicipalityRegister.credit.text(in: language))
    }
    hasTooFewPeers = comparison.hasTooFewPeers
    self.skippedFiles = skippedFiles
    rows = comparison.rows.map { row in
      let figure = row.subject.hasFigure ? row.subject.score : nil
      return Row(
        level: row.level.rawValue, id: row.id, title: row.title.text(in: language),
        maxPoints: row.maxPoints.roundedForExport,
        subject: Subject(
          status: TimeComparisonCSVWriter.statusCode(row.subject.status),
          points: row.subjectPoints?.roundedForExport,
          displayPoints: row.subjectPoints.map(DisplayRounding.wholeNumber),
          percent: row.subject.percent?.roundedForExport,
          assessedPoints: figure?.points.roundedForExport,
          assessedMaxPoints: figure?.assessedMaxPoints.roundedForExport,
          unassessedIds: row.subject.unassessedIDs),
        statistics: row.statistics.map {
          Statistics(
            count: $0.count, mean: $0.mean.roundedForExport, median: $0.median.roundedForExport,
            minimum: $0.minimum.roundedForExport, maximum: $0.maximum.roundedForExport)
        },
        rank: row.rank.map {
          Rank(position: $0.position, outOf: $0.outOf, tiedPeers: $0.tiedPeers)
        },
        referencePoints: row.referencePoints?.roundedForExport,
        difference: row.difference?.roundedForExport,
        note: row.note?.text(in: language))
    }
    notes = comparison.notes.map { $0.text(in: language) }
  }

  /// The document as pretty-printed JSON, keys in declaration order, ending with a line break.
  public func jsonText() throws -> String {
    try OrderedJSONEncoder().encode(self)
  }
}
