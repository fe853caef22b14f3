extension Problem {
  /// The problem with the line and column of its JSON path in a file's bytes (or of the nearest
  /// value above it), for a problem found after loading, such as a file that does not belong to
  /// a consensus. A problem that already has a location, or bytes that are not JSON, leave it as
  /// it is.
  package func locating(in bytes: [UInt8]) -> Problem {
    guard location == nil, let root = try? JSONParser.parse(bytes).value else { return self }
    var located = self
    located.location = root.nearestLocation(of: path)
    return located
  }
}
