extension Scorecard {
  /// The pooled figure of some areas or sub-areas of the scorecard: their points and maxima summed,
  /// with which parts were not assessed. Comparisons read every figure through this, so a part not
  /// assessed is never read as zero.
  package func pooledFigure(of ids: [String]) -> ComparedValue {
    var leaves: [(id: String, score: Score, status: SubAreaScore.Status)] = []
    for id in ids {
      if let area = area(id: id) {
        if let status = area.areaLevelStatus {
          leaves.append((area.id, area.score, status))
        } else {
          leaves += area.subAreas.map { ($0.id, $0.score, $0.status) }
        }
      } else if let subArea = areas.lazy.compactMap({ $0.subArea(id: id) }).first {
        leaves.append((subArea.id, subArea.score, subArea.status))
      } else if detail != .subArea {
        return ComparedValue(status: .noSubAreaDetail, score: nil, sourceIDs: ids)
      } else {
        return ComparedValue(status: .notMapped, score: nil, sourceIDs: ids)
      }
    }
    let score = leaves.reduce(Score.zero) { $0 + $1.score }
    let unassessed = leaves.filter { $0.status != .scored }
    let status: ComparedValue.Status
    if unassessed.isEmpty && !leaves.isEmpty {
      status = .assessed
    } else if score.assessedMaxPoints > 0 {
      status = .partlyAssessed
    } else if let reason = unassessed.lazy.compactMap({ leaf -> String? in
      if case .notAssessed(let reason) = leaf.status { return reason }
      return nil
    }).first {
      status = .notAssessed(reason: reason)
    } else {
      status = .pending
    }
    return ComparedValue(
      status: status, score: score, sourceIDs: ids, unassessedIDs: unassessed.map(\.id))
  }

  /// The total's figure: all areas pooled, or a totals-only evaluation's own total.
  package var totalFigure: ComparedValue {
    if let status = totalOnlyStatus {
      let figureStatus: ComparedValue.Status =
        switch status {
        case .scored: .assessed
        case .notAssessed(let reason): .notAssessed(reason: reason)
        case .pending: .pending
        }
      return ComparedValue(
        status: figureStatus, score: total, sourceIDs: ["total"],
        unassessedIDs: status == .scored ? [] : ["total"])
    }
    var figure = pooledFigure(of: areas.map(\.id))
    figure.sourceIDs = ["total"]
    return figure
  }
}
