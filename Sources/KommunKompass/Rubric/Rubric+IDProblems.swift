extension Rubric {
  /// The area ids, comma-separated, for messages.
  package var areaIDList: String {
    areas.map(\.id).joined(separator: ", ")
  }

  /// The problem of an area id that is not in the rubric, at the path of the `id` key.
  package func unknownAreaProblem(_ id: String, at idPath: JSONPath) -> Problem {
    Problem(
      path: idPath, kind: .unknownID,
      message: LocalizedText(
        sv: "område \"\(id)\" finns inte i versionen \(self.id); dess områden är \(areaIDList)",
        en: "area \"\(id)\" is not in the rubric \(self.id); its areas are \(areaIDList)"))
  }

  /// The problem of a sub-area id written under an area it is not part of: it belongs to another
  /// area, or it is not in the rubric at all.
  package func subAreaIDProblem(_ id: String, under area: RubricArea, at idPath: JSONPath)
    -> Problem
  {
    if let owner = subArea(id: id)?.area {
      return Problem(
        path: idPath, kind: .misplacedID,
        message: LocalizedText(
          sv: "delområde \(id) hör till område \(owner.id), inte till område \(area.id)",
          en: "sub-area \(id) belongs to area \(owner.id), not to area \(area.id)"))
    }
    let known = area.subAreas.map(\.id).joined(separator: ", ")
    return Problem(
      path: idPath, kind: .unknownID,
      message: LocalizedText(
        sv:
          "delområde \"\(id)\" finns inte i versionen \(self.id); område \(area.id) har delområdena \(known.isEmpty ? "inga" : known)",
        en:
          "sub-area \"\(id)\" is not in the rubric \(self.id); area \(area.id) has the sub-areas \(known.isEmpty ? "none" : known)"
      ))
  }

  /// The problem of an area or sub-area id given a second time.
  package static func duplicateIDProblem(
    _ id: String, isArea: Bool, at idPath: JSONPath, earlier: JSONPath
  ) -> Problem {
    Problem(
      path: idPath, kind: .duplicateID,
      message: isArea
        ? LocalizedText(
          sv: "område \(id) förekommer två gånger (även vid \(earlier))",
          en: "area \(id) appears twice (also at \(earlier))")
        : LocalizedText(
          sv: "delområde \(id) förekommer två gånger (även vid \(earlier))",
          en: "sub-area \(id) appears twice (also at \(earlier))"))
  }
}
