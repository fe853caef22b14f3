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
  public static func load(bytes: [UInt8], file: String?, catalog: RubricCatalog = .bundled)
    -> Checked<Evaluation>
  {
    let result = DataFileLoader.load(bytes: bytes, file: file) { reader, root in
      // The areas are checked against the rubric even when another part of the file is broken.
      (parts: reader.readEvaluation(root), partiallyReadIDs: reader.partiallyReadIDs)
    } check: { read, check in
      guard let rubricID = read.parts.rubricID else { return }
      let path = JSONPath.root.appending("rubric")
      guard
        let rubric = check.reader.knownRubric(
          rubricID, at: path, location: check.location(of: path), in: catalog)
      else { return }
      check.add(
        AreaEvaluation.validationProblems(
          of: read.parts.areas, against: rubric, detail: read.parts.detail,
          publishedTotal: read.parts.publishedTotal,
          partiallyReadIDs: read.partiallyReadIDs))
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
    let publishedTotal = readPublishedTotal(in: object)
    let areas = array("areas", in: object, required: true).compactMap {
      readAreaEvaluation($0.value, at: $0.path, detail: detail)
    }
    guard let rubricID, let municipality, let date, let kind, let detail else {
      return EvaluationParts(
        rubricID: rubricID, areas: areas, detail: detail, publishedTotal: publishedTotal)
    }
    let evaluation = Evaluation(
      formatVersion: formatVersion, rubricID: rubricID, municipality: municipality, date: date,
      kind: kind,
      evaluators: evaluators, sources: sources, provenance: provenance, summary: summary,
      goodExamples: goodExamples, detail: detail, publishedTotal: publishedTotal, areas: areas)
    return EvaluationParts(
      evaluation: evaluation, rubricID: rubricID, areas: areas, detail: detail,
      publishedTotal: publishedTotal)
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
      let assessment = readAssessment(in: object, at: path, what: ("området", "the area"))
      guard let id, let assessment else {
        if let id { partiallyReadIDs.insert(id) }
        return nil
      }
      return AreaEvaluation(
        id: id, title: title, strengths: strengths, improvements: improvements,
        previousStrengths: previousStrengths, previousImprovements: previousImprovements,
        assessment: assessment)
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
    guard let id else { return nil }
    if unidentifiedSubAreas > unidentifiedBefore { partiallyReadIDs.insert(id) }
    return AreaEvaluation(
      id: id, title: title, strengths: strengths, improvements: improvements,
      previousStrengths: previousStrengths,
      previousImprovements: previousImprovements, subAreas: subAreas)
  }

  /// Reads `points` (a number, or `null` for not scored yet) or `notAssessed` (the reason), which
  /// areas of an area-level evaluation and sub-areas have alike.
  private mutating func readAssessment(
    in object: JSONObject, at path: JSONPath, what: (sv: String, en: String)
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
        report(
          .notScoredYet, at: path.appending("points"), object["points"]?.location,
          severity: .warning,
          sv:
            "\(what.sv) är inte poängsatt ännu; det räknas inte in i poängen förrän det har poäng",
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
    let assessment = readAssessment(in: object, at: path, what: ("delområdet", "the sub-area"))
    guard let id, let assessment else {
      if let id { partiallyReadIDs.insert(id) } else { unidentifiedSubAreas += 1 }
      return nil
    }
    return SubAreaEvaluation(
      id: id, title: title, guidance: guidance, assessment: assessment, findings: findings)
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
