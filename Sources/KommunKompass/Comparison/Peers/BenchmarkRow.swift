/// One row of a benchmark: an area or the total, the municipality's figure and the benchmark's.
///
/// Figures are points on the row's full maximum (see ``ComparedValue/pointsOnFullMaximum``), so
/// an area where a sub-area was not assessed is compared by its percentage, not as if the sub-area
/// had scored zero.
public struct BenchmarkRow: Codable, Hashable, Sendable {
  /// The area's id, or `"total"`.
  public var id: String
  /// Area or total.
  public var level: ComparisonLevel
  /// The title in the rubric.
  public var title: LocalizedText
  /// The maximum in the rubric.
  public var maxPoints: Double
  /// The municipality's own figure, with its status.
  public var subject: ComparedValue
  /// The municipality's points on the full maximum; `nil` when not assessed.
  public var subjectPoints: Double?
  /// The peers' statistics; `nil` for a reference profile, or with too few peers.
  public var statistics: PeerStatistics?
  /// The municipality's rank among the peers and itself; `nil` for a reference profile, with too
  /// few peers, or when the municipality has no figure.
  public var rank: PeerRank?
  /// The reference profile's points; `nil` for peers or when the profile has no value for the row.
  public var referencePoints: Double?
  /// The municipality's points minus the benchmark (the peer mean, or the reference value).
  public var difference: Double?
  /// Why figures are missing, when they are.
  public var note: LocalizedText?

  /// Creates a row.
  package init(
    id: String,
    level: ComparisonLevel,
    title: LocalizedText,
    maxPoints: Double,
    subject: ComparedValue,
    subjectPoints: Double?,
    statistics: PeerStatistics? = nil,
    rank: PeerRank? = nil,
    referencePoints: Double? = nil,
    difference: Double? = nil,
    note: LocalizedText? = nil
  ) {
    self.id = id
    self.level = level
    self.title = title
    self.maxPoints = maxPoints
    self.subject = subject
    self.subjectPoints = subjectPoints
    self.statistics = statistics
    self.rank = rank
    self.referencePoints = referencePoints
    self.difference = difference
    self.note = note
  }

  /// The benchmark figure the difference is taken from: the peer mean or the reference value.
  public var benchmarkPoints: Double? { statistics?.mean ?? referencePoints }
}
