import Foundation

/// Reads typed values out of a ``JSONValue`` tree and collects a ``Problem`` for everything that does
/// not fit, so a loader can report all problems of a file at once instead of stopping at the first.
package struct DocumentReader {
  /// The file being read, as named in problems.
  package let file: String?
  /// The problems found so far, in the order they were found.
  package private(set) var problems: [Problem] = []
  /// Ids of areas and sub-areas that are in the file but could not be read completely. Checks
  /// against the rubric must not also call them missing.
  package var partiallyReadIDs: Set<String> = []
  /// How many sub-areas could not be read far enough to know their id.
  package var unidentifiedSubAreas = 0

  package init(file: String?) {
    self.file = file
  }

  /// Records a problem.
  package mutating func report(
    _ kind: Problem.Kind,
    at path: JSONPath,
    _ location: TextLocation?,
    severity: Problem.Severity = .error,
    sv: String,
    en: String
  ) {
    problems.append(
      Problem(
        file: file, path: path, location: location, kind: kind, severity: severity,
        message: LocalizedText(sv: sv, en: en)))
  }

  // MARK: - Objects and keys

  /// The value as an object, or `nil` (with a problem) when it is something else.
  package mutating func object(_ value: JSONValue, at path: JSONPath) -> JSONObject? {
    guard case .object(let members) = value.content else {
      reportWrongType(value, at: path, expected: ("ett objekt { … }", "an object { … }"))
      return nil
    }
    return JSONObject(path: path, location: value.location, members: members)
  }

  /// Reports every key of the object that is not among the allowed ones, suggesting the closest match.
  package mutating func rejectUnknownKeys(in object: JSONObject, allowed: [String]) {
    for member in object.members where !allowed.contains(member.key) {
      let path = object.path.appending(member.key)
      if let suggestion = Self.closestKey(to: member.key, among: allowed) {
        report(
          .unknownKey, at: path, member.keyLocation,
          sv: "okänd nyckel \"\(member.key)\"; menade du \"\(suggestion)\"?",
          en: "unknown key \"\(member.key)\"; did you mean \"\(suggestion)\"?")
      } else {
        let list = allowed.filter { !$0.hasPrefix("$") }.map { "\"\($0)\"" }.joined(separator: ", ")
        report(
          .unknownKey, at: path, member.keyLocation,
          sv: "okänd nyckel \"\(member.key)\"; tillåtna nycklar här är \(list)",
          en: "unknown key \"\(member.key)\"; the keys allowed here are \(list)")
      }
    }
  }

  /// Reports a required key that is missing; returns its value otherwise.
  package mutating func required(_ key: String, in object: JSONObject) -> JSONValue? {
    guard let value = object[key] else {
      report(
        .missingKey, at: object.path.appending(key), object.location,
        sv: "nyckeln \"\(key)\" saknas",
        en: "the key \"\(key)\" is missing")
      return nil
    }
    return value
  }

  // MARK: - Scalars

  /// A non-empty text under `key`. Missing optional keys and explicit `null` give `nil` without a problem.
  package mutating func string(
    _ key: String, in object: JSONObject, required isRequired: Bool = true
  ) -> String? {
    guard let value = isRequired ? required(key, in: object) : object[key] else { return nil }
    return string(value, at: object.path.appending(key), allowNull: !isRequired)
  }

  /// The value as a non-empty text (surrounding white space removed), in Unicode normalization form
  /// C, so that "Umeå" typed with a combining ring (NFD, as some systems save it) is the same text,
  /// byte for byte, as "Umeå" with a precomposed å wherever it is compared, written or displayed.
  package mutating func string(_ value: JSONValue, at path: JSONPath, allowNull: Bool = false)
    -> String?
  {
    switch value.content {
    case .string(let text):
      let trimmed = text.trimmingWhitespace
      if trimmed.isEmpty {
        report(.emptyValue, at: path, value.location, sv: "texten är tom", en: "the text is empty")
        return nil
      }
      return trimmed.precomposed
    case .null where allowNull:
      return nil
    default:
      reportWrongType(
        value, at: path, expected: ("en text inom \"citattecken\"", "a text in \"quotes\""))
      return nil
    }
  }

  /// A finite number under `key`.
  package mutating func number(
    _ key: String, in object: JSONObject, required isRequired: Bool = true
  ) -> Double? {
    guard let value = isRequired ? required(key, in: object) : object[key] else { return nil }
    return number(value, at: object.path.appending(key))
  }

  /// The value as a finite number.
  package mutating func number(_ value: JSONValue, at path: JSONPath) -> Double? {
    guard case .number(let number, let literal) = value.content else {
      reportWrongType(value, at: path, expected: ("ett tal", "a number"))
      return nil
    }
    guard number.isFinite else {
      report(
        .notFinite, at: path, value.location,
        sv: "talet \(literal) är för stort för att räknas med",
        en: "the number \(literal) is too large to calculate with")
      return nil
    }
    return number
  }

  /// A whole number under `key`; an optional one may be `null`.
  package mutating func integer(
    _ key: String, in object: JSONObject, required isRequired: Bool = true
  ) -> Int? {
    guard let value = isRequired ? required(key, in: object) : object[key] else { return nil }
    if !isRequired, value.content == .null { return nil }
    let path = object.path.appending(key)
    guard let number = number(value, at: path) else { return nil }
    guard number.rounded() == number, abs(number) < 1e15 else {
      report(
        .wrongType, at: path, value.location,
        sv: "ska vara ett heltal, men här står \(value.kindDescription.sv)",
        en: "must be a whole number, but this is \(value.kindDescription.en)")
      return nil
    }
    return Int(number)
  }

  // MARK: - Lists

  /// The elements of a list under `key` with their paths; a missing optional list is empty.
  package mutating func array(
    _ key: String, in object: JSONObject, required isRequired: Bool = false
  ) -> [(value: JSONValue, path: JSONPath)] {
    guard let value = isRequired ? required(key, in: object) : object[key] else { return [] }
    let path = object.path.appending(key)
    switch value.content {
    case .array(let elements):
      return elements.enumerated().map {
        (value: $0.element, path: path.appending(index: $0.offset))
      }
    case .null where !isRequired:
      return []
    default:
      reportWrongType(value, at: path, expected: ("en lista [ … ]", "a list [ … ]"))
      return []
    }
  }

  /// A list of non-empty texts under `key`; a missing list is empty.
  package mutating func strings(_ key: String, in object: JSONObject) -> [String] {
    array(key, in: object).compactMap { string($0.value, at: $0.path) }
  }

  /// A ``LocalizedText``: an object with `sv` (required) and `en`, or a plain text taken as Swedish.
  package mutating func localizedText(_ key: String, in object: JSONObject) -> LocalizedText? {
    guard let value = required(key, in: object) else { return nil }
    let path = object.path.appending(key)
    if case .string = value.content {
      return string(value, at: path).map { LocalizedText(sv: $0) }
    }
    guard case .object = value.content, let text = self.object(value, at: path) else {
      reportWrongType(
        value, at: path,
        expected: (
          "en text eller ett objekt med \"sv\" och \"en\"",
          "a text or an object with \"sv\" and \"en\""
        ))
      return nil
    }
    rejectUnknownKeys(in: text, allowed: ["sv", "en"])
    let swedish = string("sv", in: text)
    let english = string("en", in: text, required: false)
    return swedish.map { LocalizedText(sv: $0, en: english) }
  }

  // MARK: - Helpers

  package mutating func reportWrongType(
    _ value: JSONValue, at path: JSONPath, expected: (sv: String, en: String)
  ) {
    var hint: (sv: String, en: String) = ("", "")
    if case .string(let text) = value.content, expected.en == "a number" {
      let candidate = text.trimmingWhitespace.replacingOccurrences(of: ",", with: ".")
      if Double(candidate) != nil && !Self.isJSONNumber(candidate) {
        // "NaN", "Infinity", "inf", "0x10": Swift reads them, JSON has no such numbers, so the
        // hint must not suggest writing them without quotes.
        hint =
          path.components.last == .key("points")
          ? (
            "; poäng ska vara ett tal mellan 0 och delområdets maxpoäng, till exempel 12.5",
            "; points must be a number between 0 and the maximum in the rubric, for example 12.5"
          )
          : ("; skriv ett tal, till exempel 12.5", "; write a number, for example 12.5")
      } else if Double(candidate) != nil {
        hint =
          text.contains(",")
          ? (
            "; skriv talet utan citattecken och med decimalpunkt: \(candidate)",
            "; write the number without quotes and with a decimal point: \(candidate)"
          )
          : (
            "; skriv talet utan citattecken: \(candidate)",
            "; write the number without quotes: \(candidate)"
          )
      }
    }
    report(
      .wrongType, at: path, value.location,
      sv: "ska vara \(expected.sv), men här står \(value.kindDescription.sv)\(hint.sv)",
      en: "must be \(expected.en), but this is \(value.kindDescription.en)\(hint.en)")
  }

  /// Whether the text is a number as JSON writes one: an optional minus, digits without leading
  /// zeros, optional decimals and an optional exponent.
  static func isJSONNumber(_ text: String) -> Bool {
    var bytes = Array(text.utf8)[...]
    func digits() -> Int {
      let count = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
      bytes.removeFirst(count)
      return count
    }
    if bytes.first == UInt8(ascii: "-") { bytes.removeFirst() }
    let leadingZero = bytes.first == UInt8(ascii: "0")
    let whole = digits()
    guard whole > 0, !(leadingZero && whole > 1) else { return false }
    if bytes.first == UInt8(ascii: ".") {
      bytes.removeFirst()
      guard digits() > 0 else { return false }
    }
    if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
      bytes.removeFirst()
      if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") {
        bytes.removeFirst()
      }
      guard digits() > 0 else { return false }
    }
    return bytes.isEmpty
  }

  /// The allowed key closest to a misspelled one, if it is close enough to be a likely typo.
  static func closestKey(to key: String, among allowed: [String]) -> String? {
    let lowered = key.lowercased()
    if let sameLetters = allowed.first(where: { $0.lowercased() == lowered }) { return sameLetters }
    let scored = allowed.map { ($0, editDistance(lowered, $0.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    return best.1 <= max(1, min(3, key.count / 3)) ? best.0 : nil
  }

  /// The Levenshtein distance between two texts.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}

extension String {
  /// The text without white space and line breaks at either end.
  package var trimmingWhitespace: String {
    // Fast path: text that starts and ends with a visible ASCII character has nothing to trim.
    if let first = utf8.first, let last = utf8.last, (0x21..<0x7F).contains(first),
      (0x21..<0x7F).contains(last)
    {
      return self
    }
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }
}
