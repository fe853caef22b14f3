/// A municipality's evaluation set against peers or a reference profile, area by area.
///
/// Made by ``PeerGroup/comparison(for:file:)`` or ``ReferenceProfile/comparison(for:file:)``.
/// ``basis`` and ``label`` say which, so a report never presents a reference profile as peers.
public struct BenchmarkComparison: Codable, Hashable, Sendable {
  /// The municipality benchmarked.
  public var municipality: Municipality
  /// The date of its evaluation.
  public var date: CalendarDate
  /// The file of its evaluation, as named by the caller.
  public var file: String?
  /// The rubric of the evaluation and of the benchmark.
  public var rubricID: String
  /// Peers or a reference profile.
  public var basis: BenchmarkBasis
  /// The number of peers; 0 for a reference profile.
  public var peerCount: Int
  /// Whether there are fewer peers than ``PeerGroup/minimumPeers``, so that no statistics are given.
  public var hasTooFewPeers: Bool
  /// The area rows in rubric order, then the total.
  public var rows: [BenchmarkRow]
  /// Sentences a report should show with the table.
  public var notes: [LocalizedText]
  /// The group or county the peers were chosen from, when they were chosen by the register.
  public var selection: PeerSelectionSummary?

  /// Creates a benchmark comparison.
  package init(
    municipality: Municipality,
    date: CalendarDate,
    file: String?,
    rubricID: String,
    basis: BenchmarkBasis,
    peerCount: Int,
    hasTooFewPeers: Bool,
    rows: [BenchmarkRow],
    notes: [LocalizedText],
    selection: PeerSelectionSummary? = nil
  ) {
    self.municipality = municipality
    self.date = date
    self.file = file
    self.rubricID = rubricID
    self.basis = basis
    self.peerCount = peerCount
    self.hasTooFewPeers = hasTooFewPeers
    self.rows = rows
    self.notes = notes
    self.selection = selection
  }

  /// The label of the benchmark, for reports: "Jämförelsegrupp (5 kommuner)", with peers chosen
  /// by the register "Jämförelsegrupp: kommungrupp B4 (…), 4 kommuner", or the reference profile's
  /// title.
  public var label: LocalizedText {
    guard case .peers(let count) = basis, let selection else { return basis.label }
    let chosen = selection.selection
    return LocalizedText(
      sv:
        "Jämförelsegrupp: \(chosen.label(in: .swedish)), \(count) \(count == 1 ? "kommun" : "kommuner")",
      en:
        "Peer group: \(chosen.label(in: .english)), \(count) \(count == 1 ? "municipality" : "municipalities")"
    )
  }

  /// The row with the given id (an area id or `"total"`).
  public func row(id: String) -> BenchmarkRow? {
    rows.first { $0.id == id }
  }
}
