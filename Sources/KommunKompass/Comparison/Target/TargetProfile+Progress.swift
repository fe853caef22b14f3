extension TargetProfile {
  /// Sets the current evaluation against the targets: per targeted area and sub-area (and the
  /// total when every area has a target) the gap to the target and the progress since the baseline.
  ///
  /// Progress is (current − baseline) / (target − baseline): 0 means no change since the baseline,
  /// 1 the target reached, more than 1 passed, less than 0 worse than the baseline. It is undefined,
  /// and `nil`, when the target is not above the baseline: with target = baseline the division is
  /// by zero (there was no distance to cover), and a target below the baseline asks for no
  /// improvement. Such a row is ``TargetStatus/reached`` when the current points reach the target
  /// and ``TargetStatus/progressUndefined`` otherwise. "Reached" compares as published: the
  /// current points and the target, both rounded to whole points (half away from zero), so 74.6
  /// points reach a target of 75 (both show as 75) while 74.4 do not.
  ///
  /// - Parameters:
  ///   - current: The municipality's current evaluation, with the profile's rubric.
  ///   - baselineEvaluation: The evaluation the profile's ``baseline`` names (same municipality, that date);
  ///     `nil` to show gaps only.
  ///   - file: The target profile's file, for problems.
  ///   - rubrics: The rubrics; the bundled ones by default.
  /// - Returns: The comparison, or errors when the evaluations do not fit the profile.
  public func progress(
    current: NamedEvaluation,
    baseline baselineEvaluation: NamedEvaluation?,
    file: String? = nil,
    rubrics: RubricCatalog = .bundled
  ) -> Checked<TargetComparison> {
    guard let rubric = rubrics.rubric(id: rubricID) else {
      let problem = Problem(
        file: file, path: JSONPath.root.appending("rubric"), kind: .unknownRubric,
        message: LocalizedText(
          sv: "det finns ingen version \"\(rubricID)\" av Kommunkompassen",
          en: "there is no rubric \"\(rubricID)\""))
      return Checked(value: nil, problems: [problem])
    }
    let problems = inputProblems(current: current, baseline: baselineEvaluation, file: file)
    guard !problems.containsErrors else { return Checked(value: nil, problems: problems) }

    let engine = ScoringEngine(rubric: rubric)
    let now = engine.score(current.evaluation)
    let then = baselineEvaluation.map { engine.score($0.evaluation) }
    let isTargetDateReached = current.evaluation.date.reachesEnd(of: targetDate)
    let (areaRows, totalRow) = rows(
      rubric: rubric, now: now, then: then, targetDatePassed: isTargetDateReached)
    return Checked(
      value: TargetComparison(
        municipality: current.evaluation.municipality, rubricID: rubricID, title: title,
        targetDate: targetDate,
        baselineDate: baseline.date, currentDate: current.evaluation.date,
        isTargetDateReached: isTargetDateReached,
        hasBaseline: baselineEvaluation != nil, areas: areaRows, total: totalRow,
        notes: notes(now: now, hasBaseline: baselineEvaluation != nil)),
      problems: problems)
  }

  /// The problems that keep the evaluations from being set against this profile: another rubric,
  /// another municipality, a baseline of another date, a current evaluation older than the baseline.
  private func inputProblems(
    current: NamedEvaluation,
    baseline baselineEvaluation: NamedEvaluation?,
    file: String?
  ) -> [Problem] {
    var problems: [Problem] = []
    func error(_ file: String?, _ path: JSONPath, _ kind: Problem.Kind, sv: String, en: String) {
      problems.append(
        Problem(file: file, path: path, kind: kind, message: LocalizedText(sv: sv, en: en)))
    }
    let rubricPath = JSONPath.root.appending("rubric")
    let codePath = JSONPath.root.appending("municipality").appending("code")
    for (role, input) in [("current", Optional(current)), ("baseline", baselineEvaluation)] {
      guard let input else { continue }
      let evaluation = input.evaluation
      let roleName =
        role == "current"
        ? ("den aktuella utvärderingen", "the current evaluation")
        : ("utgångsläget", "the baseline")
      if evaluation.rubricID != rubricID {
        error(
          input.file, rubricPath, .rubricMismatch,
          sv: "\(roleName.0) är gjord med \(evaluation.rubricID), men målprofilen med \(rubricID)",
          en:
            "\(roleName.1) was made with \(evaluation.rubricID), but the target profile with \(rubricID)"
        )
      }
      if evaluation.municipality.code != municipality.code {
        error(
          input.file, codePath, .differentMunicipalities,
          sv:
            "\(roleName.0) gäller \(evaluation.municipality.name) (\(evaluation.municipality.code)), men målprofilen \(municipality.name) (\(municipality.code))",
          en:
            "\(roleName.1) is of \(evaluation.municipality.name) (\(evaluation.municipality.code)), but the target profile of \(municipality.name) (\(municipality.code))"
        )
      }
    }
    if let baselineEvaluation {
      if !EvaluationComparer.couldBeSameDay(baselineEvaluation.evaluation.date, baseline.date) {
        error(
          file, JSONPath.root.appending("baseline").appending("date"), .baselineMismatch,
          sv:
            "målprofilens utgångsläge är från \(baseline.date), men utvärderingen som getts som utgångsläge (\(baselineEvaluation.file ?? "utan filnamn")) är från \(baselineEvaluation.evaluation.date)",
          en:
            "the target profile's baseline is of \(baseline.date), but the evaluation given as baseline (\(baselineEvaluation.file ?? "no file name")) is of \(baselineEvaluation.evaluation.date)"
        )
      }
    }
    if current.evaluation.date < baseline.date
      && !EvaluationComparer.couldBeSameDay(current.evaluation.date, baseline.date)
    {
      error(
        current.file, JSONPath.root.appending("date"), .baselineMismatch,
        sv:
          "den aktuella utvärderingen (\(current.evaluation.date)) är äldre än utgångsläget (\(baseline.date))",
        en:
          "the current evaluation (\(current.evaluation.date)) is older than the baseline (\(baseline.date))"
      )
    }
    return problems
  }

  /// The rows of the targeted areas (with their targeted sub-areas) and, when every area has a
  /// target, the total row.
  private func rows(
    rubric: Rubric, now: Scorecard, then: Scorecard?, targetDatePassed: Bool
  ) -> (areas: [TargetRow], total: TargetRow?) {
    func row(_ id: String, _ level: ComparisonLevel, areaID: String?, target: Double) -> TargetRow {
      let currentFigure = id == "total" ? now.totalFigure : now.pooledFigure(of: [id])
      let baselineFigure = then.map { id == "total" ? $0.totalFigure : $0.pooledFigure(of: [id]) }
      return Self.row(
        id: id, level: level, areaID: areaID,
        title: id == "total"
          ? LocalizedText(sv: "Totalt", en: "Total")
          : rubric.title(of: id) ?? LocalizedText(sv: id),
        maxPoints: id == "total" ? rubric.maxPoints : rubric.maxPoints(of: id) ?? 0,
        target: target, current: currentFigure, baseline: baselineFigure,
        targetDatePassed: targetDatePassed)
    }
    let areaRows = rubric.areas.compactMap { rubricArea -> TargetRow? in
      guard let target = area(id: rubricArea.id) else { return nil }
      var areaRow = row(rubricArea.id, .area, areaID: nil, target: target.points)
      areaRow.subRows = rubricArea.subAreas.compactMap { rubricSubArea in
        target.subAreas.first { $0.id == rubricSubArea.id }.map {
          row(rubricSubArea.id, .subArea, areaID: rubricArea.id, target: $0.points)
        }
      }
      return areaRow
    }
    let everyArea = rubric.areas.allSatisfy { area(id: $0.id) != nil }
    let totalRow =
      everyArea
      ? row("total", .total, areaID: nil, target: ExactArithmetic.sum(areas.map(\.points))) : nil

    return (areaRows, totalRow)
  }

  /// The notes under the comparison: how progress is computed, and what cannot be shown.
  private func notes(now: Scorecard, hasBaseline: Bool) -> [LocalizedText] {
    var notes = [
      LocalizedText(
        sv:
          "Framsteg = (nu − utgångsläge) / (mål − utgångsläge); odefinierat när målet inte ligger över utgångsläget. Ett mål räknas som uppnått när poängen, avrundad till hela poäng som i SKR:s rapporter, når målet.",
        en:
          "Progress = (now − baseline) / (target − baseline); undefined when the target is not above the baseline. A target counts as reached when the points, rounded to whole points as in SKR's reports, reach it."
      )
    ]
    if !hasBaseline {
      notes.append(
        LocalizedText(
          sv:
            "Ingen utvärdering gavs som utgångsläge (\(baseline.date)); bara avståndet till målen visas.",
          en:
            "No evaluation was given as the baseline (\(baseline.date)); only the gaps to the targets are shown."
        ))
    }
    if now.detail == .area && areas.contains(where: { !$0.subAreas.isEmpty }) {
      notes.append(
        LocalizedText(
          sv:
            "Den aktuella utvärderingen har bara poäng per område, så målen för delområden kan inte följas upp.",
          en:
            "The current evaluation has points per area only, so the sub-area targets cannot be followed up."
        ))
    }
    return notes
  }

  /// One row's gap, progress and status.
  static func row(
    id: String,
    level: ComparisonLevel,
    areaID: String?,
    title: LocalizedText,
    maxPoints: Double,
    target: Double,
    current currentFigure: ComparedValue,
    baseline baselineFigure: ComparedValue?,
    targetDatePassed: Bool = false
  ) -> TargetRow {
    let current = currentFigure.pointsOnFullMaximum
    let baseline = baselineFigure?.pointsOnFullMaximum
    let distance = baseline.map { ExactArithmetic.difference(target, $0) }
    let progress: Double? =
      if let current, let baseline, let distance, distance > 1e-9 {
        ExactArithmetic.product(
          ExactArithmetic.difference(current, baseline), times: 1, over: distance)
      } else { nil }
    let status: TargetStatus
    var note = currentFigure.missingNote
    let reached = current.map {
      DisplayRounding.wholeNumber($0) >= DisplayRounding.wholeNumber(target)
    }
    if current != nil {
      if reached == true {
        status = .reached
      } else if targetDatePassed {
        status = .missed
      } else if baseline == nil {
        status = .notComparable
        note = baselineFigure?.missingNote
      } else if let progress {
        status = progress > 1e-9 ? .improving : progress < -1e-9 ? .declining : .notImproving
      } else {
        status = .progressUndefined
      }
    } else {
      status = .notComparable
    }
    return TargetRow(
      id: id, level: level, areaID: areaID, title: title, maxPoints: maxPoints, target: target,
      baseline: baseline,
      current: current,
      gap: current.map { reached == true ? 0 : ExactArithmetic.difference(target, $0) },
      progress: progress, status: status,
      note: note)
  }
}
