// swift-format-ignore-file: NeverForceUnwrap
// These tests edit parsed JSON fixtures and bundled data whose shape the test itself fixes; a
// failed cast or unwrap here is a broken fixture, and stopping the run is the right outcome.

import Foundation
import Testing

@testable import KommunKompass

/// Each case breaks the Kumla 2020 evaluation in one way and lists every problem expected, with the
/// exact JSON path and message. Nothing more and nothing less may be reported.
@Suite("Invalid evaluations")
struct InvalidEvaluationTests {
  struct Expected: Sendable, Equatable, CustomStringConvertible {
    var path: String
    var kind: Problem.Kind
    var message: String
    var description: String { "\(path) [\(kind)]: \(message)" }
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var mutation: KumlaMutation
    var expected: [Expected]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "points above the sub-area's maximum",
      mutation: .json { editSubArea(&$0, area: 0, subArea: 1) { $0["points"] = 12 } },
      expected: [
        Expected(
          path: "areas[0].subAreas[1].points", kind: .outOfRange,
          message: "sub-area 1.2: the points 12 are above the maximum 10; allowed is 0–10")
      ]),
    Case(
      name: "negative points",
      mutation: .json { editSubArea(&$0, area: 2, subArea: 0) { $0["points"] = -1 } },
      expected: [
        Expected(
          path: "areas[2].subAreas[0].points", kind: .outOfRange,
          message: "sub-area 3.1: the points -1 are negative; allowed is 0–10")
      ]),
    Case(
      name: "points written as text with a decimal comma",
      mutation: .json { editSubArea(&$0, area: 0, subArea: 0) { $0["points"] = "12,5" } },
      expected: [
        Expected(
          path: "areas[0].subAreas[0].points", kind: .wrongType,
          message:
            "must be a number, but this is the text \"12,5\"; write the number without quotes and with a decimal point: 12.5"
        )
      ]),
    Case(
      name: "points too large to be a finite number",
      mutation: .text("\"points\": 4.8", "\"points\": 1e400"),
      expected: [
        Expected(
          path: "areas[0].subAreas[1].points", kind: .notFinite,
          message: "the number 1e400 is too large to calculate with")
      ]),
    Case(
      name: "NaN typed as points",
      mutation: .text("\"points\": 4.8", "\"points\": NaN"),
      expected: [
        Expected(
          path: "$", kind: .syntax,
          message: "invalid JSON: NaN is not allowed in JSON; write an ordinary number")
      ]),
    Case(
      name: "unknown sub-area id",
      mutation: .json { editSubArea(&$0, area: 0, subArea: 1) { $0["id"] = "1.9" } },
      expected: [
        Expected(
          path: "areas[0].subAreas", kind: .missingID,
          message:
            "sub-area 1.2 (The municipality's information to citizens) is missing; add it with points, or with \"notAssessed\" and a reason"
        ),
        Expected(
          path: "areas[0].subAreas[1].id", kind: .unknownID,
          message:
            "sub-area \"1.9\" is not in the rubric kommunkompassen-2020; area 1 has the sub-areas 1.1, 1.2, 1.3, 1.4, 1.5"
        ),
      ]),
    Case(
      name: "missing sub-area",
      mutation: .json {
        editArea(&$0, area: 1) {
          $0["subAreas"] = ($0["subAreas"] as! [Any]).enumerated().filter { $0.offset != 2 }.map(
            \.element)
        }
      },
      expected: [
        Expected(
          path: "areas[1].subAreas", kind: .missingID,
          message:
            "sub-area 2.3 (Environmental sustainability) is missing; add it with points, or with \"notAssessed\" and a reason"
        )
      ]),
    Case(
      name: "duplicate sub-area",
      mutation: .json {
        editArea(&$0, area: 0) {
          $0["subAreas"] = ($0["subAreas"] as! [Any]) + [($0["subAreas"] as! [Any])[0]]
        }
      },
      expected: [
        Expected(
          path: "areas[0].subAreas[5].id", kind: .duplicateID,
          message: "sub-area 1.1 appears twice (also at areas[0].subAreas[0])")
      ]),
    Case(
      name: "sub-area under the wrong area",
      mutation: .json { object in
        var areas = object["areas"] as! [[String: Any]]
        var area2 = areas[1]["subAreas"] as! [Any]
        let moved = area2.removeFirst()
        areas[1]["subAreas"] = area2
        areas[0]["subAreas"] = (areas[0]["subAreas"] as! [Any]) + [moved]
        object["areas"] = areas
      },
      expected: [
        Expected(
          path: "areas[0].subAreas[5].id", kind: .misplacedID,
          message: "sub-area 2.1 belongs to area 2, not to area 1")
      ]),
    Case(
      name: "missing area",
      mutation: .json { $0["areas"] = Array(($0["areas"] as! [Any]).dropLast()) },
      expected: [
        Expected(
          path: "areas", kind: .missingID,
          message:
            "area 8 (Management and leadership, and employeeship) is missing; all 8 areas must be present"
        )
      ]),
    Case(
      name: "rubric id not found",
      mutation: .json { $0["rubric"] = "kommunkompassen-2030" },
      expected: [
        Expected(
          path: "rubric", kind: .unknownRubric,
          message:
            "there is no rubric \"kommunkompassen-2030\"; known rubrics: \"kommunkompassen-2010\", \"kommunkompassen-2016\", \"kommunkompassen-2020\""
        )
      ]),
    Case(
      name: "municipality code with three digits",
      mutation: .json { $0["municipality"] = ["name": "Kumla kommun", "code": "188"] },
      expected: [
        Expected(
          path: "municipality.code", kind: .invalidMunicipalityCode,
          message:
            "the municipality code must be SCB's four-digit code in quotes, for example \"1881\" for Kumla, but is \"188\""
        )
      ]),
    Case(
      name: "municipality code with five digits",
      mutation: .json { $0["municipality"] = ["name": "Kumla kommun", "code": "18810"] },
      expected: [
        Expected(
          path: "municipality.code", kind: .invalidMunicipalityCode,
          message:
            "the municipality code must be SCB's four-digit code in quotes, for example \"1881\" for Kumla, but is \"18810\""
        )
      ]),
    Case(
      name: "municipality code written as a number",
      mutation: .json { $0["municipality"] = ["name": "Kumla kommun", "code": 1881] },
      expected: [
        Expected(
          path: "municipality.code", kind: .wrongType,
          message:
            "write the municipality code in quotes, \"1881\", since it can start with 0 (like \"0114\")"
        )
      ]),
    Case(
      name: "municipality code outside every county",
      mutation: .json { $0["municipality"] = ["name": "Kumla kommun", "code": "9981"] },
      expected: [
        Expected(
          path: "municipality.code", kind: .invalidMunicipalityCode,
          message:
            "the municipality code \"9981\" does not start with a county code (01, 03–10, 12–14, 17–25)"
        )
      ]),
    Case(
      name: "month 13",
      mutation: .json { $0["date"] = "2020-13-01" },
      expected: [
        Expected(
          path: "date", kind: .invalidDate,
          message: "\"2020-13-01\" is not a date: there is no month 13")
      ]),
    Case(
      name: "29 February in a common year",
      mutation: .json { $0["date"] = "2021-02-29" },
      expected: [
        Expected(
          path: "date", kind: .invalidDate,
          message: "\"2021-02-29\" is not a date: that month has 28 days")
      ]),
    Case(
      name: "date written in words",
      mutation: .json { $0["date"] = "november 2020" },
      expected: [
        Expected(
          path: "date", kind: .invalidDate,
          message:
            "\"november 2020\" is not a date; write YYYY-MM-DD, for example 2020-11-15, YYYY-MM when only the month is known, or YYYY when only the year is known"
        )
      ]),
    Case(
      name: "unknown evaluation kind",
      mutation: .json { $0["kind"] = "extern" },
      expected: [
        Expected(
          path: "kind", kind: .invalidValue,
          message:
            "\"extern\" is not an allowed value; choose one of \"external\", \"selfAssessment\"")
      ]),
    Case(
      name: "unknown evidence source of a finding",
      mutation: .json {
        editSubArea(&$0, area: 0, subArea: 0) {
          var findings = $0["findings"] as! [[String: Any]]
          findings[0]["source"] = "intervju"
          $0["findings"] = findings
        }
      },
      expected: [
        Expected(
          path: "areas[0].subAreas[0].findings[0].source", kind: .invalidValue,
          message:
            "\"intervju\" is not an allowed value; choose one of \"interview\", \"document\", \"website\""
        )
      ]),
    Case(
      name: "neither points nor notAssessed",
      mutation: .json { editSubArea(&$0, area: 3, subArea: 2) { $0["points"] = nil } },
      expected: [
        Expected(
          path: "areas[3].subAreas[2].points", kind: .missingKey,
          message:
            "points are missing: give \"points\", or \"notAssessed\" with the reason the sub-area was not assessed"
        )
      ]),
    Case(
      name: "both points and notAssessed",
      mutation: .json {
        editSubArea(&$0, area: 3, subArea: 2) { $0["notAssessed"] = "Inga intervjuer" }
      },
      expected: [
        Expected(
          path: "areas[3].subAreas[2].notAssessed", kind: .invalidValue,
          message: "give either \"points\" or \"notAssessed\", not both")
      ]),
    Case(
      name: "misspelled key",
      mutation: .json {
        editSubArea(&$0, area: 0, subArea: 2) {
          $0["pionts"] = $0["points"]
          $0["points"] = nil
        }
      },
      expected: [
        Expected(
          path: "areas[0].subAreas[2].points", kind: .missingKey,
          message:
            "points are missing: give \"points\", or \"notAssessed\" with the reason the sub-area was not assessed"
        ),
        Expected(
          path: "areas[0].subAreas[2].pionts", kind: .unknownKey,
          message: "unknown key \"pionts\"; did you mean \"points\"?"),
      ]),
    Case(
      name: "empty strength",
      mutation: .json { editArea(&$0, area: 5) { $0["strengths"] = ["  "] } },
      expected: [
        Expected(path: "areas[5].strengths[0]", kind: .emptyValue, message: "the text is empty")
      ]),
    Case(
      name: "format version from the future",
      mutation: .json { $0["formatVersion"] = 2 },
      expected: [
        Expected(
          path: "formatVersion", kind: .unsupportedVersion,
          message:
            "the file has format version 2, but this version of kommunkompass reads version 1; update kommunkompass"
        )
      ]),
    Case(
      name: "same key twice in one object",
      mutation: .text("\"points\": 4.8", "\"points\": 4.8, \"points\": 5"),
      expected: [
        Expected(
          path: "areas[0].subAreas[1].points", kind: .duplicateKey,
          message: "the key \"points\" appears twice in the same object; only the first is used")
      ]),
    Case(
      name: "areas is not a list",
      mutation: .json { $0["areas"] = ["1": [:]] },
      expected: [
        Expected(
          path: "areas", kind: .wrongType, message: "must be a list [ … ], but this is an object"),
        Expected(
          path: "areas", kind: .missingID,
          message:
            "area 1 (Interaction between elected representatives and citizens) is missing; all 8 areas must be present"
        ),
      ]
        + [
          "2 (Community development)", "3 (Governance and control)", "4 (Efficiency)",
          "5 (User focus)",
          "6 (Quality development)", "7 (Working life)",
          "8 (Management and leadership, and employeeship)",
        ].map {
          Expected(
            path: "areas", kind: .missingID,
            message: "area \($0) is missing; all 8 areas must be present")
        }),
  ]

  @Test("An invalid evaluation reports exactly the expected problems", arguments: cases)
  func invalidEvaluation(_ testCase: Case) throws {
    let result = Evaluation.load(bytes: try testCase.mutation.apply(), file: "kumla-2020.json")
    #expect(result.value == nil)
    let reported = result.problems.map {
      Expected(path: $0.path.description, kind: $0.kind, message: $0.message.english ?? "")
    }
    #expect(reported == testCase.expected)
    #expect(result.problems.allSatisfy { $0.file == "kumla-2020.json" && $0.location != nil })
    #expect(
      result.problems.allSatisfy {
        !$0.message.swedish.isEmpty && $0.message.swedish != $0.message.english
      })
  }

  @Test("All problems of a file are reported at once, in document order")
  func allProblemsAtOnce() throws {
    let mutation = KumlaMutation.json { object in
      object["date"] = "2020-02-30"
      editSubArea(&object, area: 0, subArea: 1) { $0["points"] = 11 }
      editSubArea(&object, area: 7, subArea: 4) { $0["points"] = "tretton" }
    }
    let result = Evaluation.load(bytes: try mutation.apply(), file: "many.json")
    #expect(
      Set(result.problems.map(\.path.description))
        == ["date", "areas[0].subAreas[1].points", "areas[7].subAreas[4].points"])
    let lines = result.problems.compactMap(\.location?.line)
    #expect(lines == lines.sorted())
  }

  @Test("A syntax error names the line and column")
  func syntaxErrorLocation() throws {
    let text = "{\n  \"rubric\": \"kommunkompassen-2020\",\n  \"date\" \"2020-11\"\n}\n"
    let result = Evaluation.load(bytes: Array(text.utf8), file: "broken.json")
    let problem = try #require(result.problems.first)
    #expect(result.problems.count == 1)
    #expect(problem.kind == .syntax)
    #expect(problem.location == TextLocation(line: 3, column: 10))
    #expect(
      problem.message.english == "invalid JSON: a colon (:) is missing after the key \"date\"")
    #expect(
      problem.formatted(in: .english)
        == "broken.json:3:10: error: invalid JSON: a colon (:) is missing after the key \"date\""
    )
    #expect(
      problem.formatted()
        == "broken.json:3:10: fel: ogiltig JSON: kolon (:) saknas efter nyckeln \"date\"")
  }

  @Test("A file that does not exist is a problem, not a crash")
  func missingFile() {
    let result = Evaluation.load(
      contentsOf: URL(fileURLWithPath: "/nonexistent/kumla.json"), displayName: "kumla.json")
    #expect(result.value == nil)
    #expect(result.problems.map(\.kind) == [.unreadableFile])
    #expect(result.problems.first?.message.english == "the file does not exist")
  }
}
