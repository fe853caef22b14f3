extension Evaluation {
  /// Checks the evaluation against its rubric.
  ///
  /// Every area and sub-area of the rubric must be present exactly once, under the right area,
  /// with points between 0 and its maximum or marked not assessed; no id may be unknown. In an
  /// area-level evaluation (``detail`` `.area`) every area has its own points and no sub-areas; a
  /// sub-area-level evaluation needs a rubric with sub-areas.
  ///
  /// A ``publishedTotal`` is compared with the sum of the areas and a difference is a note or a
  /// warning, never an error: the file's points are what count. Published figures are rounded to whole
  /// points, each from its own unrounded value (see ``DisplayRounding``), so the published total
  /// need not equal the sum of published area points. The check therefore allows for rounding: the
  /// total itself may be off by up to 0.5, and so may each point figure in the file that is a whole
  /// number (it may be a rounded published figure); fractional figures are taken as exact. With
  /// exact figures the published total must equal the rounded sum. For example, areas published as
  /// 66, 73, 80, 60, 65, 71, 70 and 72 (sum 557) are consistent with a published total of 556, since
  /// the unrounded areas may add up to 556.2; that difference is a note saying rounding probably
  /// explains it. From two points on the note says rounding is unlikely (several figures would all
  /// have to be rounded the same way); beyond what rounding can explain it is a warning. The check
  /// is skipped while a part is not scored yet.
  ///
  /// A totals-only evaluation (``detail`` `.total`) has no areas; its total must lie from 0 to the
  /// rubric's maximum. The area of a good example (`goodExamples[N].area`) must be one of the
  /// rubric's areas. A date
  /// outside the rubric's ``Rubric/periodOfUse`` is a warning.
  ///
  /// - Parameter rubric: The rubric the evaluation names.
  /// - Returns: The problems found, with JSON paths into the evaluation file; empty when valid.
  public func validationProblems(against rubric: Rubric) -> [Problem] {
    if detail == .total {
      return Self.totalProblems(totalAssessment, against: rubric)
        + GoodExample.validationProblems(of: goodExamples.map(\.area), against: rubric)
        + rubric.periodProblems(for: date)
    }
    return AreaEvaluation.validationProblems(
      of: areas, against: rubric, detail: detail, publishedTotal: publishedTotal)
      + GoodExample.validationProblems(of: goodExamples.map(\.area), against: rubric)
      + rubric.periodProblems(for: date)
  }
}

extension GoodExample {
  /// Problems with the areas of good examples: each that names an area must name one of the rubric's.
  ///
  /// - Parameters:
  ///   - areas: The `area` of each element of `goodExamples`, in order; `nil` for none.
  ///   - rubric: The rubric the evaluation names.
  /// - Returns: An `unknownID` problem at `goodExamples[N].area` for each unknown area.
  package static func validationProblems(of areas: [String?], against rubric: Rubric) -> [Problem] {
    areas.enumerated().compactMap { index, area in
      guard let area, rubric.area(id: area) == nil else { return nil }
      return rubric.unknownAreaProblem(
        area, at: JSONPath.root.appending("goodExamples").appending(index: index).appending("area"))
    }
  }
}

extension AreaEvaluation {
  /// Checks an evaluation's areas against a rubric.
  ///
  /// Every area and sub-area of the rubric must be present exactly once, under the right area,
  /// with points between 0 and its maximum or marked not assessed; no id may be unknown.
  ///
  /// - Parameters:
  ///   - areas: The evaluation's areas, as in its `areas` list.
  ///   - rubric: The rubric the evaluation names.
  ///   - detail: The evaluation's detail; `nil` when unknown, in which case each area is checked by
  ///     its own shape (own points or sub-areas).
  ///   - publishedTotal: The evaluation's published total, checked against the sum of the areas.
  ///   - partiallyReadIDs: Ids present in the file but not fully readable, which are not reported
  ///     as missing a second time.
  /// - Returns: The problems found, with JSON paths into the evaluation file; empty when valid.
  package static func validationProblems(
    of areas: [AreaEvaluation],
    against rubric: Rubric,
    detail: EvaluationDetail? = .subArea,
    publishedTotal: Double? = nil,
    partiallyReadIDs: Set<String> = []
  ) -> [Problem] {
    var problems: [Problem] = []
    func report(_ kind: Problem.Kind, _ path: JSONPath, sv: String, en: String) {
      problems.append(Problem(path: path, kind: kind, message: LocalizedText(sv: sv, en: en)))
    }
    let areasPath = JSONPath.root.appending("areas")
    var seenAreas: [String: JSONPath] = [:]
    var seenSubAreas: [String: JSONPath] = [:]
    var areaLevelIDs: Set<String> = []
    var areasWithoutRubricSubAreas: [(id: String, path: JSONPath)] = []

    for (areaIndex, area) in areas.enumerated() {
      let areaPath = areasPath.appending(index: areaIndex)
      if let earlier = seenAreas[area.id] {
        problems.append(
          Rubric.duplicateIDProblem(
            area.id, isArea: true, at: areaPath.appending("id"), earlier: earlier))
        continue
      }
      seenAreas[area.id] = areaPath
      guard let rubricArea = rubric.area(id: area.id) else {
        problems.append(rubric.unknownAreaProblem(area.id, at: areaPath.appending("id")))
        continue
      }
      if let title = area.title,
        let problem = titleProblem(
          title, of: area.id, rubricTitle: rubricArea.title, aliases: rubricArea.aliases,
          isArea: true, at: areaPath.appending("title"))
      {
        problems.append(problem)
      }
      if detail.map({ $0 == .area }) ?? (area.assessment != nil) {
        areaLevelIDs.insert(area.id)
        checkAreaAssessment(area, of: rubricArea, at: areaPath, report: report)
        continue
      }
      if area.assessment != nil {
        report(
          .wrongDetailLevel, areaPath.appending("points"),
          sv:
            "poäng anges per delområde under \"subAreas\"; har källan bara poäng per område, skriv \"detail\": \"area\" överst i filen och ta bort \"subAreas\"",
          en:
            "points are given per sub-area under \"subAreas\"; if the source has points per area only, write \"detail\": \"area\" at the top of the file and remove \"subAreas\""
        )
      }
      if rubricArea.subAreas.isEmpty {
        areasWithoutRubricSubAreas.append((area.id, areaPath))
      }
      problems += subAreaProblems(
        of: area, in: rubricArea, of: rubric, at: areaPath, seen: &seenSubAreas)
    }
    reportMissingRubricSubAreas(areasWithoutRubricSubAreas, of: rubric, report: report)
    problems += missingIDProblems(
      of: rubric, seenAreas: seenAreas, seenSubAreas: seenSubAreas, areaLevelIDs: areaLevelIDs,
      partiallyReadIDs: partiallyReadIDs)
    if let publishedTotal, !problems.containsErrors, partiallyReadIDs.isEmpty {
      problems += publishedTotalProblems(
        publishedTotal, of: areas, against: rubric, areaLevelIDs: areaLevelIDs)
    }
    return problems
  }

  /// A warning when the title written in the file does not match the rubric's title of the area or
  /// sub-area `id` (nor one of its aliases); `nil` when it matches.
  private static func titleProblem(
    _ title: String,
    of id: String,
    rubricTitle: LocalizedText,
    aliases: [String],
    isArea: Bool,
    at path: JSONPath
  ) -> Problem? {
    guard !TitleMatching.matches(title, rubricTitle, aliases: aliases) else { return nil }
    let noun = isArea ? (sv: "område", en: "area") : (sv: "delområde", en: "sub-area")
    return Problem(
      path: path, kind: .titleMismatch, severity: .warning,
      message: LocalizedText(
        sv:
          "rubriken \"\(title)\" stämmer inte med \(noun.sv) \(id) (\(rubricTitle.swedish)); kontrollera id",
        en:
          "the title \"\(title)\" does not match \(noun.en) \(id) (\(rubricTitle.text(in: .english))); check the id"
      ))
  }

  /// Checks the sub-areas of one area of a sub-area-level evaluation: no id twice in the file
  /// (`seen` holds the path of each id read so far), each one of the rubric area's, titles that
  /// match, points within range.
  private static func subAreaProblems(
    of area: AreaEvaluation,
    in rubricArea: RubricArea,
    of rubric: Rubric,
    at areaPath: JSONPath,
    seen seenSubAreas: inout [String: JSONPath]
  ) -> [Problem] {
    var problems: [Problem] = []
    func report(_ kind: Problem.Kind, _ path: JSONPath, sv: String, en: String) {
      problems.append(Problem(path: path, kind: kind, message: LocalizedText(sv: sv, en: en)))
    }
    for (subIndex, subArea) in area.subAreas.enumerated() {
      let subPath = areaPath.appending("subAreas").appending(index: subIndex)
      if let earlier = seenSubAreas[subArea.id] {
        problems.append(
          Rubric.duplicateIDProblem(
            subArea.id, isArea: false, at: subPath.appending("id"), earlier: earlier))
        continue
      }
      seenSubAreas[subArea.id] = subPath
      guard let rubricSubArea = rubricArea.subAreas.first(where: { $0.id == subArea.id }) else {
        problems.append(
          rubric.subAreaIDProblem(subArea.id, under: rubricArea, at: subPath.appending("id")))
        continue
      }
      if let title = subArea.title,
        let problem = titleProblem(
          title, of: subArea.id, rubricTitle: rubricSubArea.title,
          aliases: rubricSubArea.aliases, isArea: false, at: subPath.appending("title"))
      {
        problems.append(problem)
      }
      if case .points(let points) = subArea.assessment {
        checkPoints(points, of: rubricSubArea, at: subPath.appending("points"), report: report)
      }
      for (index, proposal) in subArea.proposals.enumerated() {
        guard let points = proposal.points else { continue }
        checkPoints(
          points, of: rubricSubArea,
          at: subPath.appending("proposals").appending(index: index).appending("points"),
          report: report)
      }
    }
    return problems
  }

  /// The areas and sub-areas of the rubric that the file lacks. Ids present but not fully readable
  /// (`partiallyReadIDs`) are not reported again, nor are the sub-areas of an area assessed as a
  /// whole or of an area with a sub-area whose id could not be read.
  private static func missingIDProblems(
    of rubric: Rubric,
    seenAreas: [String: JSONPath],
    seenSubAreas: [String: JSONPath],
    areaLevelIDs: Set<String>,
    partiallyReadIDs: Set<String>
  ) -> [Problem] {
    var problems: [Problem] = []
    func report(_ kind: Problem.Kind, _ path: JSONPath, sv: String, en: String) {
      problems.append(Problem(path: path, kind: kind, message: LocalizedText(sv: sv, en: en)))
    }
    for rubricArea in rubric.areas {
      guard let areaPath = seenAreas[rubricArea.id] else {
        if partiallyReadIDs.contains(rubricArea.id) { continue }
        report(
          .missingID, JSONPath.root.appending("areas"),
          sv:
            "område \(rubricArea.id) (\(rubricArea.title.swedish)) saknas; alla \(rubric.areas.count) områden ska finnas med",
          en:
            "area \(rubricArea.id) (\(rubricArea.title.text(in: .english))) is missing; all \(rubric.areas.count) areas must be present"
        )
        continue
      }
      // An area with a sub-area whose id could not be read cannot tell which one is missing.
      if partiallyReadIDs.contains(rubricArea.id) || areaLevelIDs.contains(rubricArea.id) {
        continue
      }
      for rubricSubArea in rubricArea.subAreas
      where seenSubAreas[rubricSubArea.id] == nil && !partiallyReadIDs.contains(rubricSubArea.id) {
        report(
          .missingID, areaPath.appending("subAreas"),
          sv:
            "delområde \(rubricSubArea.id) (\(rubricSubArea.title.swedish)) saknas; lägg till det med poäng, eller med \"notAssessed\" och ett skäl",
          en:
            "sub-area \(rubricSubArea.id) (\(rubricSubArea.title.text(in: .english))) is missing; add it with points, or with \"notAssessed\" and a reason"
        )
      }
    }
    return problems
  }

  /// Checks the points of an area assessed as a whole, which has no sub-areas.
  private static func checkAreaAssessment(
    _ area: AreaEvaluation,
    of rubricArea: RubricArea,
    at areaPath: JSONPath,
    report: (Problem.Kind, JSONPath, String, String) -> Void
  ) {
    if !area.subAreas.isEmpty {
      report(
        .wrongDetailLevel, areaPath.appending("subAreas"),
        "utvärderingen har \"detail\": \"area\" och ger bara poäng per område; ta bort \"subAreas\", eller ta bort \"detail\" för att ge poäng per delområde",
        "the evaluation has \"detail\": \"area\" and gives points per area only; remove \"subAreas\", or remove \"detail\" to give points per sub-area"
      )
    }
    switch area.assessment {
    case .points(let points):
      checkPoints(
        points, id: area.id, maxPoints: rubricArea.maxPoints, noun: ("område", "area"),
        at: areaPath.appending("points"), report: report)
    case nil:
      report(
        .missingKey, areaPath.appending("points"),
        "poäng saknas: ange \"points\", eller \"notAssessed\" med skälet till att området inte bedömts",
        "points are missing: give \"points\", or \"notAssessed\" with the reason the area was not assessed"
      )
    case .notAssessed, .pending:
      break
    }
    for (index, proposal) in area.proposals.enumerated() {
      guard let points = proposal.points else { continue }
      checkPoints(
        points, id: area.id, maxPoints: rubricArea.maxPoints, noun: ("område", "area"),
        at: areaPath.appending("proposals").appending(index: index).appending("points"),
        report: report)
    }
  }

  /// Reports areas of a sub-area-level evaluation whose rubric area has no sub-areas to score: once
  /// for the whole file when the rubric has no sub-areas at all, otherwise once per area.
  private static func reportMissingRubricSubAreas(
    _ areas: [(id: String, path: JSONPath)],
    of rubric: Rubric,
    report: (Problem.Kind, JSONPath, String, String) -> Void
  ) {
    guard !areas.isEmpty else { return }
    if rubric.areas.allSatisfy(\.subAreas.isEmpty) {
      report(
        .wrongDetailLevel, JSONPath.root.appending("detail"),
        "versionen \(rubric.id) av Kommunkompassen har bara områden, inga delområden; skriv \"detail\": \"area\" överst i filen och ge \"points\" för varje område",
        "the rubric \(rubric.id) has areas only, no sub-areas; write \"detail\": \"area\" at the top of the file and give \"points\" for each area"
      )
      return
    }
    for area in areas {
      report(
        .wrongDetailLevel, area.path,
        "område \(area.id) har inga delområden i versionen \(rubric.id) och kan inte få poäng per delområde; skriv \"detail\": \"area\" överst i filen och ge \"points\" för varje område",
        "area \(area.id) has no sub-areas in the rubric \(rubric.id) and cannot be scored per sub-area; write \"detail\": \"area\" at the top of the file and give \"points\" for each area"
      )
    }
  }

  /// Compares a published total with the sum of the areas, allowing for rounding (see
  /// ``Evaluation/validationProblems(against:)``).
  private static func publishedTotalProblems(
    _ publishedTotal: Double,
    of areas: [AreaEvaluation],
    against rubric: Rubric,
    areaLevelIDs: Set<String>
  ) -> [Problem] {
    let path = JSONPath.root.appending("publishedTotal")
    if PublishedTotalAgreement.exceeds(publishedTotal, maximum: rubric.maxPoints) {
      return [
        Problem(
          path: path, kind: .outOfRange,
          message: LocalizedText(
            sv:
              "den publicerade totalen \(publishedTotal.formattedPoints) är högre än maxpoängen i versionen av Kommunkompassen, \(rubric.maxPoints.formattedPoints)",
            en:
              "the published total \(publishedTotal.formattedPoints) is above the rubric's maximum \(rubric.maxPoints.formattedPoints)"
          ))
      ]
    }
    let leaves = areas.flatMap { area in
      areaLevelIDs.contains(area.id)
        ? [area.assessment] : area.subAreas.map { Optional($0.assessment) }
    }
    if leaves.contains(where: { $0 == .pending || $0 == nil }) { return [] }
    let figures = leaves.compactMap { assessment -> Double? in
      if case .points(let points) = assessment { return points }
      return nil
    }
    var agreement = PublishedTotalAgreement()
    for figure in figures { agreement.add(figure) }
    return agreement.problem(about: publishedTotal, at: path).map { [$0] } ?? []
  }

  private static func checkPoints(
    _ points: Double,
    of subArea: RubricSubArea,
    at path: JSONPath,
    report: (Problem.Kind, JSONPath, String, String) -> Void
  ) {
    checkPoints(
      points, id: subArea.id, maxPoints: subArea.maxPoints, noun: ("delområde", "sub-area"),
      at: path, report: report)
  }

  /// Checks that points are a finite number from 0 to the maximum of the area or sub-area `id`.
  private static func checkPoints(
    _ points: Double,
    id: String,
    maxPoints: Double,
    noun: (sv: String, en: String),
    at path: JSONPath,
    report: (Problem.Kind, JSONPath, String, String) -> Void
  ) {
    let allowed = "0–\(maxPoints.formattedPoints)"
    if !points.isFinite {
      report(
        .notFinite, path,
        "\(noun.sv) \(id): poängen måste vara ett tal mellan \(allowed)",
        "\(noun.en) \(id): the points must be a number from \(allowed)")
    } else if points < 0 {
      report(
        .outOfRange, path,
        "\(noun.sv) \(id): poängen \(points.formattedPoints) är negativ; tillåtet är \(allowed)",
        "\(noun.en) \(id): the points \(points.formattedPoints) are negative; allowed is \(allowed)"
      )
    } else if points > maxPoints {
      report(
        .outOfRange, path,
        "\(noun.sv) \(id): poängen \(points.formattedPoints) är högre än maxpoängen \(maxPoints.formattedPoints); tillåtet är \(allowed)",
        "\(noun.en) \(id): the points \(points.formattedPoints) are above the maximum \(maxPoints.formattedPoints); allowed is \(allowed)"
      )
    }
  }
}
