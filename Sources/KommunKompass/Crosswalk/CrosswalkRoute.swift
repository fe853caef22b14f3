/// A chain of crosswalks from one rubric to another, and what each id corresponds to across it.
///
/// Comparisons use routes to find, for a row of the later rubric, the parts of an earlier
/// evaluation to compare it with. Each crosswalk may be followed backwards (new and removed then
/// change places), so the source rubric need not be the older one.
package struct CrosswalkRoute: Sendable, Hashable {
  /// One crosswalk of the chain, and the direction it is followed in.
  package struct Step: Sendable, Hashable {
    /// The crosswalk.
    package var crosswalk: Crosswalk
    /// Whether the crosswalk is followed from its `fromRubric` to its `toRubric`.
    package var forward: Bool

    /// The rubric the step starts from.
    package var sourceRubricID: String { forward ? crosswalk.fromRubricID : crosswalk.toRubricID }

    /// The crosswalk's links seen in the step's direction.
    package var links: [OrientedLink] {
      crosswalk.links.map { link in
        let earlier = link.from.map { [$0] } ?? []
        return forward
          ? OrientedLink(
            sourceIDs: earlier, targetIDs: link.to, comparability: link.comparability,
            justification: link.justification)
          : OrientedLink(
            sourceIDs: link.to, targetIDs: earlier, comparability: link.comparability.reversed,
            justification: link.justification)
      }
    }
  }

  /// A crosswalk link seen in a step's direction.
  package struct OrientedLink: Sendable, Hashable {
    /// The ids on the side the step starts from.
    package var sourceIDs: [String]
    /// The ids on the side the step goes to.
    package var targetIDs: [String]
    /// The level, seen in the step's direction.
    package var comparability: Comparability
    /// The link's justification.
    package var justification: LocalizedText
  }

  /// What a set of ids corresponds to on the other side of the route.
  package enum Mapping: Sendable, Hashable {
    /// These ids, at this level (same or revised), for these reasons.
    case mapped(ids: [String], comparability: Comparability, justifications: [LocalizedText])
    /// Nothing: the ids are new (seen from the later side) or removed (seen from the earlier side).
    case unmatched(Comparability, justifications: [LocalizedText])
    /// The crosswalks do not mention the ids (sub-areas a crosswalk leaves out).
    case notMapped
  }

  /// The rubric the route starts from.
  package var sourceRubricID: String
  /// The rubric the route ends at.
  package var targetRubricID: String
  /// The crosswalks, from the source rubric to the target rubric.
  package var steps: [Step]

  /// The ids of the crosswalks followed, in order.
  package var crosswalkIDs: [String] { steps.map(\.crosswalk.id) }

  /// The ids in the source rubric that correspond to these ids of the target rubric.
  package func sourceCounterparts(of targetIDs: [String]) -> Mapping {
    walk(
      targetIDs, steps: steps.reversed(), near: \.targetIDs, far: \.sourceIDs, unmatched: .new)
  }

  /// The ids in the target rubric that correspond to these ids of the source rubric.
  package func targetCounterparts(of sourceIDs: [String]) -> Mapping {
    walk(sourceIDs, steps: steps, near: \.sourceIDs, far: \.targetIDs, unmatched: .removed)
  }

  private func walk(
    _ ids: [String],
    steps: some Sequence<Step>,
    near: KeyPath<OrientedLink, [String]>,
    far: KeyPath<OrientedLink, [String]>,
    unmatched: Comparability
  ) -> Mapping {
    var current = ids
    var level = Comparability.same
    var justifications: [LocalizedText] = []
    for step in steps {
      let touching = step.links.filter { !Set($0[keyPath: near]).isDisjoint(with: current) }
      guard !touching.isEmpty else { return .notMapped }
      for link in touching where !justifications.contains(link.justification) {
        justifications.append(link.justification)
      }
      var next: [String] = []
      for link in touching {
        for id in link[keyPath: far] where !next.contains(id) { next.append(id) }
      }
      guard !next.isEmpty else { return .unmatched(unmatched, justifications: justifications) }
      for link in touching {
        // A link without counterpart next to others leaves part of the set unmatched: revised.
        level = level.combined(
          with: link.comparability.isComparable ? link.comparability : .revised)
      }
      current = next
    }
    return .mapped(ids: current, comparability: level, justifications: justifications)
  }

  /// Gathers ids of the target rubric into groups that must be compared together: two ids whose
  /// counterparts in the source rubric of any of the routes share an id (one earlier area split
  /// over both) are in one group, so that no earlier figure is counted in two rows.
  ///
  /// - Parameters:
  ///   - ids: Ids of the target rubric, in the order the groups should follow.
  ///   - routes: Routes from the earlier rubrics to the target rubric.
  /// - Returns: The groups, each in the order of `ids`, ordered by their first id.
  package static func groups(of ids: [String], routes: [CrosswalkRoute]) -> [[String]] {
    var parent = Array(ids.indices)
    func root(_ index: Int) -> Int {
      var index = index
      while parent[index] != index {
        parent[index] = parent[parent[index]]
        index = parent[index]
      }
      return index
    }
    for route in routes {
      var firstOwner: [String: Int] = [:]
      for (index, id) in ids.enumerated() {
        guard case .mapped(let sources, _, _) = route.sourceCounterparts(of: [id]) else { continue }
        for source in sources {
          if let owner = firstOwner[source] {
            parent[root(index)] = root(owner)
          } else {
            firstOwner[source] = index
          }
        }
      }
    }
    var members: [Int: [String]] = [:]
    var order: [Int] = []
    for (index, id) in ids.enumerated() {
      let group = root(index)
      if members[group] == nil { order.append(group) }
      members[group, default: []].append(id)
    }
    return order.compactMap { members[$0] }
  }

  /// How much of the target rubric's maximum has a counterpart in the source rubric.
  ///
  /// Each part of the target rubric is counted once: areas that share an earlier counterpart
  /// (split or pooled) are counted together, by the level of their pooled correspondence, and a
  /// sub-area the crosswalk marks new counts as new even when its area has a counterpart, since
  /// nothing earlier corresponds to it.
  package func overlap(of target: Rubric) -> CrosswalkOverlap {
    var same = 0.0
    var revised = 0.0
    var new = 0.0
    var unmapped = 0.0
    func add(_ mapping: Mapping, _ maxPoints: Double) {
      switch mapping {
      case .mapped(_, .same, _): same = ExactArithmetic.sum(same, maxPoints)
      case .mapped: revised = ExactArithmetic.sum(revised, maxPoints)
      case .unmatched: new = ExactArithmetic.sum(new, maxPoints)
      case .notMapped: unmapped = ExactArithmetic.sum(unmapped, maxPoints)
      }
    }
    for group in Self.groups(of: target.areas.map(\.id), routes: [self]) {
      let areas = group.compactMap { target.area(id: $0) }
      let mapping = sourceCounterparts(of: group)
      let subAreas = areas.flatMap(\.subAreas)
      if mapping == .notMapped && !subAreas.isEmpty {
        for subGroup in Self.groups(of: subAreas.map(\.id), routes: [self]) {
          add(
            sourceCounterparts(of: subGroup),
            ExactArithmetic.sum(subGroup.compactMap { target.maxPoints(of: $0) }))
        }
        continue
      }
      var maxPoints = ExactArithmetic.sum(areas.map(\.maxPoints))
      if case .mapped = mapping {
        // Sub-areas marked new have no counterpart, whatever their area's.
        for subArea in subAreas {
          if case .unmatched = sourceCounterparts(of: [subArea.id]) {
            new = ExactArithmetic.sum(new, subArea.maxPoints)
            maxPoints = ExactArithmetic.difference(maxPoints, subArea.maxPoints)
          }
        }
      }
      add(mapping, maxPoints)
    }
    return CrosswalkOverlap(
      earlierRubricID: sourceRubricID, laterRubricID: targetRubricID, crosswalkIDs: crosswalkIDs,
      sameMaxPoints: same, revisedMaxPoints: revised, newMaxPoints: new,
      unmappedMaxPoints: unmapped,
      totalMaxPoints: target.maxPoints)
  }
}
