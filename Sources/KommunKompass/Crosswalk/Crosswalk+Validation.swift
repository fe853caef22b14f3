extension Crosswalk {
  /// Checks the crosswalk against the two rubrics it connects.
  ///
  /// The rules:
  /// - `fromRubric` and `toRubric` are different rubrics.
  /// - Every `from` id exists in the earlier rubric and every `to` id in the later one, as an area or
  ///   a sub-area; both sides of a link are of the same level (areas with areas, sub-areas with
  ///   sub-areas).
  /// - `same` and `revised` links have a `from` and at least one `to`; `same` exactly one, with the
  ///   same maximum. `new` links have no `from` and at least one `to`; `removed` links have a `from`
  ///   and no `to`.
  /// - An earlier id has at most one link; a later id marked new appears in no other link.
  /// - Every area of both rubrics appears in some link, so that what is new or removed is stated,
  ///   never guessed. Sub-areas may be left out; they are then not compared across the revisions.
  ///
  /// - Parameters:
  ///   - earlier: The rubric named by ``fromRubricID``.
  ///   - later: The rubric named by ``toRubricID``.
  /// - Returns: The problems found, with JSON paths into the crosswalk file; empty when valid.
  public func validationProblems(from earlier: Rubric, to later: Rubric) -> [Problem] {
    var problems: [Problem] = []
    func report(_ kind: Problem.Kind, _ path: JSONPath, sv: String, en: String) {
      problems.append(Problem(path: path, kind: kind, message: LocalizedText(sv: sv, en: en)))
    }
    if earlier.id == later.id {
      report(
        .invalidValue, JSONPath.root.appending("toRubric"),
        sv: "en övergångstabell går mellan två olika versioner, men båda är \(later.id)",
        en: "a crosswalk connects two different rubrics, but both are \(later.id)")
      return problems
    }
    let linksPath = JSONPath.root.appending("links")
    var fromPaths: [String: JSONPath] = [:]
    var toPaths = TargetPaths()
    for (index, link) in links.enumerated() {
      let path = linksPath.appending(index: index)
      let fromLevel = checkSource(
        of: link, at: path.appending("from"), earlier: earlier, seen: &fromPaths, report: report)
      checkTargets(
        of: link, at: path, fromLevel: fromLevel, later: later, seen: &toPaths, report: report)
      checkShape(of: link, at: path, earlier: earlier, later: later, report: report)
    }
    for area in earlier.areas where fromPaths[area.id] == nil {
      report(
        .missingID, linksPath,
        sv:
          "område \(area.id) (\(area.title.swedish)) i \(earlier.id) saknar länk; ange dess motsvarighet, eller \"removed\" om den saknas",
        en:
          "area \(area.id) (\(area.title.text(in: .english))) of \(earlier.id) has no link; give its counterpart, or \"removed\" if there is none"
      )
    }
    for area in later.areas where toPaths.new[area.id] == nil && toPaths.other[area.id] == nil {
      report(
        .missingID, linksPath,
        sv:
          "område \(area.id) (\(area.title.swedish)) i \(later.id) förekommer inte i någon länk; ange vad det motsvarar, eller en länk med \"new\"",
        en:
          "area \(area.id) (\(area.title.text(in: .english))) of \(later.id) appears in no link; give what it corresponds to, or a link marked \"new\""
      )
    }
    return problems
  }

  /// Where each later id appears: in a link marked new, or first in any other link.
  private struct TargetPaths {
    var new: [String: JSONPath] = [:]
    var other: [String: JSONPath] = [:]
  }

  /// Checks a link's `from`: linked once only (`seen` holds the path of each `from` so far), and an
  /// area or sub-area of the earlier rubric. Returns its level, `nil` when there is none or it is
  /// unknown.
  private func checkSource(
    of link: CrosswalkLink,
    at fromPath: JSONPath,
    earlier: Rubric,
    seen fromPaths: inout [String: JSONPath],
    report: (Problem.Kind, JSONPath, String, String) -> Void
  ) -> RubricLevel? {
    guard let from = link.from else { return nil }
    if let earlierPath = fromPaths[from] {
      report(
        .duplicateID, fromPath,
        "\(from) i \(earlier.id) har redan en länk, vid \(earlierPath)",
        "\(from) in \(earlier.id) already has a link, at \(earlierPath)")
    } else {
      fromPaths[from] = fromPath
    }
    let fromLevel = earlier.level(of: from)
    if fromLevel == nil {
      report(
        .unknownID, fromPath,
        "\"\(from)\" är varken ett område eller ett delområde i versionen \(earlier.id); dess områden är \(earlier.areaIDList)",
        "\"\(from)\" is neither an area nor a sub-area of the rubric \(earlier.id); its areas are \(earlier.areaIDList)"
      )
    }
    return fromLevel
  }

  /// Checks a link's `to` ids: each an area or sub-area of the later rubric, of the level of the
  /// `from` id, and an id marked new in no other link.
  private func checkTargets(
    of link: CrosswalkLink,
    at path: JSONPath,
    fromLevel: RubricLevel?,
    later: Rubric,
    seen toPaths: inout TargetPaths,
    report: (Problem.Kind, JSONPath, String, String) -> Void
  ) {
    for (toIndex, to) in link.to.enumerated() {
      let toPath = path.appending("to").appending(index: toIndex)
      guard let toLevel = later.level(of: to) else {
        report(
          .unknownID, toPath,
          "\"\(to)\" är varken ett område eller ett delområde i versionen \(later.id); dess områden är \(later.areaIDList)",
          "\"\(to)\" is neither an area nor a sub-area of the rubric \(later.id); its areas are \(later.areaIDList)"
        )
        continue
      }
      if let fromLevel, let from = link.from, fromLevel != toLevel {
        report(
          .inconsistentCrosswalk, toPath,
          "\(from) är \(fromLevel.name.sv) men \(to) är \(toLevel.name.sv); en länk förbinder områden med områden och delområden med delområden",
          "\(from) is \(fromLevel.name.en) but \(to) is \(toLevel.name.en); a link connects areas with areas and sub-areas with sub-areas"
        )
      }
      if link.comparability == .new {
        if let other = toPaths.new[to] ?? toPaths.other[to] {
          report(
            .inconsistentCrosswalk, toPath,
            "\(to) markeras som nytt men förekommer också vid \(other)",
            "\(to) is marked new but also appears at \(other)")
        }
        toPaths.new[to] = toPath
      } else {
        if let other = toPaths.new[to] {
          report(
            .inconsistentCrosswalk, toPath,
            "\(to) markeras som nytt vid \(other) och kan då inte ha en motsvarighet här",
            "\(to) is marked new at \(other) and so cannot have a counterpart here")
        }
        if toPaths.other[to] == nil { toPaths.other[to] = toPath }
      }
    }
  }

  /// Checks that a link's sides fit its comparability level.
  private func checkShape(
    of link: CrosswalkLink,
    at path: JSONPath,
    earlier: Rubric,
    later: Rubric,
    report: (Problem.Kind, JSONPath, String, String) -> Void
  ) {
    let comparabilityPath = path.appending("comparability")
    let level = link.comparability.rawValue
    switch link.comparability {
    case .same, .revised:
      if link.from == nil {
        report(
          .missingKey, path.appending("from"),
          "en länk med \"\(level)\" behöver \"from\", id:t i \(earlier.id)",
          "a link marked \"\(level)\" needs \"from\", the id in \(earlier.id)")
      }
      if link.to.isEmpty {
        report(
          .inconsistentCrosswalk, path.appending("to"),
          "en länk med \"\(level)\" behöver minst en motsvarighet i \"to\"; använd \"removed\" om det saknas en",
          "a link marked \"\(level)\" needs at least one counterpart in \"to\"; use \"removed\" if there is none"
        )
      }
      if link.comparability == .same, let from = link.from {
        if link.to.count > 1 {
          report(
            .inconsistentCrosswalk, comparabilityPath,
            "\(from) delas på \(link.to.count) motsvarigheter och är då inte \"same\"; använd \"revised\"",
            "\(from) is split over \(link.to.count) counterparts and so is not \"same\"; use \"revised\""
          )
        } else if let to = link.to.first, let fromMax = earlier.maxPoints(of: from),
          let toMax = later.maxPoints(of: to),
          abs(fromMax - toMax) > 1e-9
        {
          report(
            .inconsistentCrosswalk, comparabilityPath,
            "\(from) har maxpoängen \(fromMax.formattedPoints) men \(to) \(toMax.formattedPoints), så de är inte \"same\"; använd \"revised\"",
            "\(from) has the maximum \(fromMax.formattedPoints) but \(to) \(toMax.formattedPoints), so they are not \"same\"; use \"revised\""
          )
        }
      }
    case .new:
      if let from = link.from {
        report(
          .inconsistentCrosswalk, path.appending("from"),
          "en länk med \"new\" har ingen föregångare; ta bort \"from\": \"\(from)\" eller välj en annan nivå",
          "a link marked \"new\" has no predecessor; remove \"from\": \"\(from)\" or choose another level"
        )
      }
      if link.to.isEmpty {
        report(
          .inconsistentCrosswalk, path.appending("to"),
          "en länk med \"new\" ska ange de nya id:na i \"to\"",
          "a link marked \"new\" must give the new ids in \"to\"")
      }
    case .removed:
      if link.from == nil {
        report(
          .missingKey, path.appending("from"),
          "en länk med \"removed\" behöver \"from\", id:t i \(earlier.id) som tagits bort",
          "a link marked \"removed\" needs \"from\", the id in \(earlier.id) that was removed")
      }
      if !link.to.isEmpty {
        report(
          .inconsistentCrosswalk, path.appending("to"),
          "en länk med \"removed\" har ingen motsvarighet; ta bort id:na i \"to\" eller välj \"revised\"",
          "a link marked \"removed\" has no counterpart; remove the ids in \"to\" or choose \"revised\""
        )
      }
    }
  }
}

/// Whether an id names an area or a sub-area of a rubric.
package enum RubricLevel: Hashable, Sendable {
  case area
  case subArea

  /// The level's name with its article, for messages.
  var name: (sv: String, en: String) {
    switch self {
    case .area: ("ett område", "an area")
    case .subArea: ("ett delområde", "a sub-area")
    }
  }
}

extension Rubric {
  /// Whether `id` is an area or a sub-area of the rubric; `nil` when it is neither.
  package func level(of id: String) -> RubricLevel? {
    if area(id: id) != nil { return .area }
    if subArea(id: id) != nil { return .subArea }
    return nil
  }

  /// The maximum of the area or sub-area `id`.
  package func maxPoints(of id: String) -> Double? {
    area(id: id)?.maxPoints ?? subArea(id: id)?.subArea.maxPoints
  }

  /// The title of the area or sub-area `id`.
  package func title(of id: String) -> LocalizedText? {
    area(id: id)?.title ?? subArea(id: id)?.subArea.title
  }

  /// The position of an id in the rubric's order (areas, each followed by its sub-areas).
  package func order(of id: String) -> Int {
    var position = 0
    for area in areas {
      if area.id == id { return position }
      position += 1
      for subArea in area.subAreas {
        if subArea.id == id { return position }
        position += 1
      }
    }
    return position
  }
}
