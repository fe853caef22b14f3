extension KeyedDecodingContainer {
  /// Decodes a data file's `formatVersion` for a model's `Decodable` initialiser: a missing version
  /// means 1, and a version newer than `supported` is refused, since its meaning is unknown.
  ///
  /// `Decodable` reads a file's shape only; the `load` functions (such as
  /// ``Evaluation/load(bytes:file:catalog:)``) are the validating path.
  func decodeFormatVersion(forKey key: Key, supported: Int) throws -> Int {
    let version = try decodeIfPresent(Int.self, forKey: key) ?? 1
    guard (1...supported).contains(version) else {
      throw DecodingError.dataCorruptedError(
        forKey: key, in: self,
        debugDescription:
          "format version \(version) is not supported; this library reads format versions 1 to \(supported)"
      )
    }
    return version
  }
}
