/// Builds ready-to-fill evaluations: a blank one for a first evaluation, or the next one from a
/// previous evaluation of the same municipality.
package enum EvaluationTemplate {
  /// A blank evaluation with every area and sub-area of the rubric, no points yet (`"points": null`),
  /// the rubric's evidence notes as guidance and empty findings.
  ///
  /// A rubric known only at area level (no sub-areas, like the 2016 revision) gives an area-level
  /// evaluation (`"detail": "area"`) with every area not scored yet.
  package static func blank(
    rubric: Rubric,
    municipality: Municipality,
    date: CalendarDate,
    kind: EvaluationKind = .external
  ) -> Evaluation {
    let areaLevel = rubric.areas.allSatisfy(\.subAreas.isEmpty)
    return Evaluation(
      rubricID: rubric.id,
      municipality: municipality,
      date: date,
      kind: kind,
      detail: areaLevel ? .area : .subArea,
      areas: rubric.areas.map { area in
        AreaEvaluation(
          id: area.id,
          title: area.title.swedish,
          subAreas: area.subAreas.map { subArea in
            SubAreaEvaluation(
              id: subArea.id, title: subArea.title.swedish, guidance: subArea.evidenceNotes,
              assessment: .pending)
          },
          assessment: areaLevel ? .pending : nil)
      })
  }

  /// The next evaluation of the same municipality, started from a previous one.
  ///
  /// Points are cleared. Earlier findings are kept, with their date (the previous evaluation's date
  /// when they had none) and marked as carried over from the previous evaluation. The previous
  /// strengths and improvement opportunities become items to re-check. Summary, good examples,
  /// evaluators and sources are left for the new evaluation to fill.
  ///
  /// - Parameters:
  ///   - previous: The earlier evaluation.
  ///   - rubric: The rubric of the new evaluation; findings of sub-areas it does not have are dropped.
  ///   - date: The new evaluation's date.
  ///   - kind: The new evaluation's kind; the previous one's when `nil`.
  package static func next(
    after previous: Evaluation,
    rubric: Rubric,
    date: CalendarDate,
    kind: EvaluationKind? = nil
  ) -> Evaluation {
    var evaluation = blank(
      rubric: rubric, municipality: previous.municipality, date: date, kind: kind ?? previous.kind)
    let previousAreas = Dictionary(
      previous.areas.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for areaIndex in evaluation.areas.indices {
      guard let earlier = previousAreas[evaluation.areas[areaIndex].id] else { continue }
      evaluation.areas[areaIndex].previousStrengths = earlier.strengths
      evaluation.areas[areaIndex].previousImprovements = earlier.improvements
      for subIndex in evaluation.areas[areaIndex].subAreas.indices {
        let id = evaluation.areas[areaIndex].subAreas[subIndex].id
        guard let earlierSubArea = previous.subArea(id: id) else { continue }
        evaluation.areas[areaIndex].subAreas[subIndex].findings = earlierSubArea.findings.map {
          finding in
          var carried = finding
          carried.date = finding.date ?? previous.date
          carried.carriedOverFrom = finding.carriedOverFrom ?? previous.date
          return carried
        }
      }
    }
    return evaluation
  }
}
