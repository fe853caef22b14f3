extension ActionPlan {
  /// A plan to fill in, made from an evaluation: one action per improvement opportunity, in its
  /// area, then one per weak sub-area of the profile not already targeted; ids `A1`, `A2`, …, no
  /// owner or dates, status `planned`.
  ///
  /// - Parameters:
  ///   - evaluation: The evaluation the plan is made from.
  ///   - file: The evaluation's path as the plan should name it (relative to the plan's folder).
  ///   - rubric: The evaluation's rubric.
  public static func scaffold(from evaluation: Evaluation, file: String?, rubric: Rubric)
    -> ActionPlan
  {
    var actions: [PlanAction] = []
    func nextID() -> String { "A\(actions.count + 1)" }
    for area in evaluation.areas {
      for (index, improvement) in area.improvements.enumerated() {
        actions.append(
          PlanAction(
            id: nextID(), title: improvement, targets: [area.id],
            answers: [ActionLink(areaID: area.id, improvement: index + 1)]))
      }
    }
    let scorecard = ScoringEngine(rubric: rubric).score(evaluation)
    let covered = Set(actions.flatMap { $0.targetedSubAreaIDs(in: rubric) })
    for weak in scorecard.weakestSubAreas where !covered.contains(weak.subArea.id) {
      let title = weak.subArea.title.swedish
      actions.append(
        PlanAction(
          id: nextID(), title: "Stärka \(weak.subArea.id) \(title)", targets: [weak.subArea.id]))
    }
    return ActionPlan(
      rubricID: evaluation.rubricID, municipality: evaluation.municipality,
      title: "Handlingsplan efter utvärderingen \(evaluation.date)",
      evaluation: BaselineReference(date: evaluation.date, file: file), actions: actions)
  }
}
