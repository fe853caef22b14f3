extension DocumentReader {
  /// A text under `key` that must be one of an enumeration's raw values, listing the allowed ones
  /// otherwise. A missing optional key gives `nil` without a problem.
  package mutating func choice<Choice: RawRepresentable & CaseIterable>(
    _ key: String, in object: JSONObject, as type: Choice.Type, required isRequired: Bool = true
  ) -> Choice? where Choice.RawValue == String {
    guard isRequired || object.contains(key),
      let text = string(key, in: object, required: isRequired)
    else {
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
  package mutating func calendarDate(
    _ key: String, in object: JSONObject, required isRequired: Bool = true
  )
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

  /// A municipality object `{ "name": …, "code": … }` under `key`: the one reading of a municipality
  /// for every kind of file, so each reports the same problems in the same words.
  package mutating func municipality(
    _ key: String, in object: JSONObject, required isRequired: Bool = true
  )
    -> Municipality?
  {
    guard let value = isRequired ? required(key, in: object) : object[key] else { return nil }
    let path = object.path.appending(key)
    guard let inner = self.object(value, at: path) else { return nil }
    rejectUnknownKeys(in: inner, allowed: EvaluationFileKey.Municipality.names)
    let name = string("name", in: inner)
    var code: MunicipalityCode?
    if let codeValue = required("code", in: inner) {
      let codePath = path.appending("code")
      switch codeValue.content {
      case .string(let text):
        if let problem = MunicipalityCode.problem(with: text) {
          report(
            .invalidMunicipalityCode, at: codePath, codeValue.location,
            sv: problem.swedish, en: problem.english ?? problem.swedish)
        } else {
          code = MunicipalityCode(rawValue: text)
        }
      case .number(_, let literal):
        report(
          .wrongType, at: codePath, codeValue.location,
          sv:
            "kommunkoden ska skrivas inom citattecken, \"\(literal)\", eftersom den kan börja med 0 (som \"0114\")",
          en:
            "write the municipality code in quotes, \"\(literal)\", since it can start with 0 (like \"0114\")"
        )
      default:
        reportWrongType(
          codeValue, at: codePath,
          expected: ("en text inom \"citattecken\"", "a text in \"quotes\""))
      }
    }
    guard let name, let code else { return nil }
    return Municipality(name: name, code: code)
  }

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
      sv: "rubriken \"\(id)\" finns inte; kända rubriker: \(known)",
      en: "there is no rubric \"\(id)\"; known rubrics: \(known)")
    return nil
  }
}
