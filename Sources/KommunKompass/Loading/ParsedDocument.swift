/// The first step of loading any data file: bytes checked as UTF-8 and parsed as JSON.
package struct ParsedDocument {
  /// The root value, or `nil` when the text could not be parsed.
  package var root: JSONValue?
  /// Encoding, syntax and duplicate-key problems.
  package var problems: [Problem] = []

  /// Parses the bytes of a file.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - file: The file's name as it should appear in problems.
  package init(bytes: [UInt8], file: String?) {
    if let invalid = Self.firstInvalidUTF8(in: bytes) {
      problems.append(
        Problem(
          file: file, path: .root, location: invalid, kind: .invalidEncoding,
          message: LocalizedText(
            sv:
              "filen är inte UTF-8-text (ogiltiga byte på rad \(invalid.line)); spara den som UTF-8 i textredigeraren",
            en:
              "the file is not UTF-8 text (invalid bytes on line \(invalid.line)); save it as UTF-8 in your editor"
          )))
      return
    }
    do {
      let parsed = try JSONParser.parse(bytes)
      root = parsed.value
      for duplicate in parsed.duplicateKeys {
        problems.append(
          Problem(
            file: file, path: duplicate.path, location: duplicate.location, kind: .duplicateKey,
            message: LocalizedText(
              sv:
                "nyckeln \"\(duplicate.key)\" förekommer två gånger i samma objekt; bara den första används",
              en:
                "the key \"\(duplicate.key)\" appears twice in the same object; only the first is used"
            )))
      }
    } catch {
      var message = error.message
      if let unquoted = error.unquotedMessage,
        !Self.looksLikeKompassData(bytes.prefix(error.offset))
      {
        message = LocalizedText(
          sv:
            "\(unquoted.swedish) (filen ser inte ut att vara en kompass-fil, så dess innehåll visas inte)",
          en:
            "\(unquoted.text(in: .english)) (the file does not look like a kompass file, so its contents are not shown)"
        )
      }
      message = LocalizedText(
        sv: "ogiltig JSON: \(message.swedish)", en: "invalid JSON: \(message.text(in: .english))")
      problems.append(
        Problem(file: file, path: .root, location: error.location, kind: .syntax, message: message))
    }
  }

  /// Keys that only kompass data files have at their top level; a file is taken for kompass data
  /// when the text before its first syntax error names one of them.
  static let kompassKeys: [[UInt8]] = [
    "formatVersion", "rubric", "municipality", "areas", "revision", "fromRubric", "toRubric",
    "links",
    "targetDate", "actions", "evaluators", "goodExamples", "publishedTotal", "baseline",
  ].map { Array("\"\($0)\"".utf8) }

  /// Whether the text starts, after white space and a byte order mark, with `{` and names a key that
  /// only kompass data files have.
  ///
  /// Only then do syntax errors quote what the file has where the error is. A file that is not
  /// kompass data, such as `/etc/shadow` given by mistake or named as a baseline file, is
  /// never echoed: its problem gives the line and column only.
  static func looksLikeKompassData(_ text: ArraySlice<UInt8>) -> Bool {
    var start = text.startIndex
    if text[start...].starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
    while start < text.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(text[start]) { start += 1 }
    guard start < text.endIndex, text[start] == UInt8(ascii: "{") else { return false }
    let body = text[start...]
    return kompassKeys.contains { key in
      var index = body.startIndex
      while let found = body[index...].firstIndex(of: key[0]) {
        if body[found...].starts(with: key) { return true }
        index = found + 1
      }
      return false
    }
  }

  /// The line and column of the first byte sequence that is not valid UTF-8, if any.
  static func firstInvalidUTF8(in bytes: [UInt8]) -> TextLocation? {
    // The standard library's validation is fast; the position is only searched for in bad files.
    if String(validating: bytes, as: UTF8.self) != nil { return nil }
    return locateInvalidUTF8(in: bytes)
  }

  /// The line and column of the first invalid byte sequence, scanning byte by byte.
  static func locateInvalidUTF8(in bytes: [UInt8]) -> TextLocation? {
    var line = 1
    var column = 1
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let length: Int
      switch byte {
      case 0x00..<0x80: length = 1
      case 0xC2..<0xE0: length = 2
      case 0xE0..<0xF0: length = 3
      case 0xF0..<0xF5: length = 4
      default: return TextLocation(line: line, column: column)
      }
      guard index + length <= bytes.count else { return TextLocation(line: line, column: column) }
      if length > 1 {
        let sequence = bytes[index..<index + length]
        let continuationOK = sequence.dropFirst().allSatisfy { $0 & 0xC0 == 0x80 }
        let second = bytes[index + 1]
        let rangeOK: Bool
        switch byte {
        case 0xE0: rangeOK = second >= 0xA0
        case 0xED: rangeOK = second < 0xA0  // no UTF-16 surrogates
        case 0xF0: rangeOK = second >= 0x90
        case 0xF4: rangeOK = second < 0x90
        default: rangeOK = true
        }
        guard continuationOK && rangeOK else { return TextLocation(line: line, column: column) }
      }
      if byte == 0x0D || (byte == 0x0A && (index == 0 || bytes[index - 1] != 0x0D)) {
        // CR, LF and CR LF each end one line.
        line += 1
        column = 1
      } else if byte == 0x0A {
        column = 1
      } else {
        column += 1
      }
      index += length
    }
    return nil
  }
}
