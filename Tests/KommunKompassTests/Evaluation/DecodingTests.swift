import Foundation
import Testing

@testable import KommunKompass

/// The models' `Decodable` initialisers read the shape of a file and refuse a format version they
/// do not know; `load` stays the validating path.
@Suite("Decoding the models directly")
struct DecodingTests {
  static let kumla = (try? Data(contentsOf: RepositoryFiles.kumla2020)) ?? Data()

  static func withFormatVersion(_ version: Int?, in data: Data) throws -> Data {
    var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    object["formatVersion"] = version
    return try JSONSerialization.data(withJSONObject: object)
  }

  @Test("A missing or known format version decodes", arguments: [nil, 1])
  func knownVersion(version: Int?) throws {
    let evaluation = try JSONDecoder().decode(
      Evaluation.self, from: Self.withFormatVersion(version, in: Self.kumla))
    #expect(evaluation.formatVersion == 1)
  }

  @Test("A newer or impossible format version is refused", arguments: [2, 0, -1])
  func unknownVersion(version: Int) throws {
    let data = try Self.withFormatVersion(version, in: Self.kumla)
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(Evaluation.self, from: data) }
  }

  @Test("Rubrics, crosswalks, profiles and plans refuse a newer format version too")
  func otherModels() throws {
    let rubric = try Data(
      contentsOf: RepositoryFiles.root.appendingPathComponent("Rubrics/kommunkompassen-2020.json"))
    #expect(throws: Never.self) { try JSONDecoder().decode(Rubric.self, from: rubric) }
    let newer = try Self.withFormatVersion(Rubric.supportedFormatVersion + 1, in: rubric)
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(Rubric.self, from: newer) }
    let plan: [String: Any] = [
      "formatVersion": ActionPlan.supportedFormatVersion, "rubric": "kommunkompassen-2020",
      "municipality": ["name": "Testby", "code": "0114"],
      "evaluation": ["date": "2020-11-15", "file": "x.json"], "actions": [],
    ]
    let planData = try JSONSerialization.data(withJSONObject: plan)
    #expect(throws: Never.self) { try JSONDecoder().decode(ActionPlan.self, from: planData) }
    let newerPlan = try Self.withFormatVersion(ActionPlan.supportedFormatVersion + 1, in: planData)
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(ActionPlan.self, from: newerPlan)
    }
  }

  @Test("A localized text prints as its Swedish text")
  func localizedTextDescription() {
    let text = LocalizedText(sv: "Styrkor", en: "Strengths")
    #expect("\(text)" == "Styrkor")
    #expect(String(describing: text) == "Styrkor")
  }
}
