extension DataFileLoader.Check {
  /// Checks that the file's `rubric` names a known rubric and, when the file has no errors so far,
  /// adds the problems `validate` finds against that rubric.
  package mutating func validate(
    againstRubric id: String, in catalog: RubricCatalog, _ validate: (Rubric) -> [Problem]
  ) {
    let path = JSONPath.root.appending("rubric")
    let rubric = reader.knownRubric(id, at: path, location: location(of: path), in: catalog)
    if let rubric, !hasErrors {
      add(validate(rubric))
    }
  }
}
