extension Rubric {
  /// Checks that the rubric's numbers and ids hold together.
  ///
  /// A rubric is consistent when every maximum is positive, every area with sub-areas has a
  /// maximum equal to the sum of theirs, and no area or sub-area id is used twice.
  ///
  /// - Returns: The problems found, with JSON paths into the rubric file; empty when consistent.
  public func validationProblems() -> [Problem] {
    var problems: [Problem] = []
    func report(_ kind: Problem.Kind, _ path: JSONPath, sv: String, en: String) {
      problems.append(Problem(path: path, kind: kind, message: LocalizedText(sv: sv, en: en)))
    }
    let areasPath = JSONPath.root.appending("areas")
    if areas.isEmpty {
      report(
        .emptyValue, areasPath, sv: "versionen har inga områden", en: "the rubric has no areas")
    }
    var firstPathOfID: [String: JSONPath] = [:]
    func checkUnique(_ id: String, _ path: JSONPath) {
      let idPath = path.appending("id")
      if let earlier = firstPathOfID[id] {
        report(
          .duplicateID, idPath,
          sv: "id \"\(id)\" används redan vid \(earlier)",
          en: "the id \"\(id)\" is already used at \(earlier)")
      } else {
        firstPathOfID[id] = idPath
      }
    }
    for (areaIndex, area) in areas.enumerated() {
      let areaPath = areasPath.appending(index: areaIndex)
      checkUnique(area.id, areaPath)
      if !(area.maxPoints > 0) {
        report(
          .outOfRange, areaPath.appending("maxPoints"),
          sv:
            "område \(area.id): maxpoängen ska vara större än 0, inte \(area.maxPoints.formattedPoints(in: .swedish))",
          en:
            "area \(area.id): the maximum must be greater than 0, not \(area.maxPoints.formattedPoints)"
        )
      }
      for (subIndex, subArea) in area.subAreas.enumerated() {
        let subPath = areaPath.appending("subAreas").appending(index: subIndex)
        checkUnique(subArea.id, subPath)
        if !(subArea.maxPoints > 0) {
          report(
            .outOfRange, subPath.appending("maxPoints"),
            sv:
              "delområde \(subArea.id): maxpoängen ska vara större än 0, inte \(subArea.maxPoints.formattedPoints(in: .swedish))",
            en:
              "sub-area \(subArea.id): the maximum must be greater than 0, not \(subArea.maxPoints.formattedPoints)"
          )
        }
      }
      let sum = ExactArithmetic.sum(area.subAreas.map(\.maxPoints))
      if !area.subAreas.isEmpty, abs(sum - area.maxPoints) > 1e-9 {
        let parts = area.subAreas.map { "\($0.id): \($0.maxPoints.formattedPoints)" }.joined(
          separator: ", ")
        report(
          .inconsistentRubric, areaPath.appending("maxPoints"),
          sv:
            "område \(area.id) har maxpoängen \(area.maxPoints.formattedPoints(in: .swedish)), men delområdenas maxpoäng blir tillsammans \(sum.formattedPoints(in: .swedish)) (\(parts))",
          en:
            "area \(area.id) has the maximum \(area.maxPoints.formattedPoints), but its sub-areas' maxima add up to \(sum.formattedPoints) (\(parts))"
        )
      }
    }
    if !maxPoints.isFinite {
      report(
        .notFinite, areasPath,
        sv: "områdenas maxpoäng blir tillsammans för stora för att räknas med",
        en: "the areas' maxima add up to a number too large to calculate with")
    }
    return problems
  }
}

extension Double {
  /// The number as written in messages: without decimals when whole, otherwise as typed.
  package var formattedPoints: String {
    if isFinite, rounded() == self, abs(self) < 1e15 { return String(Int(self)) }
    return String(self)
  }
}
