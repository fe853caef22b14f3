/// A set of crosswalks between rubric revisions, which comparisons follow to connect evaluations
/// made with different revisions.
///
/// ``bundled`` holds the crosswalks shipped with the library (from the package's
/// `Rubrics/crosswalks/` folder). Crosswalks are followed in either direction and chained: with
/// crosswalks 2010→2016 and 2016→2020, an evaluation made with the 2010 revision can be compared
/// with one made with the 2019/2020 revision.
public struct CrosswalkCatalog: Sendable {
  /// The crosswalks, in id order.
  public private(set) var crosswalks: [Crosswalk]

  /// Creates a catalog; a later crosswalk replaces an earlier one with the same id.
  public init(crosswalks: [Crosswalk]) {
    var byID: [String: Crosswalk] = [:]
    for crosswalk in crosswalks { byID[crosswalk.id] = crosswalk }
    self.crosswalks = byID.values.sorted { $0.id < $1.id }
  }

  /// The crosswalks bundled with the library.
  public static let bundled = CrosswalkCatalog(
    crosswalks: EmbeddedDataFile.crosswalks.compactMap { loadBundled($0).value })

  /// An embedded crosswalk file loaded against the bundled rubrics, with any problems found.
  package static func loadBundled(_ file: EmbeddedDataFile) -> Checked<Crosswalk> {
    Crosswalk.load(bytes: file.bytes, file: file.path, catalog: .bundled)
  }

  /// The crosswalk with the given id.
  public func crosswalk(id: String) -> Crosswalk? {
    crosswalks.first { $0.id == id }
  }

  /// A catalog with these crosswalks added (replacing any with the same id).
  public func adding(_ more: [Crosswalk]) -> CrosswalkCatalog {
    CrosswalkCatalog(crosswalks: crosswalks + more)
  }

  /// How much of the later rubric has a counterpart in the earlier one, following the crosswalks
  /// that connect them; `nil` when none do.
  ///
  /// - Parameters:
  ///   - earlier: The rubric compared from.
  ///   - later: The rubric whose maximum is shared out.
  public func overlap(from earlier: Rubric, to later: Rubric) -> CrosswalkOverlap? {
    guard let route = route(from: earlier.id, to: later.id) else { return nil }
    return route.overlap(of: later)
  }

  /// The shortest chain of crosswalks from one rubric to another, each followed in either
  /// direction; `nil` when none connects them. From a rubric to itself the chain is empty.
  package func route(from source: String, to target: String) -> CrosswalkRoute? {
    if source == target {
      return CrosswalkRoute(sourceRubricID: source, targetRubricID: target, steps: [])
    }
    var previous: [String: CrosswalkRoute.Step] = [:]
    var visited: Set<String> = [source]
    var queue = [source]
    while !queue.isEmpty {
      let current = queue.removeFirst()
      for crosswalk in crosswalks {
        let next: String
        let forward: Bool
        if crosswalk.fromRubricID == current {
          (next, forward) = (crosswalk.toRubricID, true)
        } else if crosswalk.toRubricID == current {
          (next, forward) = (crosswalk.fromRubricID, false)
        } else {
          continue
        }
        guard visited.insert(next).inserted else { continue }
        previous[next] = CrosswalkRoute.Step(crosswalk: crosswalk, forward: forward)
        if next == target {
          var steps: [CrosswalkRoute.Step] = []
          var rubric = target
          while rubric != source, let step = previous[rubric] {
            steps.insert(step, at: 0)
            rubric = step.sourceRubricID
          }
          return CrosswalkRoute(sourceRubricID: source, targetRubricID: target, steps: steps)
        }
        queue.append(next)
      }
    }
    return nil
  }
}
