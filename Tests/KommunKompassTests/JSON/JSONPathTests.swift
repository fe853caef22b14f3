import Testing

@testable import KommunKompass

@Suite("JSON paths")
struct JSONPathTests {
  @Test("Paths read like areas[2].subAreas[1].points")
  func description() {
    let path = JSONPath.root.appending("areas").appending(index: 2).appending("subAreas").appending(
      index: 1
    )
    .appending("points")
    #expect(path.description == "areas[2].subAreas[1].points")
    #expect(JSONPath.root.description == "$")
    #expect(JSONPath.root.appending("$schema").description == "$schema")
    #expect(JSONPath.root.appending("two words").description == "[\"two words\"]")
  }

  @Test("Paths order as in a document")
  func ordering() {
    let areas = JSONPath.root.appending("areas")
    #expect(areas.appending(index: 2) < areas.appending(index: 10))
    #expect(areas < areas.appending(index: 0))
  }
}
