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
}
