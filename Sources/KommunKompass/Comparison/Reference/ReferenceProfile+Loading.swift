import Foundation

extension ReferenceProfile {
  /// Loads a reference profile file and checks it against its rubric.
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
  ) -> Checked<ReferenceProfile> {
    DataFileLoader.load(contentsOf: url, displayName: displayName) { bytes, name in
      load(bytes: bytes, file: name, catalog: catalog)
    }
  }

  /// Loads a reference profile from the bytes of a JSON file and checks it against its rubric.
  ///
  /// - Parameters:
  ///   - bytes: UTF-8 JSON text.
  ///   - file: How the file is named in problems.
  ///   - catalog: The rubrics the profile may name.
  /// - Returns: The profile when it has no errors, and every problem found.
  public static func load(bytes: [UInt8], file: String?, catalog: RubricCatalog = .bundled)
    -> Checked<ReferenceProfile>
  {
    DataFileLoader.load(bytes: bytes, file: file) { reader, root in
      reader.readReferenceProfile(root)
    } check: { profile, check in
      check.validate(
        againstRubric: profile.rubricID, in: catalog, profile.validationProblems(against:))
    }
  }

  /// Checks the profile against its rubric: known area ids, each at most once, points from 0 to the
  /// area's maximum, a total from 0 to the rubric's maximum that agrees with the sum of the areas as an
  /// evaluation's `publishedTotal` must (a note or a warning otherwise). Areas left out are warnings.
  ///
  /// - Returns: The problems found, with JSON paths into the profile file; empty when valid.
  public func validationProblems(against rubric: Rubric) -> [Problem] {
    var problems: [Problem] = []
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
        let isSubArea = rubric.subArea(id: area.id) != nil
        problems.append(
          Problem(
            path: path.appending("id"), kind: .unknownID,
            message: isSubArea
              ? LocalizedText(
                sv:
                  "\"\(area.id)\" är ett delområde i versionen \(rubric.id), men en referensprofil har bara områden: \(rubric.areaIDList)",
                en:
                  "\"\(area.id)\" is a sub-area of the rubric \(rubric.id), but a reference profile has areas only: \(rubric.areaIDList)"
              )
              : rubric.unknownAreaProblem(area.id, at: path.appending("id")).message))
        continue
      }
      if area.points < 0 || area.points > rubricArea.maxPoints {
        problems.append(
          Problem(
            path: path.appending("points"), kind: .outOfRange,
            message: LocalizedText(
              sv:
                "område \(area.id): poängen \(area.points.formattedPoints(in: .swedish)) ligger utanför 0–\(rubricArea.maxPoints.formattedPoints(in: .swedish))",
              en:
                "area \(area.id): the points \(area.points.formattedPoints) are outside 0–\(rubricArea.maxPoints.formattedPoints)"
            )))
      }
    }
    for area in rubric.areas where seen[area.id] == nil {
      problems.append(
        Problem(
          path: areasPath, kind: .missingID, severity: .warning,
          message: LocalizedText(
            sv: "område \(area.id) (\(area.title.swedish)) saknas och får inget referensvärde",
            en:
              "area \(area.id) (\(area.title.text(in: .english))) is missing and gets no reference value"
          )))
    }
    if let total, total < 0 || total > rubric.maxPoints {
      problems.append(
        Problem(
          path: JSONPath.root.appending("total"), kind: .outOfRange,
          message: LocalizedText(
            sv:
              "totalen \(total.formattedPoints(in: .swedish)) ligger utanför 0–\(rubric.maxPoints.formattedPoints(in: .swedish))",
            en:
              "the total \(total.formattedPoints) is outside 0–\(rubric.maxPoints.formattedPoints)")
        ))
    } else if let total, !problems.containsErrors {
      problems += totalAgreementProblems(total, against: rubric)
    }
    return problems
  }

  /// A published `total` compared with the sum of the areas, by the rule of an evaluation's
  /// `publishedTotal` (a note when rounding can explain a difference, a warning when it cannot);
  /// only when every area of the rubric has points.
  private func totalAgreementProblems(_ total: Double, against rubric: Rubric) -> [Problem] {
    let values = rubric.areas.compactMap { points(ofArea: $0.id) }
    guard values.count == rubric.areas.count else { return [] }
    var agreement = PublishedTotalAgreement()
    for value in values { agreement.add(value) }
    return agreement.problem(
      about: total, at: JSONPath.root.appending("total"),
      figures: ("områdenas poäng", "the areas' points")
    ).map { [$0] } ?? []
  }
}

extension DocumentReader {
  /// Reads a reference profile document, reporting every structural problem.
  mutating func readReferenceProfile(_ root: JSONValue) -> ReferenceProfile? {
    guard let object = object(root, at: .root) else { return nil }
    guard
      let formatVersion = readFormatVersion(
        in: object, supported: ReferenceProfile.supportedFormatVersion)
    else {
      return nil
    }
    rejectUnknownKeys(
      in: object,
      allowed: [
        "$schema", "formatVersion", "id", "title", "rubric", "date", "source", "areas", "total",
      ])
    let id = string("id", in: object)
    let title = localizedText("title", in: object)
    let rubricID = string("rubric", in: object)
    let date = calendarDate("date", in: object, required: false)
    let source = string("source", in: object, required: false)
    var complete = true
    let areas = array("areas", in: object, required: true).compactMap {
      element -> ReferenceAreaPoints? in
      guard let area = self.object(element.value, at: element.path) else {
        complete = false
        return nil
      }
      rejectUnknownKeys(in: area, allowed: ["id", "points"])
      let id = string("id", in: area)
      let points = number("points", in: area)
      guard let id, let points else {
        complete = false
        return nil
      }
      return ReferenceAreaPoints(id: id, points: points)
    }
    let total = object.contains("total") ? number("total", in: object, required: false) : nil
    guard let id, let title, let rubricID, complete else { return nil }
    return ReferenceProfile(
      formatVersion: formatVersion, id: id, title: title, rubricID: rubricID, date: date,
      source: source, areas: areas,
      total: total)
  }
}
