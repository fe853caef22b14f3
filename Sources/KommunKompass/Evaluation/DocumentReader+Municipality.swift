extension DocumentReader {
  /// A municipality object `{ "name": …, "code": … }` under `key`, with an optional
  /// `"fictitious": true` for a made-up municipality: the one reading of a municipality for every
  /// kind of file, so each reports the same problems in the same words.
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
    var isFictitious = false
    if let value = inner["fictitious"] {
      if case .bool(let flag) = value.content {
        isFictitious = flag
      } else {
        reportWrongType(
          value, at: path.appending("fictitious"),
          expected: ("true eller false (utan citattecken)", "true or false (without quotes)"))
      }
    }
    guard let name, let code else { return nil }
    return Municipality(name: name, code: code, isFictitious: isFictitious)
  }
}
