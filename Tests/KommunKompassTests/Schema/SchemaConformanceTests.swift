import Foundation
import Testing

@testable import KommunKompass

/// The JSON Schema files in `Evaluations/` and `Rubrics/` describe exactly what the Swift models and
/// the loaders read: the data files validate, everything the models encode validates, every schema
/// property is something the models write, and the enumerations are the Swift raw values.
@Suite("Schema conformance")
struct SchemaConformanceTests {
  @Test(
    "Each schema file is valid JSON in draft 2020-12, with its file name as $id",
    arguments: RepositorySchemas.all)
  func schemaFileIsWellFormed(schema: URL, folder: URL) throws {
    let document = try JSONNode.parse(contentsOf: schema)
    #expect(document["$schema"]?.stringValue == SchemaValidator.dialect)
    #expect(document["$id"]?.stringValue == schema.lastPathComponent)
    #expect(schema.deletingLastPathComponent().standardizedFileURL == folder.standardizedFileURL)
    for key in ["title", "description"] {
      let text = try #require(document[key]?.stringValue, "\(key) is missing")
      #expect(text.contains(" / "), "\(key) should be Swedish / English")
    }
    // Throws on any keyword the test validator would not check.
    _ = try SchemaValidator(schema: document)
  }

  @Test(
    "Every property in each schema has a Swedish / English description",
    arguments: RepositorySchemas.all)
  func everyPropertyIsDescribed(schema: URL, folder: URL) throws {
    let validator = try SchemaValidator(contentsOf: schema)
    #expect(!validator.declaredPropertyLocations.isEmpty)
    for location in validator.declaredPropertyLocations.sorted() {
      let description = validator.schema(at: location)?["description"]?.stringValue ?? ""
      #expect(description.contains(" / "), "\(location) needs a description in Swedish / English")
    }
  }

  @Test("Every evaluation file in Evaluations/ validates against evaluation.schema.json")
  func evaluationFilesValidate() throws {
    let validator = try RepositorySchemas.evaluationValidator()
    let files = try RepositoryFiles.jsonFiles(in: RepositoryFiles.evaluations)
    #expect(!files.isEmpty)
    for file in files {
      let violations = try validator.violations(of: JSONNode.parse(contentsOf: file))
      #expect(violations.isEmpty, "\(file.lastPathComponent): \(violations)")
    }
  }

  @Test("Every rubric file in Rubrics/ validates against rubric.schema.json")
  func rubricFilesValidate() throws {
    let validator = try RepositorySchemas.rubricValidator()
    let files = try RepositoryFiles.jsonFiles(in: RepositoryFiles.rubrics)
    #expect(!files.isEmpty)
    for file in files {
      let violations = try validator.violations(of: JSONNode.parse(contentsOf: file))
      #expect(violations.isEmpty, "\(file.lastPathComponent): \(violations)")
    }
  }

  @Test("The fixtures set every optional field of the models somewhere")
  func fixturesAreComplete() throws {
    let evaluation = try ModelFixtures.fullEvaluation()
    let areaLevel = try ModelFixtures.fullAreaLevelEvaluation()
    let totalsOnly = try ModelFixtures.fullTotalOnlyEvaluations()
    #expect(ModelFixtures.unsetFields(in: [evaluation, areaLevel] + totalsOnly) == [])
    #expect(ModelFixtures.unsetFields(in: ModelFixtures.fullRubric()) == [])
    #expect(
      Set([evaluation.detail, areaLevel.detail] + totalsOnly.map(\.detail))
        == Set(EvaluationDetail.allCases))
    #expect(!evaluation.municipality.isFictitious && areaLevel.municipality.isFictitious)
    let assessments = evaluation.areas.flatMap(\.subAreas).map(\.assessment)
    #expect(assessments.contains { if case .points = $0 { true } else { false } })
    #expect(assessments.contains { if case .notAssessed = $0 { true } else { false } })
    #expect(assessments.contains(.pending))
    #expect(
      Set(evaluation.areas.flatMap(\.subAreas).flatMap(\.findings).map(\.source))
        == Set(EvidenceSource.allCases))
  }

  /// The two ways the library writes evaluation files.
  enum Writer: String, Sendable, CaseIterable {
    /// Foundation's `JSONEncoder`, as an app would use it.
    case jsonEncoder
    /// `Evaluation.fileText(schemaReference:)`, as `kompass init` uses it, with a `$schema` line.
    case fileText

    /// The file's bytes as this writer writes the evaluation.
    func bytes(of evaluation: Evaluation) throws -> [UInt8] {
      switch self {
      case .jsonEncoder: [UInt8](try JSONEncoder().encode(evaluation))
      case .fileText:
        Array(try evaluation.fileText(schemaReference: "./evaluation.schema.json").utf8)
      }
    }
  }

  @Test(
    "Evaluations with every optional field (per sub-area and per area), as written, validate and use every schema property",
    arguments: Writer.allCases)
  func encodedEvaluationsValidate(writer: Writer) throws {
    let validator = try RepositorySchemas.evaluationValidator()
    let catalog = RubricCatalog(rubrics: [ModelFixtures.fullRubric()])
    var applied: Set<String> = []
    for evaluation in [
      try ModelFixtures.fullEvaluation(), try ModelFixtures.fullAreaLevelEvaluation(),
    ] + (try ModelFixtures.fullTotalOnlyEvaluations()) {
      let bytes = try writer.bytes(of: evaluation)
      let report = try validator.validate(JSONNode.parse(bytes))
      #expect(report.violations.isEmpty, "\(evaluation.detail): \(report.violations)")
      applied.formUnion(report.appliedProperties)

      // The loader reads back exactly what was written, with warnings at most (a sub-area not scored yet).
      let loaded = Evaluation.load(bytes: bytes, file: "fixture.json", catalog: catalog)
      #expect(loaded.value == evaluation)
      #expect(loaded.errors.isEmpty, "\(evaluation.detail): \(loaded.errors)")
    }
    var unused = validator.declaredPropertyLocations.subtracting(applied)
    if writer == .jsonEncoder { unused.remove("#/properties/$schema") }
    #expect(unused.isEmpty, "schema properties the model never writes: \(unused.sorted())")
  }

  @Test("Files from kompass init (blank, and next after Kumla 2020) validate against the schema")
  func templatesValidate() throws {
    let validator = try RepositorySchemas.evaluationValidator()
    let kumla = try #require(Evaluation.load(contentsOf: RepositoryFiles.kumla2020).value)
    let rubric = try #require(RubricCatalog.bundled.rubric(id: kumla.rubricID))
    let date = try #require(CalendarDate(year: 2026, month: 3, day: 1))
    let templates = [
      EvaluationTemplate.blank(rubric: rubric, municipality: kumla.municipality, date: date),
      EvaluationTemplate.next(after: kumla, rubric: rubric, date: date),
    ]
    for template in templates {
      let text = try template.fileText(schemaReference: "./evaluation.schema.json")
      let violations = try validator.violations(ofJSON: Array(text.utf8))
      #expect(violations.isEmpty, "\(violations)")
    }
  }

  @Test(
    "A rubric with every optional field, encoded by JSONEncoder, validates and uses every schema property"
  )
  func encodedRubricValidates() throws {
    let validator = try RepositorySchemas.rubricValidator()
    let rubric = ModelFixtures.fullRubric()
    let data = try JSONEncoder().encode(rubric)
    let report = try validator.validate(JSONNode.parse(data))
    #expect(report.violations.isEmpty, "\(report.violations)")
    let unused = validator.declaredPropertyLocations.subtracting(report.appliedProperties)
      .subtracting(["#/properties/$schema"])
    #expect(unused.isEmpty, "schema properties the model never writes: \(unused.sorted())")

    let loaded = Rubric.load(bytes: [UInt8](data), file: "fixture.json")
    #expect(loaded.value == rubric)
    #expect(loaded.problems.isEmpty, "\(loaded.problems)")
  }

  @Test("The schema's enumerations are exactly the Swift raw values")
  func enumerationsMatchSwift() throws {
    let schema = try RepositorySchemas.evaluationValidator().root
    let kinds = schema["properties"]?["kind"]?["enum"]?.arrayValue?.compactMap(\.stringValue)
    #expect(kinds == EvaluationKind.allCases.map(\.rawValue))
    let sources = schema["$defs"]?["finding"]?["properties"]?["source"]?["enum"]?.arrayValue?
      .compactMap(\.stringValue)
    #expect(sources == EvidenceSource.allCases.map(\.rawValue))
    let details = schema["properties"]?["detail"]?["enum"]?.arrayValue?.compactMap(\.stringValue)
    #expect(details == EvaluationDetail.allCases.map(\.rawValue))
  }

  @Test(
    "The evaluation schema's keys at the top level, in areas, sub-areas and proposals are exactly the loader's"
  )
  func keysMatchLoader() throws {
    let schema = try RepositorySchemas.evaluationValidator().root
    #expect(schema["properties"]?.objectKeys == Set(EvaluationFileKey.Root.names))
    #expect(
      schema["$defs"]?["area"]?["properties"]?.objectKeys == Set(EvaluationFileKey.Area.names))
    #expect(
      schema["$defs"]?["subArea"]?["properties"]?.objectKeys
        == Set(EvaluationFileKey.SubArea.names))
    #expect(
      schema["$defs"]?["subAreaProposal"]?["properties"]?.objectKeys
        == Set(EvaluationFileKey.SubAreaProposal.names))
    #expect(
      schema["$defs"]?["areaProposal"]?["properties"]?.objectKeys
        == Set(EvaluationFileKey.AreaProposal.names))
  }

  @Test(
    "Every object type in both schemas forbids unknown keys, as the loaders do",
    arguments: RepositorySchemas.all)
  func objectsAreClosed(schema: URL, folder: URL) throws {
    var open: [String] = []
    var objectTypes = 0
    func walk(_ node: JSONNode, at path: String) {
      switch node {
      case .object(let members):
        if members["type"] == .string("object") {
          objectTypes += 1
          if members["additionalProperties"] != .bool(false) { open.append(path) }
        }
        for (key, member) in members { walk(member, at: path + "/" + key) }
      case .array(let elements):
        for (index, element) in elements.enumerated() { walk(element, at: path + "/\(index)") }
      default:
        break
      }
    }
    walk(try JSONNode.parse(contentsOf: schema), at: "#")
    #expect(objectTypes > 1)
    #expect(open == [], "objects without \"additionalProperties\": false")
  }
}
