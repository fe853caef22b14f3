/// Parses JSON text (RFC 8259) into a ``JSONValue`` tree that keeps line and column of every value.
///
/// Unlike `JSONSerialization`, the parser reports duplicate keys instead of silently keeping one,
/// names the line and column of a syntax error, and refuses documents nested deeper than
/// ``maximumDepth`` instead of exhausting the stack.
package struct JSONParser {
  /// How deeply arrays and objects may nest. Real evaluation files need fewer than ten levels.
  package static let maximumDepth = 200
  /// Up to how many keys an object's duplicate check searches its members one by one.
  private static let linearKeySearchLimit = 16

  private let bytes: [UInt8]
  private var offset = 0
  private var line = 1
  private var lineStart = 0
  /// A position on the current line whose column is known, so that columns are counted from there
  /// onwards instead of from the start of the line. Without it, a document on one line (as
  /// `JSONEncoder` writes it) would take quadratic time.
  private var columnMarkOffset = 0
  private var columnMark = 1
  private var depth = 0
  /// The keys and indices from the root to the value being parsed; turned into a ``JSONPath`` only
  /// when a duplicate key is found, so parsing does not build a path per value.
  private var pathStack: [JSONPath.Component] = []
  /// Duplicate keys found while parsing; the parse goes on so all of them are reported.
  package private(set) var duplicateKeys: [(path: JSONPath, location: TextLocation, key: String)] =
    []

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Parses a whole document.
  ///
  /// - Parameter bytes: UTF-8 text, with or without a byte order mark.
  /// - Returns: The root value and the duplicate keys found.
  /// - Throws: ``JSONSyntaxError`` for text that is not JSON.
  package static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> (
    value: JSONValue, duplicateKeys: [(path: JSONPath, location: TextLocation, key: String)]
  ) {
    var parser = JSONParser(bytes: bytes)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      parser.offset = 3
      parser.lineStart = 3
      parser.columnMarkOffset = 3
    }
    parser.skipWhitespace()
    if parser.offset == bytes.count {
      throw parser.error(
        sv: "filen är tom; den ska innehålla ett JSON-objekt som börjar med {",
        en: "the file is empty; it should hold a JSON object starting with {")
    }
    let value = try parser.parseValue()
    parser.skipWhitespace()
    if parser.offset < bytes.count {
      throw parser.error(
        sv: "oväntad text efter dokumentets slut: \(parser.describeCurrent().sv)",
        en: "unexpected text after the end of the document: \(parser.describeCurrent().en)",
        unquoted: (
          "oväntad text efter dokumentets slut", "unexpected text after the end of the document"
        ))
    }
    return (value, parser.duplicateKeys)
  }

  // MARK: - Values

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
    let start = trackedLocation()
    guard offset < bytes.count else {
      throw error(
        sv: "filen tar slut mitt i ett värde; den verkar avkortad",
        en: "the file ends in the middle of a value; it seems to be cut short")
    }
    switch bytes[offset] {
    case UInt8(ascii: "{"):
      return try parseObject(start: start)
    case UInt8(ascii: "["):
      return try parseArray(start: start)
    case UInt8(ascii: "\""):
      return JSONValue(.string(try parseString()), at: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return try parseNumber(start: start)
    case UInt8(ascii: "t"):
      try expectWord("true")
      return JSONValue(.bool(true), at: start)
    case UInt8(ascii: "f"):
      try expectWord("false")
      return JSONValue(.bool(false), at: start)
    case UInt8(ascii: "n"):
      try expectWord("null")
      return JSONValue(.null, at: start)
    default:
      let word = currentWord
      if ["NaN", "Infinity", "-Infinity", "nan", "inf"].contains(word) {
        throw error(
          sv: "\(word) är inte tillåtet i JSON; skriv ett vanligt tal",
          en: "\(word) is not allowed in JSON; write an ordinary number")
      }
      throw error(
        sv:
          "här väntades ett värde (text inom \"citattecken\", ett tal, true, false, null, [ eller {) men filen har \(describeCurrent().sv)",
        en:
          "expected a value (text in \"quotes\", a number, true, false, null, [ or {) but found \(describeCurrent().en)",
        unquoted: (
          "här väntades ett värde (text inom \"citattecken\", ett tal, true, false, null, [ eller {)",
          "expected a value (text in \"quotes\", a number, true, false, null, [ or {)"
        ))
    }
  }

  private mutating func enterNesting() throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw error(
        sv: "listor och objekt är nästlade djupare än \(Self.maximumDepth) nivåer",
        en: "lists and objects are nested deeper than \(Self.maximumDepth) levels")
    }
  }

  private mutating func parseObject(start: TextLocation) throws(JSONSyntaxError) -> JSONValue {
    try enterNesting()
    offset += 1
    var members: [JSONValue.Member] = []
    var keySet: Set<String> = []
    skipWhitespace()
    if peek == UInt8(ascii: "}") {
      offset += 1
      depth -= 1
      return JSONValue(.object(members), at: start)
    }
    while true {
      skipWhitespace()
      let keyLocation = trackedLocation()
      guard peek == UInt8(ascii: "\"") else {
        if peek == UInt8(ascii: "}") {
          throw error(
            sv: "ett kommatecken för mycket före }",
            en: "one comma too many before }")
        }
        if followsDecimalComma {
          throw error(
            sv: "decimaltal skrivs med punkt i JSON, till exempel 12.5 (inte 12,5)",
            en: "decimals are written with a point in JSON, for example 12.5 (not 12,5)")
        }
        throw error(
          sv: "här väntades en nyckel inom \"citattecken\" men filen har \(describeCurrent().sv)",
          en: "expected a key in \"quotes\" but found \(describeCurrent().en)",
          unquoted: ("här väntades en nyckel inom \"citattecken\"", "expected a key in \"quotes\""))
      }
      let key = try parseString()
      skipWhitespace()
      guard peek == UInt8(ascii: ":") else {
        throw error(
          sv: "kolon (:) saknas efter nyckeln \"\(key.truncatedForMessage)\"",
          en: "a colon (:) is missing after the key \"\(key.truncatedForMessage)\"",
          unquoted: ("kolon (:) saknas efter en nyckel", "a colon (:) is missing after a key"))
      }
      offset += 1
      skipWhitespace()
      pathStack.append(.key(key))
      let value = try parseValue()
      pathStack.removeLast()
      // Objects in evaluation files have a handful of keys: a linear search beats hashing. Past a
      // few keys, a set keeps the check linear in the size of the object.
      let isDuplicate: Bool
      if members.count < Self.linearKeySearchLimit {
        isDuplicate = members.contains(where: { $0.key == key })
      } else {
        if keySet.isEmpty { keySet = Set(members.map(\.key)) }
        isDuplicate = !keySet.insert(key).inserted
      }
      if isDuplicate {
        duplicateKeys.append((JSONPath(pathStack + [.key(key)]), keyLocation, key))
      }
      members.append(JSONValue.Member(key: key, keyLocation: keyLocation, value: value))
      skipWhitespace()
      switch peek {
      case UInt8(ascii: ","):
        offset += 1
      case UInt8(ascii: "}"):
        offset += 1
        depth -= 1
        return JSONValue(.object(members), at: start)
      case nil:
        throw error(
          sv: "filen tar slut innan objektet som börjar på rad \(start.line) stängs med }",
          en: "the file ends before the object that starts on line \(start.line) is closed with }")
      default:
        throw error(
          sv:
            "kommatecken eller } väntades efter värdet för \"\(key.truncatedForMessage)\" men filen har \(describeCurrent().sv)",
          en:
            "expected a comma or } after the value of \"\(key.truncatedForMessage)\" but found \(describeCurrent().en)",
          unquoted: (
            "kommatecken eller } väntades efter ett värde", "expected a comma or } after a value"
          ))
      }
    }
  }

  private mutating func parseArray(start: TextLocation) throws(JSONSyntaxError) -> JSONValue {
    try enterNesting()
    offset += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if peek == UInt8(ascii: "]") {
      offset += 1
      depth -= 1
      return JSONValue(.array(elements), at: start)
    }
    while true {
      skipWhitespace()
      if peek == UInt8(ascii: "]") {
        throw error(sv: "ett kommatecken för mycket före ]", en: "one comma too many before ]")
      }
      pathStack.append(.index(elements.count))
      elements.append(try parseValue())
      pathStack.removeLast()
      skipWhitespace()
      switch peek {
      case UInt8(ascii: ","):
        offset += 1
      case UInt8(ascii: "]"):
        offset += 1
        depth -= 1
        return JSONValue(.array(elements), at: start)
      case nil:
        throw error(
          sv: "filen tar slut innan listan som börjar på rad \(start.line) stängs med ]",
          en: "the file ends before the list that starts on line \(start.line) is closed with ]")
      default:
        throw error(
          sv:
            "kommatecken eller ] väntades efter ett element i listan men filen har \(describeCurrent().sv)",
          en: "expected a comma or ] after a list element but found \(describeCurrent().en)",
          unquoted: (
            "kommatecken eller ] väntades efter ett element i listan",
            "expected a comma or ] after a list element"
          ))
      }
    }
  }

  // MARK: - Scalars

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    // Fast path: most texts have no escapes, so they are taken from the bytes in one piece.
    var end = offset + 1
    while end < bytes.count {
      let byte = bytes[end]
      if byte == UInt8(ascii: "\"") {
        let range = (offset + 1)..<end
        let text = bytes.withUnsafeBufferPointer {
          String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
        }
        offset = end + 1
        return text
      }
      if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
      end += 1
    }
    return try parseEscapedString()
  }

  /// Parses a text with escapes or errors, byte by byte.
  private mutating func parseEscapedString() throws(JSONSyntaxError) -> String {
    let start = trackedLocation()
    offset += 1  // opening quote
    var buffer: [UInt8] = []
    while offset < bytes.count {
      let byte = bytes[offset]
      switch byte {
      case UInt8(ascii: "\""):
        offset += 1
        return String(decoding: buffer, as: UTF8.self)
      case UInt8(ascii: "\\"):
        offset += 1
        guard offset < bytes.count else { break }
        let escape = bytes[offset]
        offset += 1
        switch escape {
        case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): buffer.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
          let scalar = try parseUnicodeEscape()
          buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
          offset -= 2
          throw error(
            sv:
              "okänd specialsekvens \\\(Character(Unicode.Scalar(escape))) i texten; skriv \\\\ för ett omvänt snedstreck",
            en:
              "unknown escape \\\(Character(Unicode.Scalar(escape))) in the text; write \\\\ for a backslash"
          )
        }
      case 0x0A, 0x0D:
        throw error(
          sv:
            "texten som börjar på rad \(start.line), kolumn \(start.column) saknar avslutande citattecken före radslutet",
          en:
            "the text that starts on line \(start.line), column \(start.column) has no closing quote before the end of the line"
        )
      case 0x00..<0x20:
        throw error(
          sv: "otillåtet styrtecken i texten; skriv tabb som \\t",
          en: "control character not allowed in text; write a tab as \\t")
      default:
        buffer.append(byte)
        offset += 1
      }
    }
    throw error(
      sv:
        "filen tar slut i texten som börjar på rad \(start.line), kolumn \(start.column); ett citattecken saknas",
      en:
        "the file ends inside the text that starts on line \(start.line), column \(start.column); a quote is missing"
    )
  }

  private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
    let escapeStart = offset - 2
    let first = try parseHex4()
    if (0xD800..<0xDC00).contains(first) {
      if offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"),
        bytes[offset + 1] == UInt8(ascii: "u")
      {
        offset += 2
        let second = try parseHex4()
        if (0xDC00..<0xE000).contains(second) {
          let value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
          if let scalar = Unicode.Scalar(value) { return scalar }
        }
      }
      offset = escapeStart
      throw error(
        sv:
          "\\u\(Self.hex(first)) är första halvan av ett tecken i UTF-16 men andra halvan (\\uDC00–\\uDFFF) följer inte direkt efter; skriv hela tecknet eller ta bort \\u\(Self.hex(first))",
        en:
          "\\u\(Self.hex(first)) is the first half of a UTF-16 character but the second half (\\uDC00–\\uDFFF) does not follow right after it; write the whole character or remove \\u\(Self.hex(first))"
      )
    }
    if (0xDC00..<0xE000).contains(first) {
      offset = escapeStart
      throw error(
        sv:
          "\\u\(Self.hex(first)) är andra halvan av ett tecken i UTF-16 utan någon första halva före; skriv hela tecknet eller ta bort \\u\(Self.hex(first))",
        en:
          "\\u\(Self.hex(first)) is the second half of a UTF-16 character with no first half before it; write the whole character or remove \\u\(Self.hex(first))"
      )
    }
    // Every other value below 0x10000 is a Unicode scalar.
    return Unicode.Scalar(first) ?? "\u{FFFD}"
  }

  /// Four upper-case hexadecimal digits, as written after `\u`.
  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard offset < bytes.count, let digit = hexValue(bytes[offset]) else {
        throw error(
          sv: "\\u ska följas av fyra hexadecimala siffror",
          en: "\\u must be followed by four hexadecimal digits")
      }
      value = value * 16 + digit
      offset += 1
    }
    return value
  }

  private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  private mutating func parseNumber(start: TextLocation) throws(JSONSyntaxError) -> JSONValue {
    let begin = offset
    func isDigit(_ byte: UInt8?) -> Bool {
      guard let byte else { return false }
      return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
    if peek == UInt8(ascii: "-") {
      let word = currentWord
      if word == "-Infinity" || word == "-inf" {
        throw error(
          sv: "\(word) är inte tillåtet i JSON; skriv ett vanligt tal",
          en: "\(word) is not allowed in JSON; write an ordinary number")
      }
      offset += 1
    }
    guard isDigit(peek) else {
      throw error(
        sv: "ett minustecken ska följas av en siffra",
        en: "a minus sign must be followed by a digit")
    }
    if peek == UInt8(ascii: "0") {
      offset += 1
      if isDigit(peek) {
        throw error(
          sv: "tal får inte börja med en nolla följd av fler siffror",
          en: "numbers must not start with a zero followed by more digits")
      }
    } else {
      while isDigit(peek) { offset += 1 }
    }
    if peek == UInt8(ascii: ".") {
      offset += 1
      guard isDigit(peek) else {
        throw error(
          sv: "en decimalpunkt ska följas av en siffra",
          en: "a decimal point must be followed by a digit")
      }
      while isDigit(peek) { offset += 1 }
    }
    if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
      offset += 1
      if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { offset += 1 }
      guard isDigit(peek) else {
        throw error(
          sv: "exponenten i talet saknar siffror", en: "the exponent of the number has no digits")
      }
      while isDigit(peek) { offset += 1 }
    }
    let literal = String(decoding: bytes[begin..<offset], as: UTF8.self)
    // The literal is valid JSON number syntax, which Double always accepts (possibly as infinity).
    let number = Double(literal) ?? .nan
    return JSONValue(.number(number, literal: literal), at: start)
  }

  private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
    let found = currentWord
    guard found == word else {
      throw error(
        sv: "här väntades \(word) men filen har \"\(found.truncatedForMessage)\"",
        en: "expected \(word) but found \"\(found.truncatedForMessage)\"",
        unquoted: ("här väntades \(word)", "expected \(word)"))
    }
    offset += word.utf8.count
  }

  // MARK: - Positions and messages

  private var peek: UInt8? {
    offset < bytes.count ? bytes[offset] : nil
  }

  /// Whether the current position is a digit right after `digit,` as in the Swedish `12,5`.
  private var followsDecimalComma: Bool {
    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    guard offset >= 2, offset < bytes.count, isDigit(bytes[offset]) else { return false }
    return bytes[offset - 1] == UInt8(ascii: ",") && isDigit(bytes[offset - 2])
  }

  private mutating func skipWhitespace() {
    while offset < bytes.count {
      switch bytes[offset] {
      case 0x20, 0x09:
        offset += 1
      case 0x0D, 0x0A:
        // CR, LF and CR LF each end a line; the LF of a CR LF pair does not end another one.
        let isSecondHalfOfPair = bytes[offset] == 0x0A && offset > 0 && bytes[offset - 1] == 0x0D
        offset += 1
        if !isSecondHalfOfPair { line += 1 }
        lineStart = offset
        columnMarkOffset = offset
        columnMark = 1
      default:
        return
      }
    }
  }

  /// The letters, digits and signs from the current position, for quoting in messages.
  private var currentWord: String {
    var end = offset
    while end < bytes.count, end - offset < 40 {
      let byte = bytes[end]
      let isWordByte =
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
        || byte >= 0x80
      guard isWordByte else { break }
      end += 1
    }
    return String(decoding: bytes[offset..<end], as: UTF8.self)
  }

  private func describeCurrent() -> (sv: String, en: String) {
    guard offset < bytes.count else { return ("filens slut", "the end of the file") }
    let word = currentWord
    if !word.isEmpty {
      return ("\"\(word.truncatedForMessage)\"", "\"\(word.truncatedForMessage)\"")
    }
    let character = String(decoding: bytes[offset..<min(offset + 1, bytes.count)], as: UTF8.self)
    return ("tecknet \(character)", "the character \(character)")
  }

  /// The location of the current position, counting columns from the last known position on this
  /// line. The parser only moves forward, so every byte is counted once: linear time in all.
  private mutating func trackedLocation() -> TextLocation {
    if columnMarkOffset < lineStart || columnMarkOffset > offset {
      columnMarkOffset = lineStart
      columnMark = 1
    }
    columnMark += Self.characterCount(in: bytes, from: columnMarkOffset, to: offset)
    columnMarkOffset = offset
    return TextLocation(line: line, column: columnMark)
  }

  /// The location of the current position, counted from the start of the line; for error messages,
  /// which are made once.
  private var currentLocation: TextLocation {
    TextLocation(
      line: line, column: 1 + Self.characterCount(in: bytes, from: lineStart, to: offset))
  }

  /// How many characters (UTF-8 sequences) start in `bytes[from..<to]`.
  private static func characterCount(in bytes: [UInt8], from start: Int, to end: Int) -> Int {
    var count = 0
    var index = start
    let limit = min(end, bytes.count)
    while index < limit {
      if bytes[index] & 0xC0 != 0x80 { count += 1 }
      index += 1
    }
    return count
  }

  /// A syntax error at the current position; `unquoted` is the message without the text it quotes
  /// from the file, for a message that quotes any.
  private func error(sv: String, en: String, unquoted: (sv: String, en: String)? = nil)
    -> JSONSyntaxError
  {
    JSONSyntaxError(
      location: currentLocation, offset: offset, message: LocalizedText(sv: sv, en: en),
      unquotedMessage: unquoted.map { LocalizedText(sv: $0.sv, en: $0.en) })
  }
}
