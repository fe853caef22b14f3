extension EvaluatorGroup {
  /// The consensus evaluation the group edits during its meeting.
  ///
  /// - A sub-area (area, in an area-level evaluation) every evaluator scored within the threshold
  ///   gets the mean, rounded half away from zero to the most decimals any evaluator wrote; one no
  ///   evaluator assessed stays not assessed, with their reasons. Every other one is left pending
  ///   (`"points": null`): it awaits consensus, and `kompass validate` lists it as such.
  /// - Every sub-area (and area) keeps each evaluator's proposal, so the agreed figure stays
  ///   traceable; an area's proposals also say which strengths and improvement opportunities each
  ///   evaluator named.
  /// - Findings, strengths, improvement opportunities, summaries and good examples are merged;
  ///   a text equal to an earlier one after Unicode (NFC) and white-space normalisation is kept
  ///   once. Each finding says who recorded it (`recordedBy`): its own `recordedBy`, or the
  ///   evaluators whose files hold it.
  ///
  /// The draft validates against the evaluation schema and, once every pending part has agreed
  /// points, scores, compares and reports like any evaluation.
  public func consensusDraft() -> Evaluation {
    let reference = inputs[0].evaluation
    let decimals = precision
    let parts = parts(agreed: false)
    var areas: [AreaEvaluation] = []
    for rubricArea in rubric.areas {
      let sources = inputs.indices.compactMap { index -> (Int, AreaEvaluation)? in
        inputs[index].evaluation.areas.first { $0.id == rubricArea.id }.map { (index, $0) }
      }
      var area = AreaEvaluation(
        id: rubricArea.id, title: rubricArea.title.swedish,
        strengths: ConsensusText.uniqued(sources.flatMap(\.1.strengths)),
        improvements: ConsensusText.uniqued(sources.flatMap(\.1.improvements)),
        previousStrengths: ConsensusText.uniqued(sources.flatMap(\.1.previousStrengths)),
        previousImprovements: ConsensusText.uniqued(sources.flatMap(\.1.previousImprovements)))
      if reference.detail == .area, let part = parts.first(where: { $0.id == rubricArea.id }) {
        area.assessment = agreedAssessment(of: part, decimals: decimals)
      }
      area.proposals = sources.compactMap { index, source in
        let proposal = AreaProposal(
          evaluator: evaluators[index],
          assessment: reference.detail == .area ? source.assessment : nil,
          strengths: source.strengths, improvements: source.improvements)
        // In a file scored per sub-area, an evaluator who named nothing for the area proposes nothing.
        let empty =
          proposal.assessment == nil && proposal.strengths.isEmpty
          && proposal.improvements.isEmpty
        return empty ? nil : proposal
      }
      if reference.detail == .subArea {
        area.subAreas = rubricArea.subAreas.compactMap { rubricSubArea in
          guard let part = parts.first(where: { $0.id == rubricSubArea.id }) else { return nil }
          let sources = inputs.indices.compactMap { index -> (Int, SubAreaEvaluation)? in
            inputs[index].evaluation.subArea(id: rubricSubArea.id).map { (index, $0) }
          }
          return SubAreaEvaluation(
            id: rubricSubArea.id, title: rubricSubArea.title.swedish,
            assessment: agreedAssessment(of: part, decimals: decimals),
            findings: mergedFindings(sources.map { (evaluators[$0.0], $0.1.findings) }),
            proposals: sources.map { index, source in
              Proposal(evaluator: evaluators[index], assessment: source.assessment)
            })
        }
      }
      areas.append(area)
    }
    let evaluations = inputs.map(\.evaluation)
    var examples: [GoodExample] = []
    var seenExamples: Set<[String]> = []
    for example in evaluations.flatMap(\.goodExamples)
    where seenExamples.insert([
      example.area?.normalizedForComparison ?? "", example.text.normalizedForComparison,
    ]).inserted {
      examples.append(example)
    }
    return Evaluation(
      rubricID: rubric.id, municipality: reference.municipality, date: date,
      kind: reference.kind,
      evaluators: ConsensusText.uniqued(evaluations.flatMap(\.evaluators)),
      sources: mergedSources(evaluations.compactMap(\.sources)),
      provenance: mergedText(evaluations.compactMap(\.provenance)),
      summary: ConsensusText.uniqued(evaluations.flatMap(\.summary)),
      goodExamples: examples, detail: reference.detail,
      publishedTotal: nil, areas: areas)
  }

  /// The findings of all evaluators, each once; a finding several evaluators recorded (the same
  /// text, source and reference after normalisation) names them all in `recordedBy`.
  func mergedFindings(_ byEvaluator: [(evaluator: String, findings: [Finding])]) -> [Finding] {
    var merged: [Finding] = []
    var indexOf: [[String]: Int] = [:]
    var recorders: [[String]] = []
    for (evaluator, findings) in byEvaluator {
      for finding in findings {
        let key = [
          finding.text.normalizedForComparison, finding.source.rawValue,
          finding.reference?.normalizedForComparison ?? "",
        ]
        let recorder = finding.recordedBy ?? evaluator
        if let index = indexOf[key] {
          recorders[index] = ConsensusText.uniqued(recorders[index] + [recorder])
          continue
        }
        indexOf[key] = merged.count
        merged.append(finding)
        recorders.append([recorder])
      }
    }
    for index in merged.indices {
      merged[index].recordedBy = recorders[index].joined(separator: ", ")
    }
    return merged
  }

  /// The evaluators' descriptions of their evidence together: the most interviews any of them
  /// counts, and each description once.
  func mergedSources(_ sources: [SourcesSummary]) -> SourcesSummary? {
    guard !sources.isEmpty else { return nil }
    return SourcesSummary(
      interviews: sources.compactMap(\.interviews).max(),
      description: mergedText(sources.compactMap(\.description)))
  }

  /// Texts each kept once, as paragraphs of one text; `nil` for none.
  func mergedText(_ texts: [String]) -> String? {
    let unique = ConsensusText.uniqued(texts)
    return unique.isEmpty ? nil : unique.joined(separator: "\n\n")
  }
}
