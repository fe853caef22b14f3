/// Reads JSON tokens straight from UTF-8 bytes, without building values or allocating texts: the
/// reading half of ``PeerFigureScanner``.
///
/// Every method checks the syntax of what it passes over as strictly as ``JSONParser`` does (RFC
/// 8259: no comments, no trailing commas, no leading zeros, no raw control characters in texts, only
/// the escapes JSON knows, four hex digits after `\u`) and validates UTF-8 inside texts, where the
/// only non-ASCII bytes of a valid document can be. Anything unexpected throws ``Unusual``; the
/// scanner then gives up on the file and the caller loads it fully.
///
/// The scanner never descends into values of unknown shape, so nesting is bounded by the shape of
/// an evaluation file (seven levels), far below ``JSONParser/maximumDepth``.
struct JSONByteScanner {
  /// Something the scanner does not read: bad syntax, bad UTF-8, or a value it is not sure of.
  struct Unusual: Error {}

  /// A text as it stands in the bytes: the range between its quotes and what is known of it.
  struct Text {
    /// The first byte after the opening quote.
    var start: Int
    /// The closing quote's position.
    var end: Int
    /// Whether the text has no escapes, so its bytes are its content.
    var isPlain: Bool
    /// Whether the text's first Unicode scalar is known not to be white space, so the text is not
    /// empty after trimming (``String/trimmingWhitespace``). `false` for an empty text, and also
    /// for one that starts with white space (which the scanner leaves to the full loader).
    var startsVisibly: Bool

    /// The number of bytes between the quotes.
    var count: Int { end - start }
    /// The bytes between the quotes.
    var range: Range<Int> { start..<end }
  }

  private static let quote = UInt8(ascii: "\"")
  private static let backslash = UInt8(ascii: "\\")

  /// The document's first byte.
  let base: UnsafePointer<UInt8>
  /// The number of bytes.
  let end: Int
  /// The position of the next byte to read.
  var index: Int

  /// Starts reading a buffer, after its UTF-8 byte order mark if it has one.
  init(base: UnsafePointer<UInt8>, count: Int) {
    self.base = base
    self.end = count
    index = count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF ? 3 : 0
  }

  // MARK: - Structure

  /// Skips JSON white space (space, tab, line feed, carriage return).
  @inline(__always)
  mutating func skipWhitespace() {
    // Indentation: eight spaces at a time.
    while index &+ 8 <= end
      && UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) == 0x2020_2020_2020_2020
    {
      index &+= 8
    }
    while index < end {
      switch base[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }

  /// The next byte after white space, not consumed.
  @inline(__always)
  mutating func peek() throws(Unusual) -> UInt8 {
    skipWhitespace()
    guard index < end else { throw Unusual() }
    return base[index]
  }

  /// Consumes `byte` after white space.
  @inline(__always)
  mutating func consume(_ byte: UInt8) throws(Unusual) {
    guard try peek() == byte else { throw Unusual() }
    index += 1
  }

  /// Whether only white space is left.
  mutating func isAtEnd() -> Bool {
    skipWhitespace()
    return index == end
  }

  /// Moves to the next member of an object whose `{` has been consumed: returns the key's byte
  /// range with the cursor at the member's value, or `nil` after the closing `}`. Keys with escapes
  /// throw, since keys the scanner knows never need them.
  ///
  /// - Parameter isFirst: `true` before the first member; the method clears it.
  @inline(__always)
  mutating func nextKey(isFirst: inout Bool) throws(Unusual) -> Range<Int>? {
    var byte = try peek()
    if byte == UInt8(ascii: "}") {
      // `{}` or the end after a member; `{ "a": 1, }` fails below.
      index += 1
      return nil
    }
    if isFirst {
      isFirst = false
    } else {
      guard byte == UInt8(ascii: ",") else { throw Unusual() }
      index += 1
      byte = try peek()
    }
    guard byte == Self.quote else { throw Unusual() }
    let key = try text()
    guard key.isPlain else { throw Unusual() }
    try consume(UInt8(ascii: ":"))
    skipWhitespace()
    return key.start..<key.end
  }

  /// Moves to the next element of a list whose `[` has been consumed: `true` with the cursor at the
  /// element, or `false` after the closing `]`.
  ///
  /// - Parameter isFirst: `true` before the first element; the method clears it.
  @inline(__always)
  mutating func nextElement(isFirst: inout Bool) throws(Unusual) -> Bool {
    let byte = try peek()
    if byte == UInt8(ascii: "]") {
      index += 1
      return false
    }
    if isFirst {
      isFirst = false
    } else {
      guard byte == UInt8(ascii: ",") else { throw Unusual() }
      index += 1
      // `[1, ]` is not JSON.
      guard try peek() != UInt8(ascii: "]") else { throw Unusual() }
    }
    return true
  }

  /// Whether the byte range holds exactly the ASCII text `name`.
  @inline(__always)
  func bytes(_ range: Range<Int>, equal name: StaticString) -> Bool {
    let count = name.utf8CodeUnitCount
    guard range.count == count else { return false }
    let other = name.utf8Start
    for offset in 0..<count where base[range.lowerBound + offset] != other[offset] { return false }
    return true
  }

  /// Whether a text's bytes are exactly the ASCII text `name`.
  @inline(__always)
  func bytes(_ text: Text, equal name: StaticString) -> Bool {
    bytes(text.range, equal: name)
  }

  /// Whether a text's bytes are exactly `other`.
  @inline(__always)
  func bytes(_ text: Text, equal other: [UInt8]) -> Bool {
    bytes(text.range, equal: other)
  }

  /// Whether the byte range holds exactly the bytes `other`.
  @inline(__always)
  func bytes(_ range: Range<Int>, equal other: [UInt8]) -> Bool {
    guard range.count == other.count else { return false }
    var offset = 0
    for byte in other {
      if base[range.lowerBound + offset] != byte { return false }
      offset += 1
    }
    return true
  }

  /// Whether the byte range holds exactly string `index` of a table.
  @inline(__always)
  func bytes(_ range: Range<Int>, equal table: ByteStringTable, at index: Int) -> Bool {
    table.string(
      index, equals: base + range.lowerBound, count: range.count, readable: end - range.lowerBound)
  }

  /// The position in a table of the first string (of `candidates`, all by default) that the byte
  /// range holds exactly, or `nil`.
  @inline(__always)
  func index(
    of range: Range<Int>, in table: ByteStringTable, among candidates: Range<Int>? = nil
  ) -> Int? {
    table.firstIndex(
      of: base + range.lowerBound, count: range.count, readable: end - range.lowerBound,
      among: candidates)
  }

  // MARK: - Literals and numbers

  /// Consumes `null`, `true` or `false` (as given) at the cursor.
  @inline(__always)
  mutating func literal(_ word: StaticString) throws(Unusual) {
    let count = word.utf8CodeUnitCount
    guard index + count <= end, bytes(index..<(index + count), equal: word) else { throw Unusual() }
    index += count
  }

  /// Whether the value at the cursor is `null`, which is then consumed.
  @inline(__always)
  mutating func skipNull() throws(Unusual) -> Bool {
    guard try peek() == UInt8(ascii: "n") else { return false }
    try literal("null")
    return true
  }

  /// Consumes a number at the cursor, checking its syntax, and returns its bytes.
  mutating func number() throws(Unusual) -> Range<Int> {
    let start = index
    if index < end && base[index] == UInt8(ascii: "-") { index += 1 }
    guard index < end, isDigit(base[index]) else { throw Unusual() }
    if base[index] == UInt8(ascii: "0") {
      index += 1
      if index < end && isDigit(base[index]) { throw Unusual() }
    } else {
      while index < end && isDigit(base[index]) { index += 1 }
    }
    if index < end && base[index] == UInt8(ascii: ".") {
      index += 1
      guard index < end, isDigit(base[index]) else { throw Unusual() }
      while index < end && isDigit(base[index]) { index += 1 }
    }
    if index < end && (base[index] == UInt8(ascii: "e") || base[index] == UInt8(ascii: "E")) {
      index += 1
      if index < end && (base[index] == UInt8(ascii: "+") || base[index] == UInt8(ascii: "-")) {
        index += 1
      }
      guard index < end, isDigit(base[index]) else { throw Unusual() }
      while index < end && isDigit(base[index]) { index += 1 }
    }
    return start..<index
  }

  @inline(__always)
  private func isDigit(_ byte: UInt8) -> Bool {
    byte &- UInt8(ascii: "0") < 10
  }

  /// Powers of ten that are exact in a `Double`.
  private static let exactPowersOfTen: [Double] = (0...22).map { exponent in
    (0..<exponent).reduce(1.0) { value, _ in value * 10 }
  }

  /// The value of a number the scanner consumed, exactly as ``JSONParser`` computes it (`Double`
  /// of the literal, correctly rounded).
  ///
  /// Plain decimals with at most 15 significant digits (`12.51`, `4.8`, `30`) are computed as an
  /// integer divided by a power of ten: both are exact doubles and IEEE division rounds correctly,
  /// so the result is the correctly rounded value of the literal, bit for bit what `Double(String)`
  /// gives. Anything else goes through `Double(String)` itself.
  func value(of literal: Range<Int>) -> Double {
    var mantissa: UInt64 = 0
    var digits = 0
    var fractionDigits = 0
    var inFraction = false
    var position = literal.lowerBound
    let negative = base[position] == UInt8(ascii: "-")
    if negative { position += 1 }
    while position < literal.upperBound {
      let byte = base[position]
      if byte == UInt8(ascii: ".") {
        inFraction = true
      } else if isDigit(byte) {
        mantissa = mantissa &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
        if mantissa != 0 { digits += 1 }
        if inFraction { fractionDigits += 1 }
        if digits > 15 || fractionDigits > 22 { return slowValue(of: literal) }
      } else {
        // An exponent.
        return slowValue(of: literal)
      }
      position += 1
    }
    let magnitude = Double(mantissa) / Self.exactPowersOfTen[fractionDigits]
    return negative ? -magnitude : magnitude
  }

  private func slowValue(of literal: Range<Int>) -> Double {
    let text = String(
      decoding: UnsafeBufferPointer(start: base + literal.lowerBound, count: literal.count),
      as: UTF8.self)
    return Double(text) ?? .nan
  }

  // MARK: - Texts

  /// Consumes a text whose opening quote is at the cursor, checking escapes, control characters
  /// and UTF-8, and returns where it lies.
  mutating func text() throws(Unusual) -> Text {
    index += 1
    let start = index
    var isPlain = true
    while true {
      // Eight bytes at a time while none is a quote, a backslash, a control character or non-ASCII.
      while index &+ 8 <= end {
        let word = UInt64(
          littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        let special = Self.specialBytes(in: word)
        if special == 0 {
          index &+= 8
          continue
        }
        index &+= special.trailingZeroBitCount >> 3
        break
      }
      guard index < end else { throw Unusual() }
      let byte = base[index]
      if byte == Self.quote { break }
      if byte == Self.backslash {
        isPlain = false
        try escape()
      } else if byte >= 0x80 {
        try utf8Sequence()
      } else if byte < 0x20 {
        throw Unusual()
      } else {
        index += 1
      }
    }
    // Most texts start with a visible ASCII character; the others are looked at more closely.
    let first = start < index ? base[start] : 0
    let visible =
      first > 0x20 && first < 0x7F && first != Self.backslash ? true : startsVisibly(start, index)
    let text = Text(start: start, end: index, isPlain: isPlain, startsVisibly: visible)
    index += 1
    return text
  }

  /// One bit (a byte's high bit) per byte of `word` that is `"`, `\`, below 0x20 or above 0x7F. The
  /// lowest set bit always marks a byte that is one of these (borrows only run upwards from one).
  @inline(__always)
  private static func specialBytes(in word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    let quotes = word ^ (ones &* 0x22)
    let backslashes = word ^ (ones &* 0x5C)
    let isQuote = (quotes &- ones) & ~quotes
    let isBackslash = (backslashes &- ones) & ~backslashes
    let isControl = (word &- ones &* 0x20) & ~word
    return (isQuote | isBackslash | isControl | word) & high
  }

  /// Checks and skips the escape at the cursor.
  @inline(__always)
  private mutating func escape() throws(Unusual) {
    guard index + 1 < end else { throw Unusual() }
    switch base[index + 1] {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
      UInt8(ascii: "f"),
      UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
      index += 2
    case UInt8(ascii: "u"):
      guard index + 6 <= end, let value = hexValue(at: index + 2) else { throw Unusual() }
      switch value {
      case 0xD800..<0xDC00:
        // A first half must be followed at once by an escaped second half, as the loader requires.
        guard index + 12 <= end, base[index + 6] == Self.backslash,
          base[index + 7] == UInt8(ascii: "u"),
          let second = hexValue(at: index + 8), (0xDC00..<0xE000).contains(second)
        else { throw Unusual() }
        index += 12
      case 0xDC00..<0xE000:
        throw Unusual()
      default:
        index += 6
      }
    default:
      throw Unusual()
    }
  }

  /// The value of the four hex digits at `position`, or `nil` when they are not four hex digits.
  private func hexValue(at position: Int) -> UInt32? {
    guard position + 4 <= end else { return nil }
    var value: UInt32 = 0
    for offset in 0..<4 {
      let byte = base[position + offset]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }

  /// Checks and skips the multi-byte UTF-8 sequence at the cursor: the rules of `String(validating:)`
  /// (no overlong forms, no surrogates, nothing above U+10FFFF).
  @inline(__always)
  private mutating func utf8Sequence() throws(Unusual) {
    let lead = base[index]
    let length: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      secondRange = 0xA0...0xBF
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      secondRange = 0x80...0x9F
    case 0xF0:
      length = 4
      secondRange = 0x90...0xBF
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      secondRange = 0x80...0x8F
    default: throw Unusual()
    }
    guard index + length <= end, secondRange.contains(base[index + 1]) else { throw Unusual() }
    for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 { throw Unusual() }
    index += length
  }

  /// Whether the checked text between `start` and `end` starts with a scalar that is not white space.
  private func startsVisibly(_ start: Int, _ end: Int) -> Bool {
    guard start < end else { return false }
    let first = base[start]
    switch first {
    case 0x21..<0x7F where first != Self.backslash:
      return true
    case Self.backslash:
      switch base[start + 1] {
      case Self.quote, Self.backslash, UInt8(ascii: "/"), UInt8(ascii: "b"):
        // `\b` is U+0008, a control character but not white space.
        return true
      case UInt8(ascii: "u"):
        guard let value = hexValue(at: start + 2) else { return false }
        // A surrogate becomes a supplementary scalar or U+FFFD, neither of them white space.
        guard let scalar = Unicode.Scalar(value) else { return true }
        return !scalar.properties.isWhitespace
      default:
        return false
      }
    case 0x80...:
      // Checked UTF-8: decode the first scalar.
      var value: UInt32
      var position = start + 1
      switch first {
      case 0xC0..<0xE0: value = UInt32(first & 0x1F)
      case 0xE0..<0xF0: value = UInt32(first & 0x0F)
      default: value = UInt32(first & 0x07)
      }
      while position < end && base[position] & 0xC0 == 0x80 {
        value = value << 6 | UInt32(base[position] & 0x3F)
        position += 1
      }
      guard let scalar = Unicode.Scalar(value) else { return false }
      return !scalar.properties.isWhitespace
    default:
      return false
    }
  }

  /// The text's bytes decoded as UTF-8 (only for plain texts).
  func string(_ text: Text) -> String {
    String(
      decoding: UnsafeBufferPointer(start: base + text.start, count: text.count), as: UTF8.self)
  }
}
