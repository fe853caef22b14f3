extension ActionPlan {
  /// Follows the plan up: each action's status and overdue state, and with a later evaluation the
  /// change of every targeted part, classified as `compare` classifies it.
  ///
  /// - Parameters:
  ///   - before: The evaluation the plan was made from.
  ///   - after: The later evaluation, or `nil` for progress so far.
  ///   - asOf: The date overdue is judged at without `after`; `after`'s date otherwise.
  ///   - comparer: Rubrics, crosswalks and thresholds; the bundled ones by default.
  /// - Returns: The follow-up, or errors when the evaluations cannot be compared or do not fit the plan.
  public func followUp(
    before: NamedEvaluation, after: NamedEvaluation?, asOf: CalendarDate,
    comparer: EvaluationComparer = .init()
  ) -> Checked<PlanFollowUp> {
    var problems: [Problem] = []
    guard let rubric = comparer.rubrics.rubric(id: rubricID) else {
      return Checked(value: nil, problems: [])
    }
    if before.evaluation.rubricID != rubricID
      || before.evaluation.municipality.code != municipality.code
      || before.evaluation.date != evaluation.date
    {
      problems.append(
        Problem(
          file: before.file, path: .root, kind: .baselineMismatch,
          message: LocalizedText(
            sv:
              "planen gjordes från \(municipality.name)s utvärdering \(evaluation.date) (\(rubricID)), men här står \(before.evaluation.municipality.name) \(before.evaluation.date) (\(before.evaluation.rubricID))",
            en:
              "the plan was made from \(municipality.name)'s evaluation of \(evaluation.date) (\(rubricID)), but this is \(before.evaluation.municipality.name) \(before.evaluation.date) (\(before.evaluation.rubricID))"
          )))
      return Checked(value: nil, problems: problems)
    }
    var comparison: TimeComparison?
    if let after {
      let outcome = comparer.compare([before, after])
      problems += outcome.problems
      guard let value = outcome.value else { return Checked(value: nil, problems: problems) }
      comparison = value
    }
    let rows = comparison?.allRows.filter { $0.level != .total } ?? []
    func row(for id: String) -> ComparisonRow? {
      rows.first { $0.level != .total && $0.values[0].sourceIDs == [id] }
        ?? rows.first { $0.id == id && comparison?.rubricID == rubricID }
    }
    func follow(_ id: String, expected: Double?) -> TargetFollowUp {
      guard let row = row(for: id), row.classification != .removed, row.classification != .new
      else {
        return TargetFollowUp(
          id: id, laterID: nil, pointsBefore: nil, pointsAfter: nil, outcome: .notConnected,
          expectedPoints: expected)
      }
      let outcome: TargetFollowUp.Outcome
      switch row.classification {
      case .improved: outcome = .confirmedImprovement
      case .declined: outcome = .declined
      case .unchanged: outcome = .unchanged
      case .new, .removed: outcome = .notConnected
      case .notComparable: outcome = row.overall.note == .notMapped ? .notConnected : .notAssessed
      }
      let afterPoints = row.values[1].points
      return TargetFollowUp(
        id: id, laterID: row.id, pointsBefore: row.values[0].points, pointsAfter: afterPoints,
        outcome: outcome,
        expectedPoints: expected,
        expectationReached: expected.flatMap { goal in afterPoints.map { $0 >= goal - 1e-9 } })
    }
    let date = after?.evaluation.date ?? asOf
    let actionFollowUps = actions.map { action in
      ActionFollowUp(
        action: action, isOverdue: action.isOverdue(asOf: date),
        targets: comparison == nil
          ? []
          : action.targets.map { id in
            follow(id, expected: action.expectedEffects.first { $0.subAreaID == id }?.points)
          })
    }
    let targeted = targetedSubAreaIDs(in: rubric)
    var improvedWithout: [String] = []
    if comparison != nil {
      for subArea in rubric.areas.flatMap(\.subAreas) where !targeted.contains(subArea.id) {
        if follow(subArea.id, expected: nil).outcome == .confirmedImprovement {
          improvedWithout.append(subArea.id)
        }
      }
    }
    let weak = ScoringEngine(rubric: rubric).score(before.evaluation).weakestSubAreas.map(
      \.subArea.id)
    let followUp = PlanFollowUp(
      municipality: municipality, title: title, asOf: date, beforeDate: before.evaluation.date,
      afterDate: after?.evaluation.date, actions: actionFollowUps,
      improvedWithoutAction: improvedWithout,
      notAddressed: weak.filter { !targeted.contains($0) })
    return Checked(value: followUp, problems: problems)
  }
}
