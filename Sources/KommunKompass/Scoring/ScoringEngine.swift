/// Turns an evaluation into a ``Scorecard``: sub-area points summed into areas and a total, and the
/// profile's strongest and weakest sub-areas.
///
/// ```swift
/// let engine = ScoringEngine(rubric: rubric)
/// let scorecard = engine.score(evaluation)
/// print(scorecard.total.displayPoints, "of", scorecard.total.maxPoints)
/// ```
///
/// The engine walks the rubric, so the scorecard always lists every area and sub-area in rubric
/// order. Run it on evaluations that loaded without errors against the same rubric; a sub-area
/// missing from the evaluation is then impossible, and is treated as not scored yet if it happens.
public struct ScoringEngine: Sendable {
  /// The rubric that gives titles and maxima.
  public var rubric: Rubric
  /// How the profile lists are derived.
  public var options: ScoringOptions

  /// Creates an engine for a rubric.
  public init(rubric: Rubric, options: ScoringOptions = .default) {
    self.rubric = rubric
    self.options = options
  }

  /// Scores an evaluation made with this engine's rubric.
  ///
  /// An area-level evaluation (``Evaluation/detail`` `.area`) gives areas with their own points and
  /// no sub-areas (``AreaScore/areaLevelStatus`` says how each was assessed); its profile has no
  /// strongest or weakest sub-areas, since those need sub-area points. A totals-only evaluation
  /// (`.total`) gives a scorecard without areas whose total is its own points
  /// (``Scorecard/totalOnlyStatus`` says how it was assessed).
  public func score(_ evaluation: Evaluation) -> Scorecard {
    if evaluation.detail == .total { return scoreTotalOnly(evaluation) }
    let assessedByID = Dictionary(
      evaluation.areas.flatMap(\.subAreas).map { ($0.id, $0) },
      uniquingKeysWith: { first, _ in first })
    let areaEvaluations = Dictionary(
      evaluation.areas.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

    var areas = rubric.areas.map { rubricArea in
      let areaEvaluation = areaEvaluations[rubricArea.id]
      if evaluation.detail == .area {
        return scoreWholeArea(rubricArea, areaEvaluation)
      }
      let subAreas = rubricArea.subAreas.map { rubricSubArea in
        scoreSubArea(rubricSubArea, assessedByID[rubricSubArea.id])
      }
      return AreaScore(
        id: rubricArea.id,
        title: rubricArea.title,
        score: subAreas.reduce(.zero) { $0 + $1.score },
        subAreas: subAreas,
        strengths: areaEvaluation?.strengths ?? [],
        improvements: areaEvaluation?.improvements ?? [])
    }
    let total = areas.reduce(Score.zero) { $0 + $1.score }

    var strongest: [SubAreaHighlight] = []
    var weakest: [SubAreaHighlight] = []
    // Compared as displayed (whole percentages), so two sub-areas shown with the same percentage
    // are always classified alike.
    if let overall = total.displayPercent {
      for index in areas.indices {
        for subArea in areas[index].subAreas {
          guard let percent = subArea.score.displayPercent else { continue }
          let highlight = SubAreaHighlight(
            areaID: areas[index].id, subArea: subArea,
            differenceFromOverall: Double(percent - overall))
          if highlight.differenceFromOverall >= options.margin {
            strongest.append(highlight)
            areas[index].strongSubAreaIDs.append(subArea.id)
          } else if highlight.differenceFromOverall <= -options.margin {
            weakest.append(highlight)
            areas[index].weakSubAreaIDs.append(subArea.id)
          }
        }
      }
    }
    strongest.sort {
      ($0.differenceFromOverall, $1.subArea.id) > ($1.differenceFromOverall, $0.subArea.id)
    }
    weakest.sort {
      ($0.differenceFromOverall, $0.subArea.id) < ($1.differenceFromOverall, $1.subArea.id)
    }

    return Scorecard(
      municipality: evaluation.municipality,
      date: evaluation.date,
      kind: evaluation.kind,
      rubricID: rubric.id,
      rubricRevision: rubric.revision,
      rubricTitle: rubric.title,
      areas: areas,
      total: total,
      publishedTotal: evaluation.publishedTotal.flatMap { published in
        PublishedTotal(
          published,
          parts: evaluation.detail == .area
            ? evaluation.areas.map(\.assessment)
            : evaluation.areas.flatMap { $0.subAreas.map { Optional($0.assessment) } })
      },
      strongestSubAreas: strongest,
      weakestSubAreas: weakest,
      summary: evaluation.summary,
      goodExamples: evaluation.goodExamples,
      options: options)
  }

  /// Scores a totals-only evaluation: no areas, the total from its own points against the rubric's
  /// maximum (nothing assessed when it was not assessed or is not scored yet).
  private func scoreTotalOnly(_ evaluation: Evaluation) -> Scorecard {
    let maximum = rubric.maxPoints
    let (total, status): (Score, SubAreaScore.Status) =
      switch evaluation.totalAssessment {
      case .points(let points):
        (Score(points: points, assessedMaxPoints: maximum, maxPoints: maximum), .scored)
      case .notAssessed(let reason):
        (Score(points: 0, assessedMaxPoints: 0, maxPoints: maximum), .notAssessed(reason: reason))
      case .pending, nil: (Score(points: 0, assessedMaxPoints: 0, maxPoints: maximum), .pending)
      }
    return Scorecard(
      municipality: evaluation.municipality, date: evaluation.date, kind: evaluation.kind,
      rubricID: rubric.id, rubricRevision: rubric.revision, rubricTitle: rubric.title, areas: [],
      total: total, totalOnlyStatus: status, strongestSubAreas: [], weakestSubAreas: [],
      summary: evaluation.summary, goodExamples: evaluation.goodExamples, options: options)
  }

  /// Scores an area of an area-level evaluation from its own points.
  private func scoreWholeArea(_ rubricArea: RubricArea, _ assessed: AreaEvaluation?) -> AreaScore {
    let maximum = rubricArea.maxPoints
    let (score, status): (Score, SubAreaScore.Status) =
      switch assessed?.assessment {
      case .points(let points):
        (Score(points: points, assessedMaxPoints: maximum, maxPoints: maximum), .scored)
      case .notAssessed(let reason):
        (Score(points: 0, assessedMaxPoints: 0, maxPoints: maximum), .notAssessed(reason: reason))
      case .pending, nil: (Score(points: 0, assessedMaxPoints: 0, maxPoints: maximum), .pending)
      }
    return AreaScore(
      id: rubricArea.id,
      title: rubricArea.title,
      score: score,
      subAreas: [],
      strengths: assessed?.strengths ?? [],
      improvements: assessed?.improvements ?? [],
      areaLevelStatus: status)
  }

  private func scoreSubArea(_ rubricSubArea: RubricSubArea, _ assessed: SubAreaEvaluation?)
    -> SubAreaScore
  {
    let maximum = rubricSubArea.maxPoints
    let unassessed = Score(points: 0, assessedMaxPoints: 0, maxPoints: maximum)
    let (score, status): (Score, SubAreaScore.Status) =
      switch assessed?.assessment {
      case .points(let points):
        (Score(points: points, assessedMaxPoints: maximum, maxPoints: maximum), .scored)
      case .notAssessed(let reason): (unassessed, .notAssessed(reason: reason))
      case .pending, nil: (unassessed, .pending)
      }
    return SubAreaScore(
      id: rubricSubArea.id, title: rubricSubArea.title, score: score, status: status)
  }
}
