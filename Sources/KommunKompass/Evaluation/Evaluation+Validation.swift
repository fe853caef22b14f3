extension Evaluation {
  /// Checks the evaluation against its rubric.
  ///
  /// Every area and sub-area of the rubric must be present exactly once, under the right area,
  /// with points between 0 and its maximum or marked not assessed; no id may be unknown.
  ///
  /// - Parameter rubric: The rubric the evaluation names.
  /// - Returns: The problems found, with JSON paths into the evaluation file; empty when valid.
  public func validationProblems(against rubric: Rubric) -> [Problem] {
    AreaEvaluation.validationProblems(of: areas, against: rubric)
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
  ///   - partiallyReadIDs: Ids present in the file but not fully readable, which are not reported
  ///     as missing a second time.
  /// - Returns: The problems found, with JSON paths into the evaluation file; empty when valid.
  package static func validationProblems(
    of areas: [AreaEvaluation],
    against rubric: Rubric,
    partiallyReadIDs: Set<String> = []
  ) -> [Problem] {
    var problems: [Problem] = []
    func report(_ kind: Problem.Kind, _ path: JSONPath, sv: String, en: String) {
      problems.append(Problem(path: path, kind: kind, message: LocalizedText(sv: sv, en: en)))
    }
    let areasPath = JSONPath.root.appending("areas")
    var seenAreas: [String: JSONPath] = [:]
    var seenSubAreas: [String: JSONPath] = [:]

    for (areaIndex, area) in areas.enumerated() {
      let areaPath = areasPath.appending(index: areaIndex)
      if let earlier = seenAreas[area.id] {
        report(
          .duplicateID, areaPath.appending("id"),
          sv: "område \(area.id) förekommer två gånger (även vid \(earlier))",
          en: "area \(area.id) appears twice (also at \(earlier))")
        continue
      }
      seenAreas[area.id] = areaPath
      guard let rubricArea = rubric.area(id: area.id) else {
        report(
          .unknownID, areaPath.appending("id"),
          sv: "område \"\(area.id)\" finns inte i rubriken \(rubric.id); dess områden är \(rubric.areas.map(\.id).joined(separator: ", "))",
          en: "area \"\(area.id)\" is not in the rubric \(rubric.id); its areas are \(rubric.areas.map(\.id).joined(separator: ", "))")
        continue
      }
      if let title = area.title, !TitleMatching.matches(title, rubricArea.title, aliases: rubricArea.aliases) {
        problems.append(
          Problem(
            path: areaPath.appending("title"), kind: .titleMismatch, severity: .warning,
            message: LocalizedText(
              sv: "rubriken \"\(title)\" stämmer inte med område \(area.id) (\(rubricArea.title.swedish)); kontrollera id",
              en: "the title \"\(title)\" does not match area \(area.id) (\(rubricArea.title.text(in: .english))); check the id")))
      }
      for (subIndex, subArea) in area.subAreas.enumerated() {
        let subPath = areaPath.appending("subAreas").appending(index: subIndex)
        if let earlier = seenSubAreas[subArea.id] {
          report(
            .duplicateID, subPath.appending("id"),
            sv: "delområde \(subArea.id) förekommer två gånger (även vid \(earlier))",
            en: "sub-area \(subArea.id) appears twice (also at \(earlier))")
          continue
        }
        seenSubAreas[subArea.id] = subPath
        guard let rubricSubArea = rubricArea.subAreas.first(where: { $0.id == subArea.id }) else {
          if let owner = rubric.subArea(id: subArea.id)?.area {
            report(
              .misplacedID, subPath.appending("id"),
              sv: "delområde \(subArea.id) hör till område \(owner.id), inte till område \(area.id)",
              en: "sub-area \(subArea.id) belongs to area \(owner.id), not to area \(area.id)")
          } else {
            let known = rubricArea.subAreas.map(\.id).joined(separator: ", ")
            report(
              .unknownID, subPath.appending("id"),
              sv: "delområde \"\(subArea.id)\" finns inte i rubriken \(rubric.id); område \(area.id) har delområdena \(known)",
              en: "sub-area \"\(subArea.id)\" is not in the rubric \(rubric.id); area \(area.id) has the sub-areas \(known)")
          }
          continue
        }
        if let title = subArea.title, !TitleMatching.matches(title, rubricSubArea.title, aliases: rubricSubArea.aliases) {
          problems.append(
            Problem(
              path: subPath.appending("title"), kind: .titleMismatch, severity: .warning,
              message: LocalizedText(
                sv: "rubriken \"\(title)\" stämmer inte med delområde \(subArea.id) (\(rubricSubArea.title.swedish)); kontrollera id",
                en: "the title \"\(title)\" does not match sub-area \(subArea.id) (\(rubricSubArea.title.text(in: .english))); check the id")))
        }
        if case .points(let points) = subArea.assessment {
          checkPoints(points, of: rubricSubArea, at: subPath.appending("points"), report: report)
        }
      }
    }
    for rubricArea in rubric.areas {
      guard let areaPath = seenAreas[rubricArea.id] else {
        if partiallyReadIDs.contains(rubricArea.id) { continue }
        report(
          .missingID, areasPath,
          sv: "område \(rubricArea.id) (\(rubricArea.title.swedish)) saknas; alla \(rubric.areas.count) områden ska finnas med",
          en: "area \(rubricArea.id) (\(rubricArea.title.text(in: .english))) is missing; all \(rubric.areas.count) areas must be present")
        continue
      }
      // An area with a sub-area whose id could not be read cannot tell which one is missing.
      if partiallyReadIDs.contains(rubricArea.id) { continue }
      for rubricSubArea in rubricArea.subAreas
      where seenSubAreas[rubricSubArea.id] == nil && !partiallyReadIDs.contains(rubricSubArea.id) {
        report(
          .missingID, areaPath.appending("subAreas"),
          sv: "delområde \(rubricSubArea.id) (\(rubricSubArea.title.swedish)) saknas; lägg till det med poäng, eller med \"notAssessed\" och ett skäl",
          en: "sub-area \(rubricSubArea.id) (\(rubricSubArea.title.text(in: .english))) is missing; add it with points, or with \"notAssessed\" and a reason")
      }
    }
    return problems
  }

  private static func checkPoints(
    _ points: Double,
    of subArea: RubricSubArea,
    at path: JSONPath,
    report: (Problem.Kind, JSONPath, String, String) -> Void
  ) {
    let allowed = "0–\(subArea.maxPoints.formattedPoints)"
    if !points.isFinite {
      report(
        .notFinite, path,
        "delområde \(subArea.id): poängen måste vara ett tal mellan \(allowed)",
        "sub-area \(subArea.id): the points must be a number from \(allowed)")
    } else if points < 0 {
      report(
        .outOfRange, path,
        "delområde \(subArea.id): poängen \(points.formattedPoints) är negativ; tillåtet är \(allowed)",
        "sub-area \(subArea.id): the points \(points.formattedPoints) are negative; allowed is \(allowed)")
    } else if points > subArea.maxPoints {
      report(
        .outOfRange, path,
        "delområde \(subArea.id): poängen \(points.formattedPoints) är högre än maxpoängen \(subArea.maxPoints.formattedPoints); tillåtet är \(allowed)",
        "sub-area \(subArea.id): the points \(points.formattedPoints) are above the maximum \(subArea.maxPoints.formattedPoints); allowed is \(allowed)")
    }
  }
}
