import Foundation
import Testing

@testable import KommunKompass

/// The schemas and the hand-written loaders agree: each broken document is rejected by both, for
/// the same reason at the same place, and each unusual but valid document is accepted by both.
@Suite("Schema and loader agreement")
struct SchemaLoaderAgreementTests {
  /// A document both the schema and the loader must reject.
  struct Rejected: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: @Sendable () throws -> [UInt8]
    /// The schema keyword expected to fail, and where (a JSON Pointer into the document).
    var keyword: String
    var pointer: String
    /// The loader's problem kind expected, and where (the loader's path notation).
    var kind: Problem.Kind
    var path: String
    var testDescription: String { name }
  }

  /// A document both the schema and the loader must accept (the loader with warnings at most).
  struct Accepted: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: @Sendable () throws -> [UInt8]
    var testDescription: String { name }
  }

  // MARK: - Evaluations

  static let rejectedEvaluations: [Rejected] = [
    Rejected(
      name: "unknown key at the top level",
      bytes: kumla { $0["comment"] = "utkast" },
      keyword: "additionalProperties", pointer: "", kind: .unknownKey, path: "comment"),
    Rejected(
      name: "unknown key in a finding",
      bytes: kumla { object in
        editSubArea(&object, area: 0, subArea: 0) { subArea in
          var findings = subArea["findings"] as? [[String: Any]] ?? []
          findings[0]["page"] = 12
          subArea["findings"] = findings
        }
      },
      keyword: "additionalProperties", pointer: "/areas/0/subAreas/0/findings/0", kind: .unknownKey,
      path: "areas[0].subAreas[0].findings[0].page"),
    Rejected(
      name: "municipality code \"188\"",
      bytes: kumla { $0["municipality"] = ["name": "Kumla kommun", "code": "188"] },
      keyword: "pattern", pointer: "/municipality/code", kind: .invalidMunicipalityCode,
      path: "municipality.code"),
    Rejected(
      name: "municipality code as a number",
      bytes: kumla { $0["municipality"] = ["name": "Kumla kommun", "code": 1881] },
      keyword: "type", pointer: "/municipality/code", kind: .wrongType, path: "municipality.code"),
    Rejected(
      name: "fictitious as a text",
      bytes: kumla {
        $0["municipality"] = ["name": "Kumla kommun", "code": "1881", "fictitious": "true"]
      },
      keyword: "type", pointer: "/municipality/fictitious", kind: .wrongType,
      path: "municipality.fictitious"),
    Rejected(
      name: "municipality without a name",
      bytes: kumla { $0["municipality"] = ["code": "1881"] },
      keyword: "required", pointer: "/municipality", kind: .missingKey, path: "municipality.name"),
    Rejected(
      name: "date \"2020-13\"",
      bytes: kumla { $0["date"] = "2020-13" },
      keyword: "pattern", pointer: "/date", kind: .invalidDate, path: "date"),
    Rejected(
      name: "date \"2021-02-30\"",
      bytes: kumla { $0["date"] = "2021-02-30" },
      keyword: "pattern", pointer: "/date", kind: .invalidDate, path: "date"),
    Rejected(
      name: "kind \"extern\"",
      bytes: kumla { $0["kind"] = "extern" },
      keyword: "enum", pointer: "/kind", kind: .invalidValue, path: "kind"),
    Rejected(
      name: "finding source \"webb\"",
      bytes: kumla { object in
        editSubArea(&object, area: 0, subArea: 0) { subArea in
          var findings = subArea["findings"] as? [[String: Any]] ?? []
          findings[0]["source"] = "webb"
          subArea["findings"] = findings
        }
      },
      keyword: "enum", pointer: "/areas/0/subAreas/0/findings/0/source", kind: .invalidValue,
      path: "areas[0].subAreas[0].findings[0].source"),
    Rejected(
      name: "both points and notAssessed",
      bytes: kumla {
        editSubArea(&$0, area: 0, subArea: 0) { $0["notAssessed"] = "Inget underlag" }
      },
      keyword: "oneOf", pointer: "/areas/0/subAreas/0", kind: .invalidValue,
      path: "areas[0].subAreas[0].notAssessed"),
    Rejected(
      name: "neither points nor notAssessed",
      bytes: kumla { editSubArea(&$0, area: 0, subArea: 0) { $0["points"] = nil } },
      keyword: "oneOf", pointer: "/areas/0/subAreas/0", kind: .missingKey,
      path: "areas[0].subAreas[0].points"),
    Rejected(
      name: "missing rubric",
      bytes: kumla { $0["rubric"] = nil },
      keyword: "required", pointer: "", kind: .missingKey, path: "rubric"),
    Rejected(
      name: "negative points",
      bytes: kumla { editSubArea(&$0, area: 2, subArea: 0) { $0["points"] = -1 } },
      keyword: "minimum", pointer: "/areas/2/subAreas/0/points", kind: .outOfRange,
      path: "areas[2].subAreas[0].points"),
    Rejected(
      name: "points written as text",
      bytes: kumla { editSubArea(&$0, area: 0, subArea: 0) { $0["points"] = "12,5" } },
      keyword: "type", pointer: "/areas/0/subAreas/0/points", kind: .wrongType,
      path: "areas[0].subAreas[0].points"),
    Rejected(
      name: "empty strength text",
      bytes: kumla { editArea(&$0, area: 0) { $0["strengths"] = [""] } },
      keyword: "minLength", pointer: "/areas/0/strengths/0", kind: .emptyValue,
      path: "areas[0].strengths[0]"),
    Rejected(
      name: "improvement of white space only",
      bytes: kumla { editArea(&$0, area: 1) { $0["improvements"] = ["   "] } },
      keyword: "pattern", pointer: "/areas/1/improvements/0", kind: .emptyValue,
      path: "areas[1].improvements[0]"),
    Rejected(
      name: "empty notAssessed reason",
      bytes: kumla {
        editSubArea(&$0, area: 0, subArea: 0) {
          $0["points"] = nil
          $0["notAssessed"] = ""
        }
      },
      keyword: "minLength", pointer: "/areas/0/subAreas/0/notAssessed", kind: .emptyValue,
      path: "areas[0].subAreas[0].notAssessed"),
    Rejected(
      name: "formatVersion 0",
      bytes: kumla { $0["formatVersion"] = 0 },
      keyword: "minimum", pointer: "/formatVersion", kind: .outOfRange, path: "formatVersion"),
    Rejected(
      name: "formatVersion 1.5",
      bytes: kumla { $0["formatVersion"] = 1.5 },
      keyword: "type", pointer: "/formatVersion", kind: .wrongType, path: "formatVersion"),
    Rejected(
      name: "negative number of interviews",
      bytes: kumla { $0["sources"] = ["interviews": -1] },
      keyword: "minimum", pointer: "/sources/interviews", kind: .outOfRange,
      path: "sources.interviews"),
    Rejected(
      name: "no areas",
      bytes: kumla { $0["areas"] = [Any]() },
      keyword: "minItems", pointer: "/areas", kind: .missingID, path: "areas"),
    Rejected(
      name: "detail \"areas\"",
      bytes: kumla { $0["detail"] = "areas" },
      keyword: "enum", pointer: "/detail", kind: .invalidValue, path: "detail"),
    Rejected(
      name: "negative published total",
      bytes: kumla { $0["publishedTotal"] = -557 },
      keyword: "minimum", pointer: "/publishedTotal", kind: .outOfRange, path: "publishedTotal"),
    Rejected(
      name: "points on an area of an evaluation per sub-area",
      bytes: kumla { editArea(&$0, area: 0) { $0["points"] = 66 } },
      keyword: "oneOf", pointer: "", kind: .wrongDetailLevel, path: "areas[0].points"),
    Rejected(
      name: "an area without sub-areas in an evaluation per sub-area",
      bytes: kumla { editArea(&$0, area: 0) { $0["subAreas"] = nil } },
      keyword: "oneOf", pointer: "", kind: .missingKey, path: "areas[0].subAreas"),
    Rejected(
      name: "sub-areas in an evaluation per area",
      bytes: kumla { $0["detail"] = "area" },
      keyword: "oneOf", pointer: "", kind: .wrongDetailLevel, path: "areas[0].subAreas"),
    Rejected(
      name: "an area without points in an evaluation per area",
      bytes: kumla {
        perArea(&$0)
        editArea(&$0, area: 3) { $0["points"] = nil }
      },
      keyword: "oneOf", pointer: "", kind: .missingKey, path: "areas[3].points"),
    Rejected(
      name: "an area with both points and notAssessed in an evaluation per area",
      bytes: kumla {
        perArea(&$0)
        editArea(&$0, area: 3) { $0["notAssessed"] = "Inget underlag" }
      },
      keyword: "oneOf", pointer: "", kind: .invalidValue, path: "areas[3].notAssessed"),
    Rejected(
      name: "negative area points in an evaluation per area",
      bytes: kumla {
        perArea(&$0)
        editArea(&$0, area: 3) { $0["points"] = -60 }
      },
      keyword: "minimum", pointer: "/areas/3/points", kind: .outOfRange, path: "areas[3].points"),
    Rejected(
      name: "areas in a totals-only evaluation",
      bytes: kumla {
        $0["detail"] = "total"
        $0["points"] = 557
      },
      keyword: "oneOf", pointer: "", kind: .wrongDetailLevel, path: "areas"),
    Rejected(
      name: "a published total in a totals-only evaluation",
      bytes: kumla {
        totalOnly(&$0)
        $0["publishedTotal"] = 557
      },
      keyword: "oneOf", pointer: "", kind: .wrongDetailLevel, path: "publishedTotal"),
    Rejected(
      name: "a totals-only evaluation without points",
      bytes: kumla {
        totalOnly(&$0)
        $0["points"] = nil
      },
      keyword: "oneOf", pointer: "", kind: .missingKey, path: "points"),
    Rejected(
      name: "negative points of a totals-only evaluation",
      bytes: kumla {
        totalOnly(&$0)
        $0["points"] = -1
      },
      keyword: "minimum", pointer: "/points", kind: .outOfRange, path: "points"),
    Rejected(
      name: "points at the top of an evaluation per sub-area",
      bytes: kumla { $0["points"] = 557 },
      keyword: "oneOf", pointer: "", kind: .wrongDetailLevel, path: "points"),
    Rejected(
      name: "a year of three digits",
      bytes: kumla { $0["date"] = "202" },
      keyword: "pattern", pointer: "/date", kind: .invalidDate, path: "date"),
  ]

  /// Rejected edits of a consensus evaluation's proposals.
  static let rejectedProposals: [Rejected] = [
    Rejected(
      name: "a proposal without an evaluator",
      bytes: kumla { editSubArea(&$0, area: 0, subArea: 0) { $0["proposals"] = [["points": 12]] } },
      keyword: "required", pointer: "/areas/0/subAreas/0/proposals/0", kind: .missingKey,
      path: "areas[0].subAreas[0].proposals[0].evaluator"),
    Rejected(
      name: "a proposal with both points and notAssessed",
      bytes: kumla {
        editSubArea(&$0, area: 0, subArea: 0) {
          $0["proposals"] = [["evaluator": "Anna", "points": 12, "notAssessed": "Inget underlag"]]
        }
      },
      keyword: "oneOf", pointer: "/areas/0/subAreas/0/proposals/0", kind: .invalidValue,
      path: "areas[0].subAreas[0].proposals[0].notAssessed"),
    Rejected(
      name: "a proposal with neither points nor notAssessed",
      bytes: kumla {
        editSubArea(&$0, area: 0, subArea: 0) { $0["proposals"] = [["evaluator": "Anna"]] }
      },
      keyword: "oneOf", pointer: "/areas/0/subAreas/0/proposals/0", kind: .missingKey,
      path: "areas[0].subAreas[0].proposals[0].points"),
    Rejected(
      name: "negative points in a proposal",
      bytes: kumla {
        editSubArea(&$0, area: 0, subArea: 0) {
          $0["proposals"] = [["evaluator": "Anna", "points": -2]]
        }
      },
      keyword: "minimum", pointer: "/areas/0/subAreas/0/proposals/0/points", kind: .outOfRange,
      path: "areas[0].subAreas[0].proposals[0].points"),
    Rejected(
      name: "a proposal's points not scored yet (null)",
      bytes: kumla {
        editSubArea(&$0, area: 0, subArea: 0) {
          $0["proposals"] = [["evaluator": "Anna", "points": NSNull()]]
        }
      },
      keyword: "type", pointer: "/areas/0/subAreas/0/proposals/0/points", kind: .wrongType,
      path: "areas[0].subAreas[0].proposals[0].points"),
    Rejected(
      name: "an unknown key in a proposal",
      bytes: kumla {
        editSubArea(&$0, area: 0, subArea: 0) {
          $0["proposals"] = [["evaluator": "Anna", "points": 12, "comment": "x"]]
        }
      },
      keyword: "additionalProperties", pointer: "/areas/0/subAreas/0/proposals/0",
      kind: .unknownKey, path: "areas[0].subAreas[0].proposals[0].comment"),
    Rejected(
      name: "points in an area's proposal when points are given per sub-area",
      bytes: kumla {
        editArea(&$0, area: 0) { $0["proposals"] = [["evaluator": "Anna", "points": 60]] }
      },
      keyword: "oneOf", pointer: "", kind: .unknownKey, path: "areas[0].proposals[0].points"),
    Rejected(
      name: "an area's proposal without points in an area-level evaluation",
      bytes: kumla { object in
        perArea(&object)
        editArea(&object, area: 0) {
          $0["proposals"] = [["evaluator": "Anna", "strengths": ["Tydlig styrning"]]]
        }
      },
      keyword: "oneOf", pointer: "", kind: .missingKey, path: "areas[0].proposals[0].points"),
  ]

  @Test(
    "A broken proposal is rejected by both the schema and Evaluation.load",
    arguments: rejectedProposals)
  func brokenProposalIsRejectedByBoth(_ example: Rejected) throws {
    try brokenEvaluationIsRejectedByBoth(example)
  }

  /// Makes the Kumla file a totals-only evaluation with 557 points.
  static func totalOnly(_ object: inout [String: Any]) {
    object["detail"] = "total"
    object["areas"] = nil
    object["points"] = 557
  }

  static let acceptedEvaluations: [Accepted] = [
    Accepted(name: "a totals-only evaluation", bytes: kumla { totalOnly(&$0) }),
    Accepted(
      name: "a totals-only evaluation whose total is not known",
      bytes: kumla {
        totalOnly(&$0)
        $0["points"] = nil
        $0["notAssessed"] = "Resultatet publicerades inte"
      }),
    Accepted(
      name: "a totals-only draft",
      bytes: kumla {
        totalOnly(&$0)
        $0["points"] = NSNull()
      }),
    Accepted(name: "a year-only date", bytes: kumla { $0["date"] = "2020" }),
    Accepted(
      name: "a consensus draft: proposals, a sub-area awaiting consensus, area proposals",
      bytes: kumla { object in
        editSubArea(&object, area: 0, subArea: 0) {
          $0["points"] = NSNull()
          $0["proposals"] = [
            ["evaluator": "Anna", "points": 12],
            ["evaluator": "Bo", "notAssessed": "Missade intervjun"],
          ]
        }
        editArea(&object, area: 0) {
          $0["proposals"] = [
            ["evaluator": "Anna", "strengths": ["Tydlig"], "improvements": NSNull()]
          ]
        }
      }),
    Accepted(
      name: "an area-level consensus with each evaluator's area points",
      bytes: kumla { object in
        perArea(&object)
        editArea(&object, area: 0) {
          $0["points"] = NSNull()
          $0["proposals"] = [
            ["evaluator": "Anna", "points": 60, "strengths": ["Tydlig"]],
            ["evaluator": "Bo", "notAssessed": "Inget underlag"],
          ]
        }
      }),
    Accepted(
      name: "the Kumla file with \"$schema\"",
      bytes: kumla { $0["$schema"] = "./evaluation.schema.json" }),
    Accepted(name: "no formatVersion", bytes: kumla { $0["formatVersion"] = nil }),
    Accepted(
      name: "formatVersion written 1.0",
      bytes: { try KumlaMutation.text("\"formatVersion\": 1", "\"formatVersion\": 1.0").apply() }),
    Accepted(
      name: "code starting with 0",
      bytes: kumla { $0["municipality"] = ["name": "Upplands Väsby kommun", "code": "0114"] }),
    Accepted(
      name: "a fictitious municipality",
      bytes: kumla {
        $0["municipality"] = ["name": "Testby kommun", "code": "1899", "fictitious": true]
      }),
    Accepted(
      name: "a real municipality marked \"fictitious\": false",
      bytes: kumla {
        $0["municipality"] = ["name": "Kumla kommun", "code": "1881", "fictitious": false]
      }),
    Accepted(
      name: "full date on 29 February of a leap year", bytes: kumla { $0["date"] = "2020-02-29" }),
    Accepted(
      name: "a sub-area not scored yet (\"points\": null)",
      bytes: kumla { editSubArea(&$0, area: 0, subArea: 0) { $0["points"] = NSNull() } }),
    Accepted(
      name: "a sub-area not assessed",
      bytes: kumla { object in
        editSubArea(&object, area: 0, subArea: 0) {
          $0["points"] = nil
          $0["notAssessed"] = "Underlaget räckte inte"
        }
      }),
    Accepted(
      name: "zero and fractional points",
      bytes: kumla { object in
        editSubArea(&object, area: 0, subArea: 0) { $0["points"] = 0 }
        editSubArea(&object, area: 0, subArea: 1) { $0["points"] = 0.25 }
      }),
    Accepted(
      name: "titles and guidance on areas and sub-areas",
      bytes: kumla { object in
        editArea(&object, area: 0) { $0["title"] = "Samspel mellan förtroendevalda och medborgare" }
        editSubArea(&object, area: 0, subArea: 0) {
          $0["title"] = "Strategi för demokratiutveckling och information"
          $0["guidance"] = ["Finns en kommunikationspolicy?"]
        }
      }),
    Accepted(
      name: "explicit null for optional texts and lists",
      bytes: kumla { object in
        object["provenance"] = NSNull()
        object["summary"] = NSNull()
        object["sources"] = ["description": NSNull()]
        object["goodExamples"] = [["area": NSNull(), "text": "Politikerportalen"]]
        editArea(&object, area: 0) { $0["strengths"] = NSNull() }
        editSubArea(&object, area: 0, subArea: 0) {
          $0["findings"] = [
            [
              "text": "Riktlinjer finns", "source": "document", "reference": NSNull(),
              "date": NSNull(),
              "recordedBy": NSNull(), "carriedOverFrom": NSNull(),
            ]
          ]
        }
      }),
    Accepted(name: "explicit \"detail\": \"subArea\"", bytes: kumla { $0["detail"] = "subArea" }),
    Accepted(name: "a published total", bytes: kumla { $0["publishedTotal"] = 557 }),
    Accepted(name: "an evaluation per area", bytes: kumla { perArea(&$0) }),
    Accepted(
      name: "an evaluation per area with areas not assessed and not scored yet",
      bytes: kumla { object in
        perArea(&object)
        editArea(&object, area: 1) {
          $0["points"] = nil
          $0["notAssessed"] = "Källan redovisar inte området"
        }
        editArea(&object, area: 2) { $0["points"] = NSNull() }
      }),
    Accepted(
      name: "a finding with every field",
      bytes: kumla { object in
        editSubArea(&object, area: 0, subArea: 0) {
          $0["findings"] = [
            [
              "text": "Riktlinjer finns", "source": "interview", "reference": "KSO",
              "date": "2020-10-05",
              "recordedBy": "Utvärderare", "carriedOverFrom": "2016-11",
            ]
          ]
        }
      }),
  ]

  @Test(
    "A broken evaluation is rejected by both the schema and Evaluation.load",
    arguments: rejectedEvaluations)
  func brokenEvaluationIsRejectedByBoth(_ example: Rejected) throws {
    let bytes = try example.bytes()
    let violations = try RepositorySchemas.evaluationValidator().violations(ofJSON: bytes)
    #expect(
      violations.contains {
        $0.keyword == example.keyword && $0.instanceLocation == example.pointer
      },
      "expected \(example.keyword) at \"\(example.pointer)\", got \(violations)")

    let result = Evaluation.load(bytes: bytes, file: "broken.json")
    #expect(result.value == nil)
    #expect(
      result.errors.contains { $0.kind == example.kind && $0.path.description == example.path },
      "expected \(example.kind) at \(example.path), got \(result.errors)")
  }

  @Test(
    "An unusual but valid evaluation is accepted by both the schema and Evaluation.load",
    arguments: acceptedEvaluations)
  func validEvaluationIsAcceptedByBoth(_ example: Accepted) throws {
    let bytes = try example.bytes()
    let violations = try RepositorySchemas.evaluationValidator().violations(ofJSON: bytes)
    #expect(violations.isEmpty, "\(violations)")
    let result = Evaluation.load(bytes: bytes, file: "valid.json")
    #expect(result.value != nil)
    #expect(result.errors.isEmpty, "\(result.errors)")
  }

  // MARK: - Rubrics

  static let rejectedRubrics: [Rejected] = [
    Rejected(
      name: "unknown key in an area",
      bytes: rubric { editRubricArea(&$0) { $0["weight"] = 1 } },
      keyword: "additionalProperties", pointer: "/areas/0", kind: .unknownKey,
      path: "areas[0].weight"),
    Rejected(
      name: "maximum of 0",
      bytes: rubric { editRubricArea(&$0) { $0["maxPoints"] = 0 } },
      keyword: "exclusiveMinimum", pointer: "/areas/0/maxPoints", kind: .outOfRange,
      path: "areas[0].maxPoints"),
    Rejected(
      name: "maximum written as text",
      bytes: rubric { editRubricArea(&$0) { $0["maxPoints"] = "100" } },
      keyword: "type", pointer: "/areas/0/maxPoints", kind: .wrongType, path: "areas[0].maxPoints"),
    Rejected(
      name: "title without Swedish",
      bytes: rubric { $0["title"] = ["en": "Municipal Compass"] },
      keyword: "anyOf", pointer: "/title", kind: .missingKey, path: "title.sv"),
    Rejected(
      name: "empty title",
      bytes: rubric { $0["title"] = "" },
      keyword: "anyOf", pointer: "/title", kind: .emptyValue, path: "title"),
    Rejected(
      name: "no areas",
      bytes: rubric { $0["areas"] = [Any]() },
      keyword: "minItems", pointer: "/areas", kind: .emptyValue, path: "areas"),
    Rejected(
      name: "missing revision",
      bytes: rubric { $0["revision"] = nil },
      keyword: "required", pointer: "", kind: .missingKey, path: "revision"),
    Rejected(
      name: "a period of use without its first year",
      bytes: rubric { $0["periodOfUse"] = ["until": 2015] },
      keyword: "required", pointer: "/periodOfUse", kind: .missingKey, path: "periodOfUse.from"),
    Rejected(
      name: "a period of use with a two-digit year",
      bytes: rubric { $0["periodOfUse"] = ["from": 19] },
      keyword: "minimum", pointer: "/periodOfUse/from", kind: .outOfRange,
      path: "periodOfUse.from"),
    Rejected(
      name: "a period of use with an unknown key",
      bytes: rubric { $0["periodOfUse"] = ["from": 2019, "to": 2020] },
      keyword: "additionalProperties", pointer: "/periodOfUse", kind: .unknownKey,
      path: "periodOfUse.to"),
  ]

  static let acceptedRubrics: [Accepted] = [
    Accepted(
      name: "a period of use",
      bytes: rubric { $0["periodOfUse"] = ["from": 2019, "until": 2023] }),
    Accepted(name: "a period still in use", bytes: rubric { $0["periodOfUse"] = ["from": 2019] }),
    Accepted(
      name: "the bundled rubric with \"$schema\"",
      bytes: rubric { $0["$schema"] = "./rubric.schema.json" }),
    Accepted(name: "title as a plain text", bytes: rubric { $0["title"] = "Kommunkompassen" }),
    Accepted(
      name: "title with \"en\": null",
      bytes: rubric { $0["title"] = ["sv": "Kommunkompassen", "en": NSNull()] }),
    Accepted(
      name: "no formatVersion, source or aliases",
      bytes: rubric { object in
        object["formatVersion"] = nil
        object["source"] = nil
        editRubricArea(&object) { $0["aliases"] = nil }
      }),
  ]

  @Test(
    "A broken rubric is rejected by both the schema and Rubric.load", arguments: rejectedRubrics)
  func brokenRubricIsRejectedByBoth(_ example: Rejected) throws {
    let bytes = try example.bytes()
    let violations = try RepositorySchemas.rubricValidator().violations(ofJSON: bytes)
    #expect(
      violations.contains {
        $0.keyword == example.keyword && $0.instanceLocation == example.pointer
      },
      "expected \(example.keyword) at \"\(example.pointer)\", got \(violations)")

    let result = Rubric.load(bytes: bytes, file: "broken.json")
    #expect(result.value == nil)
    #expect(
      result.errors.contains { $0.kind == example.kind && $0.path.description == example.path },
      "expected \(example.kind) at \(example.path), got \(result.errors)")
  }

  @Test(
    "An unusual but valid rubric is accepted by both the schema and Rubric.load",
    arguments: acceptedRubrics)
  func validRubricIsAcceptedByBoth(_ example: Accepted) throws {
    let bytes = try example.bytes()
    let violations = try RepositorySchemas.rubricValidator().violations(ofJSON: bytes)
    #expect(violations.isEmpty, "\(violations)")
    let result = Rubric.load(bytes: bytes, file: "valid.json")
    #expect(result.value != nil)
    #expect(result.errors.isEmpty, "\(result.errors)")
  }

  // MARK: - Building documents

  /// The Kumla 2020 evaluation after an edit of its parsed JSON.
  private static func kumla(
    _ edit: @escaping @Sendable (inout [String: Any]) -> Void
  ) -> @Sendable () throws -> [UInt8] {
    { try KumlaMutation.json(edit).apply() }
  }

  /// Turns the Kumla evaluation into one per area (`"detail": "area"`) with the published area points.
  private static func perArea(_ object: inout [String: Any]) {
    let published: [Double] = [66, 73, 80, 60, 65, 71, 70, 72]
    object["detail"] = "area"
    object["publishedTotal"] = 557
    for (index, points) in published.enumerated() {
      editArea(&object, area: index) { area in
        area["subAreas"] = nil
        area["points"] = points
      }
    }
  }

  /// The bundled 2020 rubric file after an edit of its parsed JSON.
  private static func rubric(
    _ edit: @escaping @Sendable (inout [String: Any]) -> Void
  ) -> @Sendable () throws -> [UInt8] {
    {
      let url = RepositoryFiles.rubrics.appendingPathComponent("kommunkompassen-2020.json")
      var object = try require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
      edit(&object)
      return [UInt8](
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]))
    }
  }

  /// Edits the first area of a rubric object.
  private static func editRubricArea(
    _ object: inout [String: Any], _ edit: (inout [String: Any]) -> Void
  ) {
    guard var areas = object["areas"] as? [[String: Any]], !areas.isEmpty else { return }
    edit(&areas[0])
    object["areas"] = areas
  }
}
