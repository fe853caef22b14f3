import Foundation
import Testing

@testable import KommunKompass

/// The evaluation schema's municipality-code pattern and the loader accept exactly the same county
/// prefixes: those SCB uses today (01, 03–10, 12–14, 17–25).
@Suite("Municipality codes: schema and loader agree on the county prefixes")
struct MunicipalityCodeSchemaTests {
  /// The county codes in use, written out by hand from SCB's list of counties: Stockholm 01,
  /// Uppsala 03, Södermanland 04, Östergötland 05, Jönköping 06, Kronoberg 07, Kalmar 08, Gotland 09,
  /// Blekinge 10, Skåne 12, Halland 13, Västra Götaland 14, Värmland 17, Örebro 18, Västmanland 19,
  /// Dalarna 20, Gävleborg 21, Västernorrland 22, Jämtland 23, Västerbotten 24, Norrbotten 25.
  static let countiesInUse: Set<String> = [
    "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20",
    "21", "22", "23", "24", "25",
  ]

  /// Every two-digit prefix, 00 to 99.
  static let prefixes = (0...99).map { $0 < 10 ? "0\($0)" : "\($0)" }

  /// A validator for the `code` property of the schema's municipality object.
  static func codeValidator() throws -> SchemaValidator {
    let schema = try RepositorySchemas.evaluationValidator()
    let code = try #require(schema.schema(at: "#/$defs/municipality/properties/code"))
    return try SchemaValidator(schema: code)
  }

  @Test("Each two-digit prefix: the schema accepts it exactly when it is a county in use")
  func schemaAcceptsExactlyTheCounties() throws {
    let validator = try Self.codeValidator()
    for prefix in Self.prefixes {
      let violations = try validator.violations(of: .string(prefix + "80"))
      #expect(
        violations.isEmpty == Self.countiesInUse.contains(prefix),
        "\(prefix)80: \(violations.isEmpty ? "accepted" : "refused")")
    }
  }

  @Test("Each two-digit prefix: the loader accepts it exactly when the schema does")
  func loaderAgreesWithTheSchema() throws {
    let validator = try Self.codeValidator()
    for prefix in Self.prefixes {
      let code = prefix + "80"
      let schemaAccepts = try validator.violations(of: .string(code)).isEmpty
      #expect((MunicipalityCode(rawValue: code) != nil) == schemaAccepts, "\(code)")
    }
    #expect(MunicipalityCode.countyCodes == Self.countiesInUse)
  }

  @Test(
    "Halland (13) is accepted and the unused 11 refused, in a whole evaluation file",
    arguments: [("1380", true), ("1180", false), ("0280", false), ("2580", true), ("2680", false)])
  func wholeFile(code: String, accepted: Bool) throws {
    let bytes = try KumlaMutation.json {
      $0["municipality"] = ["name": "Testby kommun", "code": code]
    }.apply()
    let violations = try RepositorySchemas.evaluationValidator().violations(ofJSON: bytes)
    #expect(violations.isEmpty == accepted, "\(violations)")
    if !accepted {
      #expect(
        violations.contains {
          $0.keyword == "pattern" && $0.instanceLocation == "/municipality/code"
        })
    }
    let result = Evaluation.load(bytes: bytes, file: "testby.json")
    #expect(
      result.errors.contains { $0.kind == .invalidMunicipalityCode } == !accepted,
      "\(result.errors)")
  }
}
