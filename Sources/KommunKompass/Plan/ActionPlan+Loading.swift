import Foundation

extension ActionPlan {
  /// Loads an action plan file and checks it against its rubric.
  ///
  /// - Parameters:
  ///   - url: The file to read. It is only read, never changed.
  ///   - displayName: How the file is named in problems; the path by default.
  ///   - catalog: The rubrics the plan may name; the bundled ones by default.
  /// - Returns: The plan when it has no errors, and every problem found.
  public static func load(
    contentsOf url: URL, displayName: String? = nil, catalog: RubricCatalog = .bundled
  )
    -> Checked<ActionPlan>
  {
    DataFileLoader.load(contentsOf: url, displayName: displayName) { bytes, name in
      load(bytes: bytes, file: name, catalog: catalog)
    }
  }

  /// Loads an action plan from the bytes of a JSON file and checks it against its rubric.
  public static func load(bytes: [UInt8], file: String?, catalog: RubricCatalog = .bundled)
    -> Checked<ActionPlan>
  {
    DataFileLoader.load(bytes: bytes, file: file) { reader, root in
      reader.readActionPlan(root)
    } check: { plan, check in
      check.validate(againstRubric: plan.rubricID, in: catalog, plan.validationProblems(against:))
    }
  }

  /// Checks the plan against its rubric: unique action ids, known target ids, expected effects
  /// only for targeted sub-areas and within 0 to the maximum, a due date not before the start, and
  /// links to known areas and sub-areas.
  ///
  /// - Returns: The problems found, with JSON paths into the plan file; empty when valid.
  public func validationProblems(against rubric: Rubric) -> [Problem] {
    var problems: [Problem] = []
    func report(_ kind: Problem.Kind, _ path: JSONPath, sv: String, en: String) {
      problems.append(Problem(path: path, kind: kind, message: LocalizedText(sv: sv, en: en)))
    }
    func unknown(_ id: String, _ path: JSONPath) {
      report(
        .unknownID, path, sv: "\"\(id)\" är inget område eller delområde i versionen \(rubric.id)",
        en: "\"\(id)\" is no area or sub-area of the rubric \(rubric.id)")
    }
    var seen: [String: JSONPath] = [:]
    for (index, action) in actions.enumerated() {
      let path = JSONPath.root.appending("actions").appending(index: index)
      if let earlier = seen[action.id] {
        report(
          .duplicateID, path.appending("id"), sv: "åtgärden \(action.id) finns redan på \(earlier)",
          en: "the action \(action.id) is already at \(earlier)")
      }
      seen[action.id] = path
      if action.targets.isEmpty {
        report(
          .emptyValue, path.appending("targets"),
          sv: "åtgärden \(action.id) siktar inte på något delområde",
          en: "the action \(action.id) targets no sub-area")
      }
      for (targetIndex, target) in action.targets.enumerated()
      where rubric.area(id: target) == nil && rubric.subArea(id: target) == nil {
        unknown(target, path.appending("targets").appending(index: targetIndex))
      }
      if let start = action.start, let due = action.due, due.lastDay < start.firstDay {
        report(
          .dueBeforeStart, path.appending("due"),
          sv: "slutdatumet \(due) ligger före starten \(start)",
          en: "the due date \(due) is before the start \(start)")
      }
      let targeted = Set(action.targetedSubAreaIDs(in: rubric))
      for (effectIndex, effect) in action.expectedEffects.enumerated() {
        let effectPath = path.appending("expectedEffects").appending(index: effectIndex)
        guard let (_, subArea) = rubric.subArea(id: effect.subAreaID) else {
          unknown(effect.subAreaID, effectPath.appending("subArea"))
          continue
        }
        if !targeted.contains(effect.subAreaID) {
          report(
            .invalidValue, effectPath.appending("subArea"),
            sv:
              "åtgärden \(action.id) siktar inte på delområde \(effect.subAreaID); lägg till det i \"targets\"",
            en:
              "the action \(action.id) does not target sub-area \(effect.subAreaID); add it to \"targets\""
          )
        }
        if effect.points < 0 || effect.points > subArea.maxPoints {
          report(
            .outOfRange, effectPath.appending("points"),
            sv:
              "delområde \(effect.subAreaID): målet \(effect.points.formattedPoints(in: .swedish)) ligger utanför 0–\(subArea.maxPoints.formattedPoints(in: .swedish))",
            en:
              "sub-area \(effect.subAreaID): the target \(effect.points.formattedPoints) is outside 0–\(subArea.maxPoints.formattedPoints)"
          )
        }
      }
      for (linkIndex, link) in action.answers.enumerated() {
        let linkPath = path.appending("answers").appending(index: linkIndex)
        if let area = link.areaID, rubric.area(id: area) == nil {
          unknown(area, linkPath.appending("area"))
        }
        if let subArea = link.subAreaID, rubric.subArea(id: subArea) == nil {
          unknown(subArea, linkPath.appending("subArea"))
        }
      }
    }
    return problems
  }
}

extension DocumentReader {
  /// Reads an action plan document, reporting every structural problem.
  mutating func readActionPlan(_ root: JSONValue) -> ActionPlan? {
    guard let object = object(root, at: .root) else { return nil }
    guard
      let formatVersion = readFormatVersion(
        in: object, supported: ActionPlan.supportedFormatVersion)
    else {
      return nil
    }
    rejectUnknownKeys(
      in: object,
      allowed: [
        "$schema", "formatVersion", "rubric", "municipality", "title", "evaluation", "actions",
      ])
    let rubricID = string("rubric", in: object)
    let municipality = municipality("municipality", in: object)
    let title = string("title", in: object, required: false)
    let evaluation = baselineReference("evaluation", in: object)
    var complete = true
    let actions = array("actions", in: object, required: true).compactMap {
      element -> PlanAction? in
      let action = readPlanAction(element.value, at: element.path)
      if action == nil { complete = false }
      return action
    }
    guard let rubricID, let municipality, let evaluation, complete else { return nil }
    return ActionPlan(
      formatVersion: formatVersion, rubricID: rubricID, municipality: municipality, title: title,
      evaluation: evaluation, actions: actions)
  }

  private mutating func readPlanAction(_ value: JSONValue, at path: JSONPath) -> PlanAction? {
    guard let object = object(value, at: path) else { return nil }
    rejectUnknownKeys(
      in: object,
      allowed: [
        "id", "title", "description", "targets", "owner", "start", "due", "status", "statusDate",
        "statusNote",
        "expectedEffects", "answers",
      ])
    let id = string("id", in: object)
    let title = string("title", in: object)
    let description = string("description", in: object, required: false)
    let targets = strings("targets", in: object)
    let owner = string("owner", in: object, required: false)
    let start = optionalDate("start", in: object)
    let due = optionalDate("due", in: object)
    let status = choice("status", in: object, as: ActionStatus.self)
    let statusDate = optionalDate("statusDate", in: object)
    let statusNote = string("statusNote", in: object, required: false)
    var complete = true
    let effects = array("expectedEffects", in: object).compactMap { element -> ExpectedEffect? in
      guard let effect = self.object(element.value, at: element.path) else {
        complete = false
        return nil
      }
      rejectUnknownKeys(in: effect, allowed: ["subArea", "points"])
      guard let subArea = string("subArea", in: effect), let points = number("points", in: effect)
      else {
        complete = false
        return nil
      }
      return ExpectedEffect(subAreaID: subArea, points: points)
    }
    let answers = array("answers", in: object).compactMap { element -> ActionLink? in
      guard let link = self.object(element.value, at: element.path) else {
        complete = false
        return nil
      }
      rejectUnknownKeys(in: link, allowed: ["area", "improvement", "subArea", "finding"])
      let result = ActionLink(
        areaID: string("area", in: link, required: false),
        improvement: integer("improvement", in: link, required: false),
        subAreaID: string("subArea", in: link, required: false),
        finding: integer("finding", in: link, required: false))
      if (result.improvement == nil) == (result.finding == nil) {
        report(
          .missingKey, at: element.path, element.value.location,
          sv: "ange antingen \"area\" och \"improvement\" eller \"subArea\" och \"finding\"",
          en: "give either \"area\" and \"improvement\" or \"subArea\" and \"finding\"")
        complete = false
        return nil
      }
      return result
    }
    guard let id, let title, let status, complete else { return nil }
    return PlanAction(
      id: id, title: title, description: description, targets: targets, owner: owner, start: start,
      due: due,
      status: status, statusDate: statusDate, statusNote: statusNote, expectedEffects: effects,
      answers: answers)
  }

  /// An optional date that may be `null` (as in a scaffolded plan not yet filled in).
  private mutating func optionalDate(_ key: String, in object: JSONObject) -> CalendarDate? {
    guard let value = object[key], value.content != .null else { return nil }
    return calendarDate(key, in: object, required: false)
  }
}
