/// A municipality's position among its peers and itself for one row.
///
/// Ranks run from 1 (highest) and are compared as published, in whole points: figures that round
/// to the same whole number are tied, since their difference may be rounding alone. Tied figures
/// share the best of their positions (standard competition ranking, "1, 2, 2, 4"), so a rank of 2
/// with ``tiedPeers`` 1 means one peer is ahead and one peer shares second place.
public struct PeerRank: Codable, Hashable, Sendable {
  /// The position, from 1 for the highest.
  public var position: Int
  /// How many are ranked: the peers with a figure and the municipality itself.
  public var outOf: Int
  /// How many peers have the same figure as published (whole points).
  public var tiedPeers: Int

  /// Creates a rank.
  package init(position: Int, outOf: Int, tiedPeers: Int) {
    self.position = position
    self.outOf = outOf
    self.tiedPeers = tiedPeers
  }

  /// The rank of a value among peer values, compared in whole points.
  package init(of value: Double, among peers: [Double]) {
    let own = DisplayRounding.wholeNumber(value)
    let rounded = peers.map(DisplayRounding.wholeNumber)
    self.init(
      position: 1 + rounded.filter { $0 > own }.count,
      outOf: peers.count + 1,
      tiedPeers: rounded.filter { $0 == own }.count)
  }
}
