extension DocumentReader {
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
}
