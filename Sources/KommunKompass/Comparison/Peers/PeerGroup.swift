/// Peer municipalities' evaluations, accumulated one at a time, to benchmark a municipality against.
///
/// The group is built to stream over thousands of files: ``add(_:file:)-(Evaluation,_)`` scores an
/// evaluation and keeps only its figures, one number per area plus the total (points on the full
/// maximum; NaN where nothing was assessed). The evaluations themselves are not kept. An exact
/// median needs all values, so the numbers are kept rather than running sums.
///
/// ```swift
/// var peers = PeerGroup(rubric: rubric, excluding: subject.municipality.code)
/// for url in peerFiles {
///   if let evaluation = Evaluation.load(contentsOf: url).value { peers.add(evaluation, file: url.path) }
/// }
/// let result = peers.comparison(for: ScoringEngine(rubric: rubric).score(subject), file: "subject.json")
/// ```
///
/// Each municipality counts once, by SCB code (a former code, such as Heby's `1917`, as today's): a
/// later evaluation of the same municipality replaces an earlier one (with a warning), and the
/// benchmarked municipality itself is never its own peer. With a ``selection`` only real
/// municipalities of that group or county count; the others are left out silently and counted in
/// ``outsideSelection``.
/// Peers made with another rubric are left out with a warning. With fewer than ``minimumPeers``
/// peers the comparison gives no statistics and says so.
public struct PeerGroup: Sendable {
  /// The fewest peers that give statistics. With one or two peers a mean or median would show
  /// their individual figures, and a rank among two or three says little.
  public static let minimumPeers = 3

  /// The figures kept of one peer.
  private struct Entry: Sendable {
    var date: CalendarDate
    var file: String?
    /// One value per area in rubric order, then the total; NaN where there is no figure.
    var values: [Double]
  }

  /// The rubric every peer must have been evaluated with.
  public let rubric: Rubric
  /// The benchmarked municipality, which is left out of the peers.
  public let excludedCode: MunicipalityCode?
  /// Problems found while adding peers: peers left out or replaced. All are warnings.
  public private(set) var problems: [Problem] = []
  private var entries: [MunicipalityCode: Entry] = [:]
  /// How many added evaluations did not count because the group has a later (or equally old)
  /// evaluation of the same municipality.
  public private(set) var supersededEvaluations = 0
  /// The part of the register the peers must belong to, or `nil` for every peer added.
  public let selection: MunicipalitySelection?
  /// The register that tells a peer's group and county.
  public let register: MunicipalityRegister
  /// How many added evaluations were left out because their municipality is not in ``selection``
  /// (fictitious municipalities never are).
  public private(set) var outsideSelection = 0

  /// Creates an empty group.
  ///
  /// - Parameters:
  ///   - rubric: The rubric of the peers and of the municipality to benchmark.
  ///   - excludedCode: The benchmarked municipality's code, so it is never its own peer.
  ///   - selection: The group or county the peers must belong to; every peer when `nil`.
  ///   - register: The register that tells a peer's group and county.
  public init(
    rubric: Rubric, excluding excludedCode: MunicipalityCode? = nil,
    selection: MunicipalitySelection? = nil, register: MunicipalityRegister = .bundled
  ) {
    self.rubric = rubric
    self.excludedCode = excludedCode
    self.selection = selection
    self.register = register
  }

  /// Whether a municipality may be a peer under ``selection``: a real one of the group or county,
  /// found by its code or, for a former code (Heby's `1917`), by today's.
  public func isSelected(_ municipality: Municipality) -> Bool {
    guard let selection else { return true }
    guard !municipality.isFictitious,
      let registered = register.municipality(currentOrFormerCode: municipality.code)
    else { return false }
    return selection.contains(registered)
  }

  /// How many peers the group holds.
  public var count: Int { entries.count }

  /// The codes of the peers, in code order.
  public var codes: [MunicipalityCode] { entries.keys.sorted() }

  /// Adds a peer's evaluation, scoring it with the group's rubric.
  ///
  /// - Returns: The problems of this addition (also kept in ``problems``).
  @discardableResult
  public mutating func add(_ evaluation: Evaluation, file: String? = nil) -> [Problem] {
    guard evaluation.rubricID == rubric.id else {
      return record(rubricMismatch(evaluation.rubricID, file: file))
    }
    return add(ScoringEngine(rubric: rubric).score(evaluation), file: file)
  }

  /// Adds a peer's scorecard, which must have been scored with the group's rubric.
  ///
  /// - Returns: The problems of this addition (also kept in ``problems``).
  @discardableResult
  public mutating func add(_ scorecard: Scorecard, file: String? = nil) -> [Problem] {
    guard scorecard.rubricID == rubric.id else {
      return record(rubricMismatch(scorecard.rubricID, file: file))
    }
    return add(
      municipality: scorecard.municipality, date: scorecard.date,
      values: Self.values(of: scorecard, areaIDs: rubric.areas.map(\.id)), file: file)
  }

  /// Adds a peer's figures, read by a ``PeerFigureScanner`` for the group's rubric.
  ///
  /// - Returns: The problems of this addition (also kept in ``problems``).
  @discardableResult
  package mutating func add(_ figures: PeerFigures, file: String? = nil) -> [Problem] {
    guard figures.rubricID == rubric.id, figures.values.count == rubric.areas.count + 1 else {
      return record(rubricMismatch(figures.rubricID, file: file))
    }
    return add(
      municipality: figures.municipality, date: figures.date, values: figures.values, file: file)
  }

  /// Adds a peer's figures: leaves out the benchmarked municipality and keeps only the latest
  /// evaluation of each municipality.
  private mutating func add(
    municipality: Municipality, date: CalendarDate, values: [Double], file: String?
  ) -> [Problem] {
    let codePath = JSONPath.root.appending("municipality").appending("code")
    if municipality.code == excludedCode {
      return record(
        Problem(
          file: file, path: codePath, kind: .subjectAmongPeers, severity: .warning,
          message: LocalizedText(
            sv:
              "\(municipality.name) (\(municipality.code)) är kommunen som jämförs och kan inte vara sin egen jämförelsekommun",
            en:
              "\(municipality.name) (\(municipality.code)) is the municipality compared and cannot be its own peer"
          )))
    }
    guard isSelected(municipality) else {
      outsideSelection += 1
      return []
    }
    // A former code (Heby's 1917) is the same municipality as today's code.
    let key =
      municipality.isFictitious
      ? municipality.code
      : register.codeChange(formerCode: municipality.code)?.code ?? municipality.code
    let entry = Entry(date: date, file: file, values: values)
    guard let existing = entries[key] else {
      entries[key] = entry
      return []
    }
    let replaces = existing.date < date
    if replaces { entries[key] = entry }
    let kept = replaces ? "\(date)" : "\(existing.date)"
    // Returned but not kept: a national dataset has thousands of these, and the group must not grow
    // with the number of files. The comparison reports their number in one warning.
    supersededEvaluations += 1
    return [
      Problem(
        file: file, path: codePath, kind: .duplicatePeer, severity: .warning,
        message: LocalizedText(
          sv:
            "\(municipality.name) (\(municipality.code)) finns redan bland jämförelsekommunerna (\(existing.file ?? "\(existing.date)")); bara den senaste utvärderingen, från \(kept), räknas",
          en:
            "\(municipality.name) (\(municipality.code)) is already among the peers (\(existing.file ?? "\(existing.date)")); only the latest evaluation, of \(kept), counts"
        ))
    ]
  }

  /// The warning for a peer made with another rubric, which is left out.
  private func rubricMismatch(_ peerRubricID: String, file: String?) -> Problem {
    Problem(
      file: file, path: JSONPath.root.appending("rubric"), kind: .rubricMismatch,
      severity: .warning,
      message: LocalizedText(
        sv:
          "utvärderingen är gjord med \(peerRubricID), inte \(rubric.id), och lämnas utanför jämförelsegruppen",
        en:
          "the evaluation was made with \(peerRubricID), not \(rubric.id), and is left out of the peer group"
      ))
  }

  private mutating func record(_ problem: Problem) -> [Problem] {
    problems.append(problem)
    return [problem]
  }

  /// The numbers kept of a scorecard: each of the rubric's areas' points on its full maximum
  /// (none for a totals-only evaluation), then the total's.
  static func values(of scorecard: Scorecard, areaIDs: [String]) -> [Double] {
    (areaIDs.map { scorecard.pooledFigure(of: [$0]) } + [scorecard.totalFigure])
      .map { $0.pointsOnFullMaximum ?? .nan }
  }

  /// Benchmarks a municipality against the group: per area and for the total, the peers' mean,
  /// median, minimum and maximum and the municipality's rank among them and itself.
  ///
  /// - Parameters:
  ///   - subject: The municipality's scorecard, scored with the group's rubric.
  ///   - file: The file of its evaluation, for problems.
  /// - Returns: The comparison, or an error when the rubrics differ; the group's warnings either way.
  public func comparison(for subject: Scorecard, file: String? = nil) -> Checked<
    BenchmarkComparison
  > {
    var problems = self.problems
    if supersededEvaluations > 0 {
      problems.append(
        Problem(
          file: file, path: .root, kind: .duplicatePeer, severity: .warning,
          message: LocalizedText(
            sv:
              "\(CountedNoun.evaluation.counted(supersededEvaluations, in: .swedish)) gäller kommuner som har en senare (eller lika gammal) utvärdering bland jämförelsekommunerna och räknas inte; bara den senaste utvärderingen av varje kommun räknas",
            en:
              "\(CountedNoun.evaluation.counted(supersededEvaluations, in: .english)) \(supersededEvaluations == 1 ? "is" : "are") of municipalities with a later (or equally old) evaluation among the peers and \(supersededEvaluations == 1 ? "does" : "do") not count; only each municipality's latest evaluation counts"
          )))
    }
    guard subject.rubricID == rubric.id else {
      problems.append(
        Problem(
          file: file, path: JSONPath.root.appending("rubric"), kind: .rubricMismatch,
          message: LocalizedText(
            sv:
              "utvärderingen är gjord med \(subject.rubricID), men jämförelsegruppen med \(rubric.id)",
            en:
              "the evaluation was made with \(subject.rubricID), but the peer group with \(rubric.id)"
          )))
      return Checked(value: nil, problems: problems)
    }
    let peers = entries.filter { $0.key != subject.municipality.code }.map(\.value)
    if peers.count < entries.count {
      problems.append(
        Problem(
          file: file, path: JSONPath.root.appending("municipality").appending("code"),
          kind: .subjectAmongPeers,
          severity: .warning,
          message: LocalizedText(
            sv:
              "\(subject.municipality.name) fanns bland jämförelsekommunerna och räknas inte som sin egen jämförelsekommun",
            en:
              "\(subject.municipality.name) was among the peers and does not count as its own peer")
        ))
    }
    let tooFew = peers.count < Self.minimumPeers
    let ownValues = Self.values(of: subject, areaIDs: rubric.areas.map(\.id))
    // A totals-only evaluation is compared on the total row only.
    let totalIndex = rubric.areas.count
    let indices = subject.detail == .total ? [totalIndex] : Array(0...totalIndex)
    var rows: [BenchmarkRow] = []
    for index in indices {
      let isTotal = index == totalIndex
      let figure =
        isTotal ? subject.totalFigure : subject.pooledFigure(of: [rubric.areas[index].id])
      var values = peers.map { $0.values[index] }.filter { !$0.isNaN }
      let own = ownValues[index].isNaN ? nil : ownValues[index]
      var row = BenchmarkRow(
        id: isTotal ? "total" : rubric.areas[index].id,
        level: isTotal ? .total : .area,
        title: isTotal ? LocalizedText(sv: "Totalt", en: "Total") : rubric.areas[index].title,
        maxPoints: isTotal ? subject.total.maxPoints : rubric.areas[index].maxPoints,
        subject: figure,
        subjectPoints: own)
      if tooFew {
        row.note = Self.tooFewPeersNote(count: peers.count)
      } else if values.count < Self.minimumPeers {
        row.note = LocalizedText(
          sv:
            "bara \(CountedNoun.peer.counted(values.count, in: .swedish)) har poäng här; minst \(Self.minimumPeers) behövs för statistik",
          en:
            "only \(CountedNoun.peer.counted(values.count, in: .english)) \(values.count == 1 ? "has" : "have") points here; at least \(Self.minimumPeers) are needed for statistics"
        )
      } else {
        let ranked = values
        row.statistics = PeerStatistics(values: &values)
        row.rank = own.map { PeerRank(of: $0, among: ranked) }
        row.difference = own.flatMap { value in
          row.statistics.map { ExactArithmetic.difference(value, $0.mean) }
        }
        if own == nil {
          row.note = LocalizedText(
            sv: "kommunen har inga bedömda poäng här och rangordnas inte",
            en: "the municipality has no assessed points here and is not ranked")
        }
      }
      rows.append(row)
    }
    var notes: [LocalizedText] = []
    if tooFew { notes.append(Self.tooFewPeersNote(count: peers.count)) }
    if subject.detail == .total {
      notes.append(
        LocalizedText(
          sv: "Utvärderingen har bara sin total, så bara totalen jämförs med jämförelsegruppen.",
          en: "The evaluation has its total only, so only the total is compared with the peers."))
    }
    notes.append(
      LocalizedText(
        sv:
          "Poäng räknas på hela maxpoängen; ett område med delområden som inte bedömts räknas om från sin procentsats. Placeringen jämför hela poäng, som de publiceras; lika poäng delar den bästa placeringen.",
        en:
          "Points are on the full maximum; an area with sub-areas not assessed is scaled from its percentage. Ranks compare whole points, as published; equal points share the best position."
      ))
    var summary: PeerSelectionSummary?
    if let selection {
      let selected = PeerSelectionSummary(
        selection: selection, registeredCount: register.municipalities(in: selection).count,
        peerCount: peers.count)
      notes.insert(selected.sentence, at: 0)
      notes.append(MunicipalityRegister.credit)
      summary = selected
    }
    return Checked(
      value: BenchmarkComparison(
        municipality: subject.municipality, date: subject.date, file: file, rubricID: rubric.id,
        basis: .peers(count: peers.count), peerCount: peers.count, hasTooFewPeers: tooFew,
        rows: rows, notes: notes, selection: summary),
      problems: problems)
  }

  private static func tooFewPeersNote(count: Int) -> LocalizedText {
    LocalizedText(
      sv:
        "För få jämförelsekommuner (\(count)); minst \(minimumPeers) behövs för medelvärde, median, min, max och rang, så ingen statistik visas.",
      en:
        "Too few peers (\(count)); at least \(minimumPeers) are needed for mean, median, minimum, maximum and rank, so no statistics are shown."
    )
  }
}
