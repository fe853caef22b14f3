extension MunicipalityRegister {
  /// Checks a file's municipality against the register.
  ///
  /// - A code that is not in use is an error that suggests the code of a municipality with the
  ///   file's name, or else the nearest codes.
  /// - A name that does not belong to the code is a warning naming the registered name. The forms
  ///   ``RegisteredMunicipality/isNamed(_:)`` accepts are not.
  /// - A former code (Heby's `1917`) in a file dated while it was in use is a warning that gives
  ///   today's code; in a later file it is an error.
  /// - A municipality marked fictitious is not checked.
  ///
  /// - Parameters:
  ///   - municipality: The municipality as the file names it.
  ///   - date: The file's date, when known, for former codes.
  ///   - path: The JSON path of the municipality object.
  /// - Returns: The problems, with paths to `code` or `name`; empty when the two agree.
  package func problems(
    for municipality: Municipality, date: CalendarDate?,
    at path: JSONPath = JSONPath.root.appending("municipality")
  ) -> [Problem] {
    guard !municipality.isFictitious else { return [] }
    let code = municipality.code
    let name = municipality.name
    let fictitiousHint = (
      sv:
        "; gäller filen en påhittad kommun (till exempel i test), skriv \"fictitious\": true i \"municipality\"",
      en:
        "; if the file is about a made-up municipality (in tests, say), write \"fictitious\": true in \"municipality\""
    )
    if let registered = self.municipality(code: code) {
      guard !registered.isNamed(name) else { return [] }
      var other = (sv: "", en: "")
      if let named = municipalities(named: name).first {
        other = (
          sv: "; \(named.formalName) har kommunkod \(named.code)",
          en: "; \(named.formalName) has municipality code \(named.code)"
        )
      }
      return [
        Problem(
          path: path.appending("name"), kind: .municipalityNameMismatch, severity: .warning,
          message: LocalizedText(
            sv:
              "namnet \"\(name.truncatedForMessage)\" hör inte till kommunkod \(code), som är \(registered.formalName) i SCB:s register\(other.sv); kontrollera namn och kod",
            en:
              "the name \"\(name.truncatedForMessage)\" does not belong to municipality code \(code), which is \(registered.formalName) in SCB's register\(other.en); check the name and the code"
          ))
      ]
    }
    if let change = codeChange(formerCode: code), let current = self.municipality(code: change.code)
    {
      let history = (
        sv:
          "\(change.formerCode) var \(current.name)s kommunkod till och med \(change.lastDay.year) (i \(change.formerCountyName)); sedan \(change.lastDay.year + 1) är koden \(current.code) (\(current.county.name))",
        en:
          "\(change.formerCode) was \(current.name)'s municipality code until \(change.lastDay.year) (in \(change.formerCountyName)); since \(change.lastDay.year + 1) the code is \(current.code) (\(current.county.name))"
      )
      if let date, !change.formerCodeWasInUse(on: date) {
        return [
          Problem(
            path: path.appending("code"), kind: .unknownMunicipality,
            message: LocalizedText(
              sv: "\(history.sv); en utvärdering från \(date) ska ha kod \(current.code)",
              en: "\(history.en); an evaluation of \(date) must have code \(current.code)"))
        ]
      }
      return [
        Problem(
          path: path.appending("code"), kind: .formerMunicipalityCode, severity: .note,
          message: LocalizedText(
            sv:
              "\(history.sv); koden stämmer för en utvärdering från den tiden, men jämförelser över tid matchar kommuner på kod",
            en:
              "\(history.en); the code is right for an evaluation of that time, but comparisons over time match municipalities by code"
          ))
      ]
    }
    let suggestion: (sv: String, en: String)
    if let named = municipalities(named: name).first {
      suggestion = (
        sv: "; \(named.formalName) har kod \(named.code)",
        en: "; \(named.formalName) has code \(named.code)"
      )
    } else {
      let nearest = nearestCodes(to: code.rawValue).map { "\($0.code) \($0.name)" }
        .joined(separator: ", ")
      suggestion = (
        sv: "; närmaste koder: \(nearest)\(fictitiousHint.sv)",
        en: "; the nearest codes: \(nearest)\(fictitiousHint.en)"
      )
    }
    return [
      Problem(
        path: path.appending("code"), kind: .unknownMunicipality,
        message: LocalizedText(
          sv:
            "kommunkoden \(code) finns inte bland SCB:s \(municipalities.count) kommunkoder\(suggestion.sv)",
          en:
            "the municipality code \(code) is not among SCB's \(municipalities.count) municipality codes\(suggestion.en)"
        ))
    ]
  }
}
