import Foundation

extension TargetProfile {
  /// Loads a target profile file and checks it against its rubric.
  ///
  /// - Parameters:
  ///   - url: The file to read. It is only read, never changed.
  ///   - displayName: How the file is named in problems; the path by default.
  ///   - catalog: The rubrics the profile may name; the bundled ones by default.
  /// - Returns: The profile when it has no errors, and every problem found.
  public static func load(
    contentsOf url: URL,
    displayName: String? = nil,
    catalog: RubricCatalog = .bundled
  ) -> Checked<TargetProfile> {
    DataFileLoader.load(contentsOf: url, displayName: displayName) { bytes, name in
      load(bytes: bytes, file: name, catalog: catalog)
    }
  }

  /// Loads a target profile from the bytes of a JSON file and checks it against its rubric.
  ///
  /// - Parameters:
  ///   - bytes: UTF-8 JSON text.
  ///   - file: How the file is named in problems.
  ///   - catalog: The rubrics the profile may name.
  /// - Returns: The profile when it has no errors, and every problem found.
  public static func load(bytes: [UInt8], file: String?, catalog: RubricCatalog = .bundled)
    -> Checked<TargetProfile>
  {
    DataFileLoader.load(bytes: bytes, file: file) { reader, root in
      reader.readTargetProfile(root)
    } check: { profile, check in
      check.validate(
        againstRubric: profile.rubricID, in: catalog, profile.validationProblems(against:))
    }
  }

  /// Checks the profile against its rubric: known ids, each at most once, sub-areas under their own
  /// area, points from 0 to the maximum, and a target date after the baseline.
  ///
  /// - Returns: The problems found, with JSON paths into the profile file; empty when valid.
  public func validationProblems(against rubric: Rubric) -> [Problem] {
    var problems: [Problem] = []
    func report(_ kind: Problem.Kind, _ path: JSONPath, sv: String, en: String) {
      problems.append(Problem(path: path, kind: kind, message: LocalizedText(sv: sv, en: en)))
    }
    func checkPoints(
      _ points: Double, max: Double, _ noun: (sv: String, en: String), _ id: String,
      _ path: JSONPath
    ) {
      if points < 0 || points > max {
        report(
          .outOfRange, path,
          sv:
            "\(noun.sv) \(id): målet \(points.formattedPoints(in: .swedish)) ligger utanför 0–\(max.formattedPoints(in: .swedish))",
          en:
            "\(noun.en) \(id): the target \(points.formattedPoints) is outside 0–\(max.formattedPoints)"
        )
      }
    }
    if !(baseline.date < targetDate) || EvaluationComparer.couldBeSameDay(baseline.date, targetDate)
    {
      report(
        .invalidDate, JSONPath.root.appending("targetDate"),
        sv: "måldatumet \(targetDate) ska ligga efter utgångsläget \(baseline.date)",
        en: "the target date \(targetDate) must be after the baseline \(baseline.date)")
    }
    let areasPath = JSONPath.root.appending("areas")
    var seen: [String: JSONPath] = [:]
    for (index, area) in areas.enumerated() {
      let path = areasPath.appending(index: index)
      if let earlier = seen[area.id] {
        problems.append(
          Rubric.duplicateIDProblem(
            area.id, isArea: true, at: path.appending("id"), earlier: earlier))
        continue
      }
      seen[area.id] = path
      guard let rubricArea = rubric.area(id: area.id) else {
        problems.append(rubric.unknownAreaProblem(area.id, at: path.appending("id")))
        continue
      }
      checkPoints(
        area.points, max: rubricArea.maxPoints, ("område", "area"), area.id,
        path.appending("points"))
      for (subIndex, subArea) in area.subAreas.enumerated() {
        let subPath = path.appending("subAreas").appending(index: subIndex)
        if let earlier = seen[subArea.id] {
          problems.append(
            Rubric.duplicateIDProblem(
              subArea.id, isArea: false, at: subPath.appending("id"), earlier: earlier))
          continue
        }
        seen[subArea.id] = subPath
        guard let rubricSubArea = rubricArea.subAreas.first(where: { $0.id == subArea.id }) else {
          problems.append(
            rubric.subAreaIDProblem(subArea.id, under: rubricArea, at: subPath.appending("id")))
          continue
        }
        checkPoints(
          subArea.points, max: rubricSubArea.maxPoints, ("delområde", "sub-area"), subArea.id,
          subPath.appending("points"))
      }
    }
    if areas.isEmpty {
      report(
        .emptyValue, areasPath, sv: "målprofilen har inga mål",
        en: "the target profile has no targets")
    }
    return problems
  }
}

extension DocumentReader {
  /// Reads a target profile document, reporting every structural problem.
  mutating func readTargetProfile(_ root: JSONValue) -> TargetProfile? {
    guard let object = object(root, at: .root) else { return nil }
    guard
      let formatVersion = readFormatVersion(
        in: object, supported: TargetProfile.supportedFormatVersion)
    else {
      return nil
    }
    rejectUnknownKeys(
      in: object,
      allowed: [
        "$schema", "formatVersion", "rubric", "municipality", "title", "targetDate", "baseline",
        "areas",
      ])
    let rubricID = string("rubric", in: object)
    let municipality = municipality("municipality", in: object)
    let title = string("title", in: object, required: false)
    let targetDate = calendarDate("targetDate", in: object)
    let baseline = baselineReference("baseline", in: object)
    var complete = true
    let areas = array("areas", in: object, required: true).compactMap { element -> AreaTarget? in
      guard let area = self.object(element.value, at: element.path) else {
        complete = false
        return nil
      }
      rejectUnknownKeys(in: area, allowed: ["id", "points", "subAreas"])
      let id = string("id", in: area)
      let points = number("points", in: area)
      let subAreas = array("subAreas", in: area).compactMap { subElement -> SubAreaTarget? in
        guard let subArea = self.object(subElement.value, at: subElement.path) else {
          complete = false
          return nil
        }
        rejectUnknownKeys(in: subArea, allowed: ["id", "points"])
        let id = string("id", in: subArea)
        let points = number("points", in: subArea)
        guard let id, let points else {
          complete = false
          return nil
        }
        return SubAreaTarget(id: id, points: points)
      }
      guard let id, let points else {
        complete = false
        return nil
      }
      return AreaTarget(id: id, points: points, subAreas: subAreas)
    }
    guard let rubricID, let municipality, let targetDate, let baseline, complete else { return nil }
    return TargetProfile(
      formatVersion: formatVersion, rubricID: rubricID, municipality: municipality, title: title,
      targetDate: targetDate, baseline: baseline, areas: areas)
  }
}

extension DocumentReader {
  /// A reference to another evaluation file, `{ "date": …, "file": … }`, under `key`: a target
  /// profile's baseline, or the evaluation an action plan was made from.
  mutating func baselineReference(_ key: String, in object: JSONObject) -> BaselineReference? {
    guard let value = required(key, in: object),
      let inner = self.object(value, at: object.path.appending(key))
    else {
      return nil
    }
    rejectUnknownKeys(in: inner, allowed: BaselineReference.fileKeys)
    let date = calendarDate("date", in: inner)
    let file = string("file", in: inner, required: false)
    return date.map { BaselineReference(date: $0, file: file) }
  }
}
