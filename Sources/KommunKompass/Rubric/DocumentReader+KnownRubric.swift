extension DocumentReader {
  /// Reports a rubric id that the catalog does not know, listing the known ones; returns the rubric.
  package mutating func knownRubric(
    _ id: String, at path: JSONPath, location: TextLocation?, in catalog: RubricCatalog
  )
    -> Rubric?
  {
    if let rubric = catalog.rubric(id: id) { return rubric }
    let known = catalog.ids.map { "\"\($0)\"" }.joined(separator: ", ")
    report(
      .unknownRubric, at: path, location,
      sv: "det finns ingen version \"\(id)\" av Kommunkompassen; kända versioner: \(known)",
      en: "there is no rubric \"\(id)\"; known rubrics: \(known)")
    return nil
  }
}
