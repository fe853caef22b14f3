extension ActionPlan {
  /// Follows the plan up: each action's status and overdue state, and with a later evaluation the
  /// change of every targeted part, classified as `compare` classifies it.
  ///
  /// The targets are ids of the plan's rubric; an expected effect on a sub-area targeted through
  /// its area adds a follow-up of that sub-area after the action's targets. When the later evaluation was made with another
  /// version of Kommunkompassen, each target is followed to the parts of the later version the
  /// crosswalks connect it to (one follow-up per part); a target they do not connect is
  /// ``TargetFollowUp/Outcome/notConnected``.
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
    guard let rubric = comparer.rubrics.rubric(id: rubricID) else {
      let known = comparer.rubrics.ids.map { "\"\($0)\"" }.joined(separator: ", ")
      return Checked(
        value: nil,
        problems: [
          Problem(
            path: JSONPath.root.appending("rubric"), kind: .unknownRubric,
            message: LocalizedText(
              sv:
                "versionen av Kommunkompassen \"\(rubricID)\" finns inte; kända versioner: \(known)",
              en: "there is no version of Kommunkompassen \"\(rubricID)\"; known versions: \(known)"
            ))
        ])
    }
    if let mismatch = baselineMismatch(before) {
      return Checked(value: nil, problems: [mismatch])
    }
    var problems: [Problem] = []
    var comparison: TimeComparison?
    if let after {
      let (earlier, later) = (before.evaluation.date, after.evaluation.date)
      if later <= earlier || EvaluationComparer.couldBeSameDay(earlier, later) {
        return Checked(
          value: nil,
          problems: [
            Problem(
              file: after.file, path: JSONPath.root.appending("date"), kind: .followUpNotLater,
              message: LocalizedText(
                sv:
                  "utvärderingen \(later) är inte senare än utvärderingen \(earlier) som planen gjordes från; ge den senare utvärderingen sist",
                en:
                  "the evaluation of \(later) is not later than the evaluation of \(earlier) the plan was made from; give the later evaluation last"
              ))
          ])
      }
      let outcome = comparer.compare([before, after])
      problems += outcome.problems
      guard let value = outcome.value else { return Checked(value: nil, problems: problems) }
      comparison = value
    }
    let rows = comparison?.allRows.filter { $0.level != .total } ?? []
    func follow(_ id: String, expected: Double?) -> [TargetFollowUp] {
      Self.follow(id, expected: expected, rubric: rubric, rows: rows)
    }

    func targets(of action: PlanAction) -> [TargetFollowUp] {
      guard comparison != nil else { return [] }
      let direct = action.targets.flatMap { id in
        follow(id, expected: action.expectedEffects.first { $0.subAreaID == id }?.points)
      }
      // An expectation on a sub-area targeted through its area is judged on the sub-area.
      let throughArea = action.expectedEffects.filter { !action.targets.contains($0.subAreaID) }
        .flatMap { follow($0.subAreaID, expected: $0.points) }
      return direct + throughArea
    }

    let date = after?.evaluation.date ?? asOf
    let actionFollowUps = actions.map { action in
      ActionFollowUp(
        action: action, isOverdue: action.isOverdue(asOf: date), targets: targets(of: action))
    }
    let targeted = targetedSubAreaIDs(in: rubric)
    let leaves = rubric.areas.flatMap { $0.subAreas.isEmpty ? [$0.id] : $0.subAreas.map(\.id) }
    let improvedWithout =
      comparison == nil
      ? []
      : leaves.filter { id in
        !targeted.contains(id)
          && follow(id, expected: nil).contains { $0.outcome == .confirmedImprovement }
      }
    let weak = ScoringEngine(rubric: rubric).score(before.evaluation).weakestSubAreas.map(
      \.subArea.id)
    let areas = rubric.areas.map { area in
      Self.areaFollowUp(area, actions: actionFollowUps, rubric: rubric)
    }
    let followUp = PlanFollowUp(
      municipality: municipality, title: title, rubricID: rubricID,
      laterRubricID: after?.evaluation.rubricID, asOf: date,
      beforeDate: before.evaluation.date, afterDate: after?.evaluation.date,
      actions: actionFollowUps, improvedWithoutAction: improvedWithout,
      notAddressed: weak.filter { !targeted.contains($0) }, areas: areas)
    return Checked(value: followUp, problems: problems)
  }

  /// An error when `before` is not the evaluation the plan names.
  private func baselineMismatch(_ before: NamedEvaluation) -> Problem? {
    let other = before.evaluation
    guard
      other.rubricID != rubricID || other.municipality.code != municipality.code
        || other.date != evaluation.date
    else { return nil }
    return Problem(
      file: before.file, path: .root, kind: .baselineMismatch,
      message: LocalizedText(
        sv:
          "planen gjordes från \(municipality.name)s utvärdering \(evaluation.date) (\(rubricID)), men här står \(other.municipality.name) \(other.date) (\(other.rubricID))",
        en:
          "the plan was made from \(municipality.name)'s evaluation of \(evaluation.date) (\(rubricID)), but this is \(other.municipality.name) \(other.date) (\(other.rubricID))"
      ))
  }

  /// The follow-ups of one target: one per row of the comparison whose earlier figure comes from
  /// the target, or one saying it is not connected.
  private static func follow(
    _ id: String, expected: Double?, rubric: Rubric, rows: [ComparisonRow]
  ) -> [TargetFollowUp] {
    let title = rubric.title(of: id) ?? LocalizedText(sv: id)
    let matches = rows.filter { $0.values.first?.sourceIDs.contains(id) ?? false }
    guard !matches.isEmpty else {
      return [
        TargetFollowUp(
          id: id, title: title, laterID: nil, outcome: .notConnected, expectedPoints: expected)
      ]
    }
    return matches.map { row in
      let (first, last) = (row.values[0], row.values[row.values.count - 1])
      let outcome: TargetFollowUp.Outcome
      switch row.classification {
      case .improved: outcome = .confirmedImprovement
      case .declined: outcome = .declined
      case .unchanged: outcome = .unchanged
      case .new, .removed: outcome = .notConnected
      case .notComparable:
        switch row.overall.note {
        case .pending: outcome = .notScoredYet
        case .noSubAreaDetail: outcome = .noSubAreaDetail
        case .notMapped, .noCounterpart: outcome = .notConnected
        case .notAssessed, .differentParts, nil: outcome = .notAssessed
        }
      }
      let connected = outcome != .notConnected
      // The expectation is in points of the plan's part: only the same part with the same maximum
      // after can reach it.
      let samePart =
        first.sourceIDs == [id] && abs(row.maxPoints - (rubric.maxPoints(of: id) ?? -1)) < 1e-9
      return TargetFollowUp(
        id: id, title: title, laterID: connected ? row.id : nil,
        pointsBefore: connected ? first.points : nil, pointsAfter: connected ? last.points : nil,
        percentBefore: connected ? first.percent : nil,
        percentAfter: connected ? last.percent : nil,
        outcome: outcome, expectedPoints: expected,
        expectationReached: samePart && connected
          ? expected.flatMap { goal in last.points.map { $0 >= goal - 1e-9 } } : nil)
    }
  }

  /// The actions planned, done and confirmed for one area.
  private static func areaFollowUp(
    _ area: RubricArea, actions: [ActionFollowUp], rubric: Rubric
  ) -> AreaFollowUp {
    let ids = Set([area.id] + area.subAreas.map(\.id))
    let aimed = actions.filter { followUp in
      followUp.action.status != .dropped
        && followUp.action.targetedSubAreaIDs(in: rubric).contains { ids.contains($0) }
    }
    let done = aimed.filter { $0.action.status == .done }
    let confirmed = done.filter { followUp in
      let here = followUp.targets.filter { ids.contains($0.id) }
      return here.contains { $0.outcome == .confirmedImprovement }
        && !here.contains { $0.outcome == .declined }
    }
    return AreaFollowUp(
      id: area.id, title: area.title, planned: aimed.count, done: done.count,
      confirmed: confirmed.count)
  }
}
