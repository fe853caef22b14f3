extension Evaluation {
  /// The ids of the parts a consensus evaluation still awaits agreement on: sub-areas (areas in an
  /// area-level evaluation) with the evaluators' proposals and `"points": null`, in file order.
  ///
  /// Once the group has written its agreed points into each of them, the list is empty and the
  /// evaluation scores, compares and reports like any other.
  public var idsAwaitingConsensus: [String] {
    switch detail {
    case .total: []
    case .area: areas.filter(\.awaitsConsensus).map(\.id)
    case .subArea: areas.flatMap(\.subAreas).filter(\.awaitsConsensus).map(\.id)
    }
  }

  /// Whether the evaluation is a consensus evaluation: one with evaluators' proposals.
  public var isConsensus: Bool {
    areas.contains { !$0.proposals.isEmpty || $0.subAreas.contains { !$0.proposals.isEmpty } }
  }
}
