/// The keys of each kind of object in an evaluation file, in one place: the full loader
/// (``Evaluation/load(bytes:file:catalog:)``) and ``PeerFigureScanner`` both read these lists, so
/// the two cannot disagree on what a file may contain or must contain.
///
/// Each set lists its keys in the order of the file format's documentation; a key's position in
/// ``FileKeySet/allCases`` is its bit in the scanner's record of the keys seen in an object.
enum EvaluationFileKey {
  /// The keys at the top level of an evaluation file.
  enum Root: String, FileKeySet {
    case schema = "$schema"
    case formatVersion, rubric, detail, municipality, date, kind, evaluators, sources, provenance,
      summary
    case goodExamples, publishedTotal, areas
    /// The total's points, or why it was not assessed, in a totals-only evaluation.
    case points, notAssessed

    static let required: Set<Root> = [.rubric, .municipality, .date, .kind, .areas]
    /// The keys of which a totals-only evaluation has exactly one, in place of `areas`.
    static let totalAssessment: Set<Root> = [.points, .notAssessed]
  }

  /// The keys of `municipality`. `fictitious` (`true` or `false`) marks a made-up municipality,
  /// which is not checked against the ``MunicipalityRegister``.
  enum Municipality: String, FileKeySet {
    case name, code, fictitious

    static let required: Set<Municipality> = [.name, .code]
  }

  /// The keys of `sources`.
  enum Sources: String, FileKeySet {
    case interviews, description

    static let required: Set<Sources> = []
  }

  /// The keys of an entry of `goodExamples`.
  enum GoodExample: String, FileKeySet {
    case area, text

    static let required: Set<GoodExample> = [.text]
  }

  /// The keys an entry of `areas` may have, whatever the evaluation's detail: `points` and
  /// `notAssessed` belong to area-level evaluations, `subAreas` to the others.
  enum Area: String, FileKeySet {
    case id, title, points, notAssessed, strengths, improvements, previousStrengths,
      previousImprovements, subAreas, proposals

    static let required: Set<Area> = [.id]
    /// The keys of which an area in an area-level evaluation has exactly one: its own points, or
    /// why it was not assessed.
    static let ownAssessment: Set<Area> = [.points, .notAssessed]
    /// The key an area in a sub-area-level evaluation must have.
    static let subAreaLevel: Set<Area> = [.subAreas]
  }

  /// The keys of an entry of an area's `subAreas`.
  enum SubArea: String, FileKeySet {
    case id, title, guidance, points, notAssessed, findings, proposals

    static let required: Set<SubArea> = [.id]
    /// The keys of which a sub-area has exactly one: its points, or why it was not assessed.
    static let assessment: Set<SubArea> = [.points, .notAssessed]
  }

  /// The keys of an entry of a sub-area's `proposals` in a consensus evaluation.
  enum SubAreaProposal: String, FileKeySet {
    case evaluator, points, notAssessed

    static let required: Set<SubAreaProposal> = [.evaluator]
    /// The keys of which a sub-area's proposal has exactly one.
    static let assessment: Set<SubAreaProposal> = [.points, .notAssessed]
  }

  /// The keys of an entry of an area's `proposals` in a consensus evaluation: `points` and
  /// `notAssessed` (exactly one of them) in area-level evaluations only.
  enum AreaProposal: String, FileKeySet {
    case evaluator, points, notAssessed, strengths, improvements

    static let required: Set<AreaProposal> = [.evaluator]
    /// The keys of which an area's proposal in an area-level evaluation has exactly one.
    static let ownAssessment: Set<AreaProposal> = [.points, .notAssessed]
  }

  /// The keys of an entry of a sub-area's `findings`.
  enum Finding: String, FileKeySet {
    case text, source, reference, date, recordedBy, carriedOverFrom

    static let required: Set<Finding> = [.text, .source]
  }
}

/// The keys one kind of object in a data file may have.
protocol FileKeySet: RawRepresentable, CaseIterable, Hashable, Sendable
where RawValue == String, AllCases == [Self] {
  /// The keys an object of this kind must have.
  static var required: Set<Self> { get }
}

extension FileKeySet {
  /// Every key, as written in the file.
  static var names: [String] { allCases.map(\.rawValue) }

  /// The keys an object of this kind must have, as written in the file, in the order of ``names``.
  static var requiredNames: [String] { allCases.filter(required.contains).map(\.rawValue) }
}
