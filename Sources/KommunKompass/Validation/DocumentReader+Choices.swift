extension DocumentReader {
  /// A text under `key` that must be one of an enumeration's raw values, listing the allowed ones
  /// otherwise. A missing optional key gives `nil` without a problem.
  package mutating func choice<Choice: RawRepresentable & CaseIterable>(
    _ key: String, in object: JSONObject, as type: Choice.Type, required isRequired: Bool = true
  ) -> Choice? where Choice.RawValue == String {
    guard isRequired || object.contains(key), let text = string(key, in: object, required: isRequired) else {
      return nil
    }
    if let choice = Choice(rawValue: text) { return choice }
    let allowed = Choice.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
    report(
      .invalidValue, at: object.path.appending(key), object[key]?.location,
      sv: "\"\(text.truncatedForMessage)\" är inget tillåtet värde; välj ett av \(allowed)",
      en: "\"\(text.truncatedForMessage)\" is not an allowed value; choose one of \(allowed)")
    return nil
  }

  /// A date (`YYYY-MM-DD` or `YYYY-MM`) under `key`, reporting an impossible or badly written one.
  package mutating func calendarDate(_ key: String, in object: JSONObject, required isRequired: Bool = true)
    -> CalendarDate?
  {
    guard let text = string(key, in: object, required: isRequired) else { return nil }
    if let problem = CalendarDate.problem(with: text) {
      report(
        .invalidDate, at: object.path.appending(key), object[key]?.location,
        sv: problem.swedish, en: problem.english ?? problem.swedish)
      return nil
    }
    return CalendarDate(text)
  }

  /// A municipality object `{ "name": …, "code": … }` under `key`.
  package mutating func municipality(_ key: String, in object: JSONObject, required isRequired: Bool = true)
    -> Municipality?
  {
    guard let value = isRequired ? required(key, in: object) : object[key] else { return nil }
    let path = object.path.appending(key)
    guard let inner = self.object(value, at: path) else { return nil }
    rejectUnknownKeys(in: inner, allowed: ["name", "code"])
    let name = string("name", in: inner)
    guard let codeText = string("code", in: inner) else { return nil }
    if let problem = MunicipalityCode.problem(with: codeText) {
      report(
        .invalidMunicipalityCode, at: path.appending("code"), inner["code"]?.location,
        sv: problem.swedish, en: problem.english ?? problem.swedish)
      return nil
    }
    guard let name, let code = MunicipalityCode(rawValue: codeText) else { return nil }
    return Municipality(name: name, code: code)
  }

  /// Reports a rubric id that the catalog does not know, listing the known ones; returns the rubric.
  package mutating func knownRubric(_ id: String, at path: JSONPath, location: TextLocation?, in catalog: RubricCatalog)
    -> Rubric?
  {
    if let rubric = catalog.rubric(id: id) { return rubric }
    let known = catalog.ids.map { "\"\($0)\"" }.joined(separator: ", ")
    report(
      .unknownRubric, at: path, location,
      sv: "rubriken \"\(id)\" finns inte; kända rubriker: \(known)",
      en: "there is no rubric \"\(id)\"; known rubrics: \(known)")
    return nil
  }
}
