/// A list of byte strings kept one after another in one buffer, each found by where it starts and
/// ends: the spellings ``JSONByteScanner`` compares a file's bytes with.
///
/// A list of `[UInt8]` arrays costs a reference count increment and decrement for every string
/// looked at, since each array is an object of its own; this table holds a few arrays of plain
/// numbers whatever the number of strings, so matching a key against it touches no reference count
/// and allocates nothing. Each string's first eight bytes are also kept as one 64-bit number, so
/// that most candidates are ruled out, and strings of up to eight bytes matched, by comparing two
/// numbers.
struct ByteStringTable: Sendable {
  /// The bytes of all strings, one after another.
  let bytes: [UInt8]
  /// Where each string starts in ``bytes``, followed by where the last one ends, so string `i` is
  /// `bytes[bounds[i]..<bounds[i + 1]]`.
  let bounds: [Int]
  /// Each string's first eight bytes (fewer for a shorter string, the rest zero) and its length,
  /// as ``signature(of:count:)`` computes them for a file's bytes.
  private let signatures: [Signature]

  /// The first eight bytes of a string, little-endian and zero-padded, with its length.
  struct Signature: Equatable, Sendable {
    var prefix: UInt64
    var count: Int
  }

  /// A table of strings, in their order.
  init(_ strings: some Sequence<some Sequence<UInt8>>) {
    var bytes: [UInt8] = []
    var bounds = [0]
    for string in strings {
      bytes.append(contentsOf: string)
      bounds.append(bytes.count)
    }
    self.bytes = bytes
    self.bounds = bounds
    signatures = bytes.withUnsafeBufferPointer { buffer in
      (0..<(bounds.count - 1)).map { index in
        guard let base = buffer.baseAddress else { return Signature(prefix: 0, count: 0) }
        let count = bounds[index + 1] - bounds[index]
        return Self.signature(of: base + bounds[index], count: count, readable: count)
      }
    }
  }

  /// A table of texts, each in UTF-8.
  init(utf8 texts: some Sequence<String>) {
    self.init(texts.map(\.utf8))
  }

  /// The number of strings.
  var count: Int { bounds.count - 1 }

  /// The positions of the strings, `0..<count`.
  var indices: Range<Int> { 0..<count }

  /// String `index` as a text, for tests and messages rather than for matching.
  func text(at index: Int) -> String {
    String(decoding: bytes[bounds[index]..<bounds[index + 1]], as: UTF8.self)
  }

  /// The signature of the `count` bytes at `pointer`, of which `readable` bytes (at least `count`)
  /// may be read.
  @inline(__always)
  static func signature(of pointer: UnsafePointer<UInt8>, count: Int, readable: Int) -> Signature {
    var prefix: UInt64 = 0
    if readable >= 8 {
      // Eight bytes at once, those beyond the string masked off.
      prefix = UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
      if count < 8 { prefix &= (1 &<< (UInt64(count) &* 8)) &- 1 }
    } else {
      var offset = count
      while offset > 0 {
        offset &-= 1
        prefix = prefix << 8 | UInt64(pointer[offset])
      }
    }
    return Signature(prefix: prefix, count: count)
  }

  /// Whether string `index`, whose signature is known to be `signature`, is exactly the bytes at
  /// `pointer` with that signature.
  @inline(__always)
  private func string(
    _ index: Int, matches signature: Signature, at pointer: UnsafePointer<UInt8>
  ) -> Bool {
    guard signatures[index] == signature else { return false }
    // The first eight bytes are equal; compare the rest.
    var position = bounds[index] &+ 8
    var offset = 8
    while offset < signature.count {
      if bytes[position] != pointer[offset] { return false }
      offset &+= 1
      position &+= 1
    }
    return true
  }

  /// Whether string `index` is exactly the `count` bytes at `pointer`, of which `readable` bytes
  /// (at least `count`) may be read.
  @inline(__always)
  func string(
    _ index: Int, equals pointer: UnsafePointer<UInt8>, count: Int, readable: Int
  ) -> Bool {
    string(
      index, matches: Self.signature(of: pointer, count: count, readable: readable), at: pointer)
  }

  /// The position of the first string of `range` (all strings by default) that is exactly the
  /// `count` bytes at `pointer`, of which `readable` bytes (at least `count`) may be read; or `nil`.
  @inline(__always)
  func firstIndex(
    of pointer: UnsafePointer<UInt8>, count: Int, readable: Int, among range: Range<Int>? = nil
  ) -> Int? {
    let signature = Self.signature(of: pointer, count: count, readable: readable)
    for index in range ?? indices where string(index, matches: signature, at: pointer) {
      return index
    }
    return nil
  }
}
