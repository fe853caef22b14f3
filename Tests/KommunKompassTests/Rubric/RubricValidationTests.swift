import Testing

@testable import KommunKompass

@Suite("Rubric validation")
struct RubricValidationTests {
  /// A small rubric text with placeholders substituted per test case.
  static func rubricJSON(
    area1Max: String = "30", subArea12Max: String = "20", secondSubAreaID: String = "1.2"
  ) -> String {
    """
    {
      "formatVersion": 1,
      "id": "test-rubric",
      "revision": "test",
      "title": { "sv": "Testrubrik", "en": "Test rubric" },
      "areas": [
        {
          "id": "1",
          "title": "Område ett",
          "maxPoints": \(area1Max),
          "subAreas": [
            { "id": "1.1", "title": "Första", "maxPoints": 10 },
            { "id": "\(secondSubAreaID)", "title": "Andra", "maxPoints": \(subArea12Max) }
          ]
        },
        { "id": "2", "title": "Område två (bara områdesnivå)", "maxPoints": 100 }
      ]
    }
    """
  }

  @Test("A consistent rubric loads, including an area known only at area level")
  func consistentRubric() throws {
    let result = Rubric.load(bytes: Array(Self.rubricJSON().utf8), file: "test.json")
    #expect(result.problems.isEmpty)
    let rubric = try #require(result.value)
    #expect(rubric.maxPoints == 130)
    #expect(rubric.area(id: "2")?.subAreas.isEmpty == true)
    #expect(rubric.title.text(in: .english) == "Test rubric")
    #expect(rubric.area(id: "1")?.title.text(in: .english) == "Område ett")
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var json: String
    var path: String
    var kind: Problem.Kind
    var message: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "area maximum differs from the sum of its sub-areas",
      json: rubricJSON(area1Max: "40"),
      path: "areas[0].maxPoints", kind: .inconsistentRubric,
      message:
        "area 1 has the maximum 40, but its sub-areas' maxima add up to 30 (1.1: 10, 1.2: 20)"),
    Case(
      name: "sub-area maximum zero",
      json: rubricJSON(area1Max: "10", subArea12Max: "0"),
      path: "areas[0].subAreas[1].maxPoints", kind: .outOfRange,
      message: "sub-area 1.2: the maximum must be greater than 0, not 0"),
    Case(
      name: "duplicate sub-area id",
      json: rubricJSON(secondSubAreaID: "1.1"),
      path: "areas[0].subAreas[1].id", kind: .duplicateID,
      message: "the id \"1.1\" is already used at areas[0].subAreas[0].id"),
    Case(
      name: "maximum given as text",
      json: rubricJSON(area1Max: "\"30\""),
      path: "areas[0].maxPoints", kind: .wrongType,
      message: "must be a number, but this is the text \"30\"; write the number without quotes: 30"),
  ]

  @Test("A broken rubric is reported with path and message", arguments: cases)
  func brokenRubric(_ testCase: Case) throws {
    let result = Rubric.load(bytes: Array(testCase.json.utf8), file: "test.json")
    #expect(result.value == nil)
    let problem = try #require(result.errors.first)
    #expect(result.errors.count == 1, "\(result.errors)")
    #expect(problem.file == "test.json")
    #expect(problem.path.description == testCase.path)
    #expect(problem.kind == testCase.kind)
    #expect(problem.message.english == testCase.message)
  }
}
