/// A JSON object seen by ``DocumentReader``: its members by key, with its own path and position.
package struct JSONObject {
  package var path: JSONPath
  package var location: TextLocation
  /// The members in file order (a duplicated key appears once, with its first value).
  package var members: [JSONValue.Member]

  package init(path: JSONPath, location: TextLocation, members: [JSONValue.Member]) {
    self.path = path
    self.location = location
    // Duplicate keys are rare (and reported by the parser): keep the members as they are unless
    // there is one, then keep each key's first member.
    var unique: [JSONValue.Member] = []
    unique.reserveCapacity(members.count)
    for member in members where !unique.contains(where: { $0.key == member.key }) {
      unique.append(member)
    }
    self.members = unique
  }

  /// The value stored under a key, if any.
  package subscript(key: String) -> JSONValue? {
    members.first { $0.key == key }?.value
  }

  /// Whether the object has a member with this key.
  package func contains(_ key: String) -> Bool {
    members.contains { $0.key == key }
  }
}
