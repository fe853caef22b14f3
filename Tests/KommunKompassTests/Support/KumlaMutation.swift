// swift-format-ignore-file: NeverForceUnwrap
// These tests edit parsed JSON fixtures and bundled data whose shape the test itself fixes; a
// failed cast or unwrap here is a broken fixture, and stopping the run is the right outcome.

import Foundation

/// A change to the Kumla 2020 evaluation file that makes it invalid in one specific way.
enum KumlaMutation: Sendable {
  /// Edits the parsed JSON object.
  case json(@Sendable (inout [String: Any]) -> Void)
  /// Replaces the first occurrence of a text in the file.
  case text(String, String)

  /// The bytes of the Kumla 2020 file after the change.
  func apply() throws -> [UInt8] {
    let original = try Data(contentsOf: RepositoryFiles.kumla2020)
    switch self {
    case .json(let edit):
      var object = try require(try JSONSerialization.jsonObject(with: original) as? [String: Any])
      edit(&object)
      return [UInt8](
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]))
    case .text(let target, let replacement):
      let text = String(decoding: original, as: UTF8.self)
      let range = try require(text.range(of: target), "the Kumla file has no \(target)")
      return Array(text.replacingCharacters(in: range, with: replacement).utf8)
    }
  }
}

/// Edits the `index`th sub-area of the `area`th area of an evaluation object.
func editSubArea(
  _ object: inout [String: Any], area: Int, subArea: Int, _ edit: (inout [String: Any]) -> Void
) {
  var areas = object["areas"] as! [[String: Any]]
  var subAreas = areas[area]["subAreas"] as! [[String: Any]]
  edit(&subAreas[subArea])
  areas[area]["subAreas"] = subAreas
  object["areas"] = areas
}

/// Edits the `index`th area of an evaluation object.
func editArea(_ object: inout [String: Any], area: Int, _ edit: (inout [String: Any]) -> Void) {
  var areas = object["areas"] as! [[String: Any]]
  edit(&areas[area])
  object["areas"] = areas
}

/// `#require` for values outside a test function: throws instead of recording.
func require<T>(_ value: T?, _ message: @autoclosure () -> String = "") throws -> T {
  guard let value else { throw RequirementFailure(message: message()) }
  return value
}

struct RequirementFailure: Error {
  var message: String
}
