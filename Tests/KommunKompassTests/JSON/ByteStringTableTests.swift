import Testing

@testable import KommunKompass

@Suite("Byte string tables")
struct ByteStringTableTests {
  /// Keys of different lengths, two sharing their first eight bytes, one of exactly eight bytes,
  /// and an empty string.
  static let table = ByteStringTable(
    utf8: ["id", "previousStrengths", "previousImprovements", "previous", "", "åäö", "points"])

  /// Where `text` is found in the table, by the same call the scanner makes on a file's bytes.
  static func index(
    of text: String, followedBy rest: String = "\": 1}", among range: Range<Int>? = nil
  ) -> Int? {
    let bytes = Array(text.utf8) + Array(rest.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.flatMap {
        table.firstIndex(of: $0, count: text.utf8.count, readable: bytes.count, among: range)
      }
    }
  }

  @Test(
    "Each string is found at its own position",
    arguments: [
      ("id", 0), ("previousStrengths", 1), ("previousImprovements", 2), ("previous", 3), ("", 4),
      ("åäö", 5), ("points", 6),
    ])
  func found(text: String, position: Int) {
    // Followed by more bytes, as in a file, and at the very end of the bytes.
    #expect(Self.index(of: text) == position)
    #expect(Self.index(of: text, followedBy: "") == position)
    #expect(Self.table.text(at: position) == text)
  }

  @Test(
    "Prefixes, extensions and strings differing after the eighth byte are not found",
    arguments: [
      "i", "ids", "previousStrength", "previousStrengthsX", "previousImprovementz",
      "previou", "previous ", "Id", "points\u{0}", "aao",
    ])
  func notFound(text: String) {
    #expect(Self.index(of: text) == nil)
    #expect(Self.index(of: text, followedBy: "") == nil)
  }

  @Test("A search among some strings finds only those")
  func among() {
    #expect(Self.index(of: "previous", among: 1..<3) == nil)
    #expect(Self.index(of: "previousImprovements", among: 1..<3) == 2)
    #expect(Self.table.count == 7)
  }
}
