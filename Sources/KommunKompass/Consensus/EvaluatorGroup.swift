/// Evaluators' independent evaluations of one municipality, checked to belong together: the
/// starting point of a consensus.
///
/// Each evaluator scores alone in an ordinary evaluation file naming themselves in `evaluators`;
/// ``assemble(_:options:catalog:)`` refuses files of different municipalities, dates, rubrics,
/// levels of detail or kinds. The group then gives the agenda of the meeting,
/// ``disagreementReport()``, and the file the group edits during it, ``consensusDraft()``.
///
/// ```swift
/// let group = EvaluatorGroup.assemble([anna, bo]).value
/// let report = group?.disagreementReport()
/// let draft = group?.consensusDraft()   // write with draft.fileText()
/// ```
public struct EvaluatorGroup: Sendable {
  /// The evaluators' evaluations, in the order given.
  public let inputs: [NamedEvaluation]
  /// Each input's evaluators as one name ("Anna Berg" or "Anna Berg, Bo Ek"), in the same order.
  public let evaluators: [String]
  /// The rubric all inputs were made with.
  public let rubric: Rubric
  /// The threshold and whether different dates were allowed.
  public let options: ConsensusOptions

  /// Checks that evaluations belong to one consensus.
  ///
  /// - Parameters:
  ///   - inputs: Two or more evaluations that loaded without errors, one per evaluator.
  ///   - options: The threshold and whether different dates are allowed.
  ///   - catalog: The rubrics the evaluations may name.
  /// - Returns: The group, or `nil` with an error per file that does not belong: another
  ///   municipality (by code), date, rubric, level of detail or kind than the first file; no
  ///   evaluator named, or the same evaluator as another file; sub-areas not scored yet; a file
  ///   that is itself a consensus evaluation.
  public static func assemble(
    _ inputs: [NamedEvaluation], options: ConsensusOptions = ConsensusOptions(),
    catalog: RubricCatalog = .bundled
  ) -> Checked<EvaluatorGroup> {
    var problems: [Problem] = []
    func problem(
      _ input: NamedEvaluation?, _ keys: [String], _ kind: Problem.Kind,
      severity: Problem.Severity = .error, sv: String, en: String
    ) {
      problems.append(
        Problem(
          file: input?.file, path: JSONPath(keys.map { .key($0) }), kind: kind,
          severity: severity, message: LocalizedText(sv: sv, en: en)))
    }
    guard inputs.count >= 2, let first = inputs.first else {
      problem(
        inputs.first, [], .tooFewEvaluations,
        sv: "en konsensus behöver minst två utvärderares filer, men fick \(inputs.count)",
        en: "a consensus needs at least two evaluators' files, but got \(inputs.count)")
      return Checked(value: nil, problems: problems)
    }
    let reference = first.evaluation
    let firstName = first.file ?? "den första filen"
    let firstNameEn = first.file ?? "the first file"
    var labels: [String] = []
    var seen: [String: String] = [:]
    for (index, input) in inputs.enumerated() {
      let evaluation = input.evaluation
      if evaluation.detail == .total {
        problem(
          input, ["detail"], .consensusMismatch,
          sv:
            "filen har bara totalen (\"detail\": \"total\"); en konsensus jämför utvärderarnas poäng per område eller delområde",
          en:
            "the file has the total only (\"detail\": \"total\"); a consensus compares the evaluators' points per area or sub-area"
        )
        continue
      }
      if index > 0 {
        if evaluation.municipality.code != reference.municipality.code {
          let (other, base) = (evaluation.municipality, reference.municipality)
          problem(
            input, ["municipality", "code"], .consensusMismatch,
            sv:
              "filen gäller \(other.name) (\(other.code)), inte \(base.name) (\(base.code)) som \(firstName); en konsensus gäller en kommun",
            en:
              "the file is about \(other.name) (\(other.code)), not \(base.name) (\(base.code)) like \(firstNameEn); a consensus is about one municipality"
          )
        }
        if evaluation.rubricID != reference.rubricID {
          problem(
            input, ["rubric"], .consensusMismatch,
            sv:
              "filen är gjord med versionen \"\(evaluation.rubricID)\" av Kommunkompassen, inte \"\(reference.rubricID)\" som \(firstName); alla utvärderare bedömer med samma version",
            en:
              "the file was made with the framework version \"\(evaluation.rubricID)\", not \"\(reference.rubricID)\" like \(firstNameEn); all evaluators assess with the same version"
          )
        }
        if evaluation.detail != reference.detail {
          problem(
            input, ["detail"], .consensusMismatch,
            sv:
              "filen ger poäng per \(evaluation.detail == .area ? "område" : "delområde"), men \(firstName) per \(reference.detail == .area ? "område" : "delområde"); alla utvärderare bedömer på samma nivå",
            en:
              "the file gives points per \(evaluation.detail == .area ? "area" : "sub-area"), but \(firstNameEn) per \(reference.detail == .area ? "area" : "sub-area"); all evaluators assess at the same level"
          )
        }
        if evaluation.kind != reference.kind {
          problem(
            input, ["kind"], .consensusMismatch,
            sv:
              "filen är en \(evaluation.kind == .external ? "extern utvärdering" : "självvärdering"), men \(firstName) en \(reference.kind == .external ? "extern utvärdering" : "självvärdering"); en konsensus gäller en sorts utvärdering",
            en:
              "the file is \(evaluation.kind == .external ? "an external evaluation" : "a self-assessment"), but \(firstNameEn) is \(reference.kind == .external ? "an external evaluation" : "a self-assessment"); a consensus is of one kind of evaluation"
          )
        }
        if evaluation.date != reference.date {
          let allowed = options.allowDifferentDates
          problem(
            input, ["date"], .consensusMismatch, severity: allowed ? .warning : .error,
            sv:
              "datumet \(evaluation.date) är inte \(reference.date) som i \(firstName)"
              + (allowed
                ? "; konsensus får det senaste datumet, på begäran"
                : "; alla utvärderare bedömer samma tillfälle (tillåt olika datum med --allow-different-dates)"),
            en:
              "the date \(evaluation.date) is not \(reference.date) as in \(firstNameEn)"
              + (allowed
                ? "; the consensus takes the latest date, as asked"
                : "; all evaluators assess the same occasion (allow different dates with --allow-different-dates)")
          )
        }
      }
      let label = evaluation.evaluators.map(\.trimmingWhitespace).filter { !$0.isEmpty }
        .joined(separator: ", ")
      if label.isEmpty {
        problem(
          input, ["evaluators"], .consensusMismatch,
          sv:
            "filen namnger ingen utvärderare; skriv ditt namn i \"evaluators\" så att ditt förslag går att spåra",
          en:
            "the file names no evaluator; write your name in \"evaluators\" so your proposal can be traced"
        )
      } else if let earlier = seen[label.normalizedForComparison] {
        problem(
          input, ["evaluators"], .consensusMismatch,
          sv:
            "utvärderaren \"\(label)\" har redan en fil (\(earlier)); varje utvärderare bidrar med en fil",
          en:
            "the evaluator \"\(label)\" already has a file (\(earlier)); each evaluator contributes one file"
        )
      } else {
        seen[label.normalizedForComparison] = input.file ?? "?"
      }
      labels.append(label)
      let unscored = evaluation.pendingIDs
      if !unscored.isEmpty {
        problems.append(
          Problem(
            file: input.file, path: evaluation.pathOfFirstPending, kind: .notScoredYet,
            message: LocalizedText(
              sv:
                "\(unscored.count) \(unscored.count == 1 ? "del är ännu inte poängsatt" : "delar är ännu inte poängsatta"): \(unscored.joined(separator: ", ")); poängsätt dem eller markera dem \"notAssessed\" med skälet",
              en:
                "\(unscored.count) \(unscored.count == 1 ? "part is" : "parts are") not scored yet: \(unscored.joined(separator: ", ")); score them or mark them \"notAssessed\" with the reason"
            )))
      }
      if evaluation.isConsensus {
        problem(
          input, ["areas"], .consensusMismatch,
          sv:
            "filen är redan en konsensusutvärdering med förslag; ge varje utvärderares egen fil",
          en:
            "the file is already a consensus evaluation with proposals; give each evaluator's own file"
        )
      }
    }
    guard !problems.containsErrors else { return Checked(value: nil, problems: problems) }
    guard let rubric = catalog.rubric(id: reference.rubricID) else {
      let known = catalog.ids.map { "\"\($0)\"" }.joined(separator: ", ")
      problem(
        first, ["rubric"], .unknownRubric,
        sv: "versionen \"\(reference.rubricID)\" av Kommunkompassen finns inte; kända: \(known)",
        en: "there is no framework version \"\(reference.rubricID)\"; known: \(known)")
      return Checked(value: nil, problems: problems)
    }
    return Checked(
      value: EvaluatorGroup(
        inputs: inputs, evaluators: labels, rubric: rubric, options: options),
      problems: problems)
  }

  /// The disagreement between the evaluators, for the group's meeting.
  public func disagreementReport() -> DisagreementReport {
    let reference = inputs[0].evaluation
    return DisagreementReport(
      municipality: reference.municipality, date: date, rubric: rubric,
      detail: reference.detail, evaluators: evaluators, files: inputs.map(\.file),
      threshold: options.threshold, parts: parts(agreed: true))
  }

  /// The consensus date: the one date of all inputs, or the latest when different dates were
  /// allowed.
  var date: CalendarDate {
    inputs.map(\.evaluation.date).max() ?? inputs[0].evaluation.date
  }

  /// Each sub-area (area, in an area-level evaluation) in the rubric's order, with each
  /// evaluator's assessment and, with `agreed`, the agreed points when the evaluators agree.
  func parts(agreed: Bool) -> [DisagreementReport.Part] {
    let reference = inputs[0].evaluation
    let decimals = precision
    var parts: [DisagreementReport.Part] = []
    for rubricArea in rubric.areas {
      if reference.detail == .area {
        let assessments = inputs.map { input in
          input.evaluation.areas.first { $0.id == rubricArea.id }?.assessment
        }
        parts.append(
          DisagreementReport.Part(
            areaID: rubricArea.id, id: rubricArea.id, title: rubricArea.title,
            maxPoints: rubricArea.maxPoints, assessments: assessments, agreed: nil))
        continue
      }
      for rubricSubArea in rubricArea.subAreas {
        let assessments = inputs.map { input in
          input.evaluation.subArea(id: rubricSubArea.id)?.assessment
        }
        parts.append(
          DisagreementReport.Part(
            areaID: rubricArea.id, id: rubricSubArea.id, title: rubricSubArea.title,
            maxPoints: rubricSubArea.maxPoints, assessments: assessments, agreed: nil))
      }
    }
    guard agreed else { return parts }
    return parts.map { part in
      var part = part
      part.agreed = agreedAssessment(of: part, decimals: decimals)
      return part
    }
  }

  /// The assessment the draft gives a part: the mean rounded to `decimals` when every evaluator
  /// scored it within the threshold, not assessed when no evaluator assessed it, pending otherwise.
  func agreedAssessment(of part: DisagreementReport.Part, decimals: Int)
    -> SubAreaEvaluation.Assessment
  {
    let row = DisagreementReport.row(of: part, threshold: options.threshold)
    let points = row.points
    if row.flag == nil, points.count == part.assessments.count, !points.isEmpty {
      return .points(ConsensusText.roundedMean(of: points, decimals: decimals))
    }
    let reasons = part.assessments.compactMap { assessment -> String? in
      if case .notAssessed(let reason)? = assessment { reason } else { nil }
    }
    if reasons.count == part.assessments.count {
      return .notAssessed(reason: ConsensusText.uniqued(reasons).joined(separator: " / "))
    }
    return .pending
  }

  /// The most decimals any evaluator wrote in any points, at most six.
  var precision: Int {
    var decimals = 0
    for input in inputs {
      for area in input.evaluation.areas {
        if let points = area.points { decimals = max(decimals, ConsensusText.decimals(of: points)) }
        for subArea in area.subAreas {
          if let points = subArea.points {
            decimals = max(decimals, ConsensusText.decimals(of: points))
          }
        }
      }
    }
    return decimals
  }
}

extension Evaluation {
  /// The path of the first part not scored yet, such as `areas[4].subAreas[2].points`; `areas`
  /// when there is none.
  var pathOfFirstPending: JSONPath {
    let areasPath = JSONPath.root.appending("areas")
    for (areaIndex, area) in areas.enumerated() {
      let areaPath = areasPath.appending(index: areaIndex)
      if area.assessment == .pending { return areaPath.appending("points") }
      for (index, subArea) in area.subAreas.enumerated() where subArea.assessment == .pending {
        return areaPath.appending("subAreas").appending(index: index).appending("points")
      }
    }
    return areasPath
  }

  /// The ids of the parts not scored yet (`"points": null`), in file order.
  var pendingIDs: [String] {
    switch detail {
    case .total: totalAssessment == .pending ? ["total"] : []
    case .area: areas.filter { $0.assessment == .pending }.map(\.id)
    case .subArea:
      areas.flatMap(\.subAreas).filter { $0.assessment == .pending }.map(\.id)
    }
  }
}
