import Foundation

extension Evaluation {
  /// Loads an evaluation file and validates it against its rubric.
  ///
  /// - Parameters:
  ///   - url: The file to read. It is only read, never changed.
  ///   - displayName: How the file is named in problems; the path by default.
  ///   - catalog: The rubrics the evaluation may name; the bundled ones by default.
  /// - Returns: The evaluation when it has no errors, and every problem found.
  public static func load(
    contentsOf url: URL,
    displayName: String? = nil,
    catalog: RubricCatalog = .bundled
  ) -> Checked<Evaluation> {
    DataFileLoader.load(contentsOf: url, displayName: displayName) { bytes, name in
      load(bytes: bytes, file: name, catalog: catalog)
    }
  }

  /// Loads an evaluation from the bytes of a JSON file and validates it against its rubric.
  ///
  /// All problems are reported at once: syntax, types, missing and unknown keys, then (when the
  /// structure is sound) the checks against the rubric.
  ///
  /// - Parameters:
  ///   - bytes: UTF-8 JSON text.
  ///   - file: How the file is named in problems.
  ///   - catalog: The rubrics the evaluation may name.
  /// - Returns: The evaluation when it has no errors, and every problem found.
  ///
  /// The municipality is checked against ``MunicipalityRegister/bundled`` (see
  /// `MunicipalityRegister.problems(for:date:at:)`) unless the file marks it fictitious.
  public static func load(bytes: [UInt8], file: String?, catalog: RubricCatalog = .bundled)
    -> Checked<Evaluation>
  {
    let result = DataFileLoader.load(bytes: bytes, file: file) { reader, root in
      // The areas are checked against the rubric even when another part of the file is broken.
      (parts: reader.readEvaluation(root), partiallyReadIDs: reader.partiallyReadIDs)
    } check: { read, check in
      if let municipality = read.parts.municipality {
        check.add(
          MunicipalityRegister.bundled.problems(for: municipality, date: read.parts.date))
      }
      guard let rubricID = read.parts.rubricID else { return }
      let path = JSONPath.root.appending("rubric")
      guard
        let rubric = check.reader.knownRubric(
          rubricID, at: path, location: check.location(of: path), in: catalog)
      else { return }
      if read.parts.detail == .total {
        check.add(Evaluation.totalProblems(read.parts.totalAssessment, against: rubric))
      } else {
        check.add(
          AreaEvaluation.validationProblems(
            of: read.parts.areas, against: rubric, detail: read.parts.detail,
            publishedTotal: read.parts.publishedTotal,
            partiallyReadIDs: read.partiallyReadIDs))
      }
      if let date = read.parts.date { check.add(rubric.periodProblems(for: date)) }
      // Read from the document, so that the index in each path is the element's place in the file.
      if case .array(let examples)? = check.root.value(at: JSONPath.root.appending("goodExamples"))?
        .content
      {
        let areas = examples.map { example -> String? in
          if case .object(let members) = example.content,
            let member = members.first(where: { $0.key == "area" }),
            case .string(let area) = member.value.content, !area.trimmingWhitespace.isEmpty
          {
            return area.trimmingWhitespace.precomposed
          }
          return nil
        }
        check.add(GoodExample.validationProblems(of: areas, against: rubric))
      }
    }
    return Checked(value: result.value?.parts.evaluation, problems: result.problems)
  }
}

extension DocumentReader {
  /// What could be read of an evaluation document.
  struct EvaluationParts {
    /// The whole evaluation, when every required part could be read.
    var evaluation: Evaluation?
    /// The rubric id, when it could be read, so the areas can be checked against the rubric even
    /// when another part of the file is broken.
    var rubricID: String?
    /// The areas that could be read.
    var areas: [AreaEvaluation] = []
    /// The detail level, or `nil` when `detail` has an invalid value (areas are then checked by
    /// their own shape).
    var detail: EvaluationDetail? = .subArea
    /// The published total, when the file gives a readable one.
    var publishedTotal: Double?
    /// The municipality, when it could be read, for the check against the register.
    var municipality: Municipality?
    /// The date, when it could be read, so that it can be checked against the rubric's period.
    var date: CalendarDate?
    /// The total's points or why it was not assessed, in a totals-only evaluation.
    var totalAssessment: AreaEvaluation.Assessment?
  }

  /// Reads an evaluation document, reporting every structural problem.
  mutating func readEvaluation(_ root: JSONValue) -> EvaluationParts {
    guard let object = object(root, at: .root) else { return EvaluationParts() }
    guard
      let formatVersion = readFormatVersion(
        in: object, supported: Evaluation.supportedFormatVersion)
    else {
      return EvaluationParts()
    }
    rejectUnknownKeys(in: object, allowed: EvaluationFileKey.Root.names)
    let rubricID = string("rubric", in: object)
    var detail: EvaluationDetail? = .subArea
    if object.contains("detail") {
      detail = choice("detail", in: object, as: EvaluationDetail.self)
    }
    let municipality = municipality("municipality", in: object)
    let date = calendarDate("date", in: object)
    let kind = choice("kind", in: object, as: EvaluationKind.self)
    let evaluators = strings("evaluators", in: object)
    let sources = object["sources"].flatMap { value in
      value.content == .null ? nil : readSources(value, at: object.path.appending("sources"))
    }
    let provenance = string("provenance", in: object, required: false)
    let summary = strings("summary", in: object)
    let goodExamples = array("goodExamples", in: object).compactMap {
      readGoodExample($0.value, at: $0.path)
    }
    var publishedTotal = readPublishedTotal(in: object)
    var totalAssessment: AreaEvaluation.Assessment?
    let areas: [AreaEvaluation]
    if detail == .total {
      totalAssessment = readTotalOnly(object, publishedTotal: &publishedTotal)
      areas = []
    } else {
      for key in EvaluationFileKey.Root.totalAssessment.map(\.rawValue) where object.contains(key) {
        report(
          .wrongDetailLevel, at: object.path.appending(key), object[key]?.location,
          sv:
            "\"\(key)\" överst i filen hör till en utvärdering med bara totalen; skriv \"detail\": \"total\" och ta bort \"areas\", eller ge poängen under \"areas\"",
          en:
            "\"\(key)\" at the top of the file belongs to an evaluation with the total only; write \"detail\": \"total\" and remove \"areas\", or give the points under \"areas\""
        )
      }
      areas = array("areas", in: object, required: true).compactMap {
        readAreaEvaluation($0.value, at: $0.path, detail: detail)
      }
    }
    guard let rubricID, let municipality, let date, let kind, let detail,
      detail != .total || totalAssessment != nil
    else {
      return EvaluationParts(
        rubricID: rubricID, areas: areas, detail: detail, publishedTotal: publishedTotal,
        municipality: municipality, date: date, totalAssessment: totalAssessment)
    }
    let evaluation = Evaluation(
      formatVersion: formatVersion, rubricID: rubricID, municipality: municipality, date: date,
      kind: kind,
      evaluators: evaluators, sources: sources, provenance: provenance, summary: summary,
      goodExamples: goodExamples, detail: detail, publishedTotal: publishedTotal,
      totalAssessment: totalAssessment, areas: areas)
    return EvaluationParts(
      evaluation: evaluation, rubricID: rubricID, areas: areas, detail: detail,
      publishedTotal: publishedTotal, municipality: municipality, date: date,
      totalAssessment: totalAssessment)
  }

  /// Reads the total of a totals-only evaluation (`points` or `notAssessed` at the top), reporting
  /// `areas` and `publishedTotal`, which such a file does not have: its points are the total.
  private mutating func readTotalOnly(_ object: JSONObject, publishedTotal: inout Double?)
    -> AreaEvaluation.Assessment?
  {
    if object.contains("areas") {
      report(
        .wrongDetailLevel, at: object.path.appending("areas"), object["areas"]?.location,
        sv:
          "utvärderingen har \"detail\": \"total\" och ger bara totalen i \"points\"; ta bort \"areas\", eller ta bort \"detail\" för att ge poäng per delområde",
        en:
          "the evaluation has \"detail\": \"total\" and gives only the total in \"points\"; remove \"areas\", or remove \"detail\" to give points per sub-area"
      )
    }
    if object.contains("publishedTotal") {
      report(
        .wrongDetailLevel, at: object.path.appending("publishedTotal"),
        object["publishedTotal"]?.location,
        sv:
          "en utvärdering med bara totalen anger den publicerade totalen i \"points\"; ta bort \"publishedTotal\"",
        en:
          "an evaluation with the total only gives the published total in \"points\"; remove \"publishedTotal\""
      )
      publishedTotal = nil
    }
    return readAssessment(in: object, at: object.path, what: ("totalen", "the total"))
  }

  /// Reads the optional `publishedTotal`, which must be a number of at least 0.
  private mutating func readPublishedTotal(in object: JSONObject) -> Double? {
    guard object.contains("publishedTotal"),
      let total = number("publishedTotal", in: object, required: false)
    else {
      return nil
    }
    guard total >= 0 else {
      report(
        .outOfRange, at: object.path.appending("publishedTotal"),
        object["publishedTotal"]?.location,
        sv: "den publicerade totalen \(total.formattedPoints(in: .swedish)) är negativ",
        en: "the published total \(total.formattedPoints) is negative")
      return nil
    }
    return total
  }

  private mutating func readSources(_ value: JSONValue, at path: JSONPath) -> SourcesSummary? {
    guard let object = object(value, at: path) else { return nil }
    rejectUnknownKeys(in: object, allowed: EvaluationFileKey.Sources.names)
    let interviews = integer("interviews", in: object, required: false)
    if let interviews, interviews < 0 {
      report(
        .outOfRange, at: path.appending("interviews"), object["interviews"]?.location,
        sv: "antalet intervjuer kan inte vara negativt (\(interviews))",
        en: "the number of interviews cannot be negative (\(interviews))")
    }
    return SourcesSummary(
      interviews: interviews, description: string("description", in: object, required: false))
  }

  private mutating func readGoodExample(_ value: JSONValue, at path: JSONPath) -> GoodExample? {
    guard let object = object(value, at: path) else { return nil }
    rejectUnknownKeys(in: object, allowed: EvaluationFileKey.GoodExample.names)
    let area = string("area", in: object, required: false)
    return string("text", in: object).map { GoodExample(area: area, text: $0) }
  }

  private mutating func readAreaEvaluation(
    _ value: JSONValue, at path: JSONPath, detail: EvaluationDetail?
  ) -> AreaEvaluation? {
    guard let object = object(value, at: path) else { return nil }
    let hasOwnPoints = object.contains("points") || object.contains("notAssessed")
    // With an unreadable `detail`, each area is read by its own shape.
    let isAreaLevel = detail.map { $0 == .area } ?? (hasOwnPoints && !object.contains("subAreas"))
    // Keys of the other detail level are reported below with a message of their own.
    let otherLevelKeys =
      isAreaLevel
      ? [EvaluationFileKey.Area.subAreas.rawValue]
      : EvaluationFileKey.Area.ownAssessment.map(\.rawValue)
    rejectUnknownKeys(
      in: JSONObject(
        path: object.path, location: object.location,
        members: object.members.filter { !otherLevelKeys.contains($0.key) }),
      allowed: EvaluationFileKey.Area.names.filter { !otherLevelKeys.contains($0) })
    let id = string("id", in: object)
    let title = string("title", in: object, required: false)
    let strengths = strings("strengths", in: object)
    let improvements = strings("improvements", in: object)
    let previousStrengths = strings("previousStrengths", in: object)
    let previousImprovements = strings("previousImprovements", in: object)
    if isAreaLevel {
      if object.contains("subAreas") {
        report(
          .wrongDetailLevel, at: path.appending("subAreas"), object["subAreas"]?.location,
          sv:
            "utvärderingen har \"detail\": \"area\" och ger bara poäng per område; ta bort \"subAreas\", eller ta bort \"detail\" för att ge poäng per delområde",
          en:
            "the evaluation has \"detail\": \"area\" and gives points per area only; remove \"subAreas\", or remove \"detail\" to give points per sub-area"
        )
      }
      let proposals = readProposals(in: object, areaLevel: true)
      let assessment = readAssessment(
        in: object, at: path, what: ("området", "the area"),
        hasProposals: proposals.contains { $0.assessment != nil })
      guard let id, let assessment else {
        if let id { partiallyReadIDs.insert(id) }
        return nil
      }
      return AreaEvaluation(
        id: id, title: title, strengths: strengths, improvements: improvements,
        previousStrengths: previousStrengths, previousImprovements: previousImprovements,
        assessment: assessment, proposals: proposals)
    }
    for key in ["points", "notAssessed"] where object.contains(key) {
      report(
        .wrongDetailLevel, at: path.appending(key), object[key]?.location,
        sv:
          "poäng anges per delområde under \"subAreas\"; har källan bara poäng per område, skriv \"detail\": \"area\" överst i filen och ta bort \"subAreas\"",
        en:
          "points are given per sub-area under \"subAreas\"; if the source has points per area only, write \"detail\": \"area\" at the top of the file and remove \"subAreas\""
      )
    }
    let unidentifiedBefore = unidentifiedSubAreas
    let subAreas = array("subAreas", in: object, required: true).compactMap {
      readSubAreaEvaluation($0.value, at: $0.path)
    }
    let proposals = readProposals(in: object, areaLevel: false)
    guard let id else { return nil }
    if unidentifiedSubAreas > unidentifiedBefore { partiallyReadIDs.insert(id) }
    return AreaEvaluation(
      id: id, title: title, strengths: strengths, improvements: improvements,
      previousStrengths: previousStrengths,
      previousImprovements: previousImprovements, subAreas: subAreas, proposals: proposals)
  }

  /// Reads `points` (a number, or `null` for not scored yet) or `notAssessed` (the reason), which
  /// areas of an area-level evaluation and sub-areas have alike.
  ///
  /// With `hasProposals`, a `null` is a consensus evaluation's part awaiting the group's agreement,
  /// reported as such rather than as not scored yet.
  private mutating func readAssessment(
    in object: JSONObject, at path: JSONPath, what: (sv: String, en: String),
    hasProposals: Bool = false
  ) -> SubAreaEvaluation.Assessment? {
    switch (object.contains("points"), object.contains("notAssessed")) {
    case (true, true):
      report(
        .invalidValue, at: path.appending("notAssessed"), object["notAssessed"]?.location,
        sv: "ange antingen \"points\" eller \"notAssessed\", inte båda",
        en: "give either \"points\" or \"notAssessed\", not both")
      return nil
    case (false, false):
      report(
        .missingKey, at: path.appending("points"), object.location,
        sv:
          "poäng saknas: ange \"points\", eller \"notAssessed\" med skälet till att \(what.sv) inte bedömts",
        en:
          "points are missing: give \"points\", or \"notAssessed\" with the reason \(what.en) was not assessed"
      )
      return nil
    case (true, false):
      if case .null = object["points"]?.content {
        if hasProposals {
          report(
            .awaitingConsensus, at: path.appending("points"), object["points"]?.location,
            severity: .warning,
            sv:
              "\(what.sv) väntar på konsensus: skriv gruppens överenskomna poäng i \"points\"; förslagen står i \"proposals\"",
            en:
              "\(what.en) awaits consensus: write the group's agreed points in \"points\"; the proposals are in \"proposals\""
          )
          return .pending
        }
        report(
          .notScoredYet, at: path.appending("points"), object["points"]?.location,
          severity: .warning,
          sv:
            "\(what.sv) är ännu inte poängsatt; det räknas inte in i poängen förrän det har poäng",
          en: "\(what.en) is not scored yet; it does not count until it has points")
        return .pending
      }
      return number("points", in: object).map { .points($0) }
    case (false, true):
      return string("notAssessed", in: object).map { .notAssessed(reason: $0) }
    }
  }

  private mutating func readSubAreaEvaluation(_ value: JSONValue, at path: JSONPath)
    -> SubAreaEvaluation?
  {
    guard let object = object(value, at: path) else { return nil }
    rejectUnknownKeys(in: object, allowed: EvaluationFileKey.SubArea.names)
    let id = string("id", in: object)
    let title = string("title", in: object, required: false)
    let guidance = strings("guidance", in: object)
    let findings = array("findings", in: object).compactMap { readFinding($0.value, at: $0.path) }
    let proposals = readProposals(in: object).compactMap { proposal in
      proposal.assessment.map { Proposal(evaluator: proposal.evaluator, assessment: $0) }
    }
    let assessment = readAssessment(
      in: object, at: path, what: ("delområdet", "the sub-area"), hasProposals: !proposals.isEmpty)
    guard let id, let assessment else {
      if let id { partiallyReadIDs.insert(id) } else { unidentifiedSubAreas += 1 }
      return nil
    }
    return SubAreaEvaluation(
      id: id, title: title, guidance: guidance, assessment: assessment, findings: findings,
      proposals: proposals)
  }

  /// Reads the `proposals` of a sub-area (`areaLevel` `nil`) or of an area in a consensus
  /// evaluation: who proposed what, each evaluator once. A sub-area's proposals always have an
  /// assessment.
  private mutating func readProposals(in object: JSONObject, areaLevel: Bool? = nil)
    -> [AreaProposal]
  {
    var proposals: [AreaProposal] = []
    var seen: [String: JSONPath] = [:]
    for element in array("proposals", in: object) {
      guard let proposal = readProposal(element.value, at: element.path, areaLevel: areaLevel)
      else { continue }
      let name = proposal.evaluator.precomposed
      if let earlier = seen[name] {
        report(
          .duplicateID, at: element.path.appending("evaluator"), element.value.location,
          sv: "utvärderaren \"\(proposal.evaluator)\" har redan ett förslag här (\(earlier))",
          en: "the evaluator \"\(proposal.evaluator)\" already has a proposal here (\(earlier))")
        continue
      }
      seen[name] = element.path
      proposals.append(proposal)
    }
    return proposals
  }

  private mutating func readProposal(_ value: JSONValue, at path: JSONPath, areaLevel: Bool?)
    -> AreaProposal?
  {
    guard let object = object(value, at: path) else { return nil }
    let assessmentKeys = EvaluationFileKey.SubAreaProposal.assessment.map(\.rawValue)
    let allowed: [String]
    switch areaLevel {
    case nil: allowed = EvaluationFileKey.SubAreaProposal.names
    case true?: allowed = EvaluationFileKey.AreaProposal.names
    case false?:
      allowed = EvaluationFileKey.AreaProposal.names.filter { !assessmentKeys.contains($0) }
    }
    rejectUnknownKeys(in: object, allowed: allowed)
    let evaluator = string("evaluator", in: object)
    var assessment: SubAreaEvaluation.Assessment?
    if areaLevel != false {
      switch (object.contains("points"), object.contains("notAssessed")) {
      case (true, true):
        report(
          .invalidValue, at: path.appending("notAssessed"), object["notAssessed"]?.location,
          sv: "ange antingen \"points\" eller \"notAssessed\" i förslaget, inte båda",
          en: "give either \"points\" or \"notAssessed\" in the proposal, not both")
        return nil
      case (false, false):
        report(
          .missingKey, at: path.appending("points"), object.location,
          sv:
            "förslaget saknar poäng: ange utvärderarens \"points\", eller \"notAssessed\" med skälet",
          en:
            "the proposal has no points: give the evaluator's \"points\", or \"notAssessed\" with the reason"
        )
        return nil
      case (true, false):
        guard let points = number("points", in: object) else { return nil }
        assessment = .points(points)
      case (false, true):
        guard let reason = string("notAssessed", in: object) else { return nil }
        assessment = .notAssessed(reason: reason)
      }
    }
    let strengths = areaLevel == nil ? [] : strings("strengths", in: object)
    let improvements = areaLevel == nil ? [] : strings("improvements", in: object)
    guard let evaluator else { return nil }
    return AreaProposal(
      evaluator: evaluator, assessment: assessment, strengths: strengths,
      improvements: improvements)
  }

  private mutating func readFinding(_ value: JSONValue, at path: JSONPath) -> Finding? {
    guard let object = object(value, at: path) else { return nil }
    rejectUnknownKeys(in: object, allowed: EvaluationFileKey.Finding.names)
    let text = string("text", in: object)
    let source = choice("source", in: object, as: EvidenceSource.self)
    let reference = string("reference", in: object, required: false)
    let date = calendarDate("date", in: object, required: false)
    let recordedBy = string("recordedBy", in: object, required: false)
    let carriedOverFrom = calendarDate("carriedOverFrom", in: object, required: false)
    guard let text, let source else { return nil }
    return Finding(
      text: text, source: source, reference: reference, date: date, recordedBy: recordedBy,
      carriedOverFrom: carriedOverFrom)
  }
}
