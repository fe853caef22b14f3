import Foundation
import Testing

@testable import KommunKompass

/// Dates known only to the year: written and shown as "2014", sorted by the start of their
/// period, overlapping a month or day of the same year, and ending with the year as a due date.
@Suite("Year-only dates")
struct YearOnlyDateTests {
  @Test("\"2014\" is a date of its own precision, shown as written")
  func parsing() throws {
    let date = try #require(CalendarDate("2014"))
    #expect(date.year == 2014 && date.month == nil && date.day == nil)
    #expect(date.description == "2014")
    #expect(CalendarDate.problem(with: "2014") == nil)
    #expect(CalendarDate(year: 2014)?.description == "2014")
    #expect(CalendarDate(year: 2014, month: nil, day: 3) == nil)
    for bad in ["201", "20140", "0999", "2014-", "14"] {
      #expect(CalendarDate(bad) == nil, "\(bad)")
      #expect(
        CalendarDate.problem(with: bad)?.swedish.contains("ÅÅÅÅ när bara året är känt") == true)
    }
    let data = try JSONEncoder().encode(["date": date])
    #expect(String(decoding: data, as: UTF8.self) == #"{"date":"2014"}"#)
    #expect(try JSONDecoder().decode([String: CalendarDate].self, from: data)["date"] == date)
  }

  @Test("Dates sort by the start of their period, the less precise first")
  func ordering() throws {
    let texts = ["2020-11-15", "2021", "2020-11", "2020", "2019-12-31", "2020-01", "2020-01-01"]
    let sorted = texts.compactMap(CalendarDate.init).sorted().map(\.description)
    #expect(
      sorted == ["2019-12-31", "2020", "2020-01", "2020-01-01", "2020-11", "2020-11-15", "2021"])
  }

  @Test(
    "Periods overlap when one lies within the other",
    arguments: [
      ("2020", "2020-11", true), ("2020", "2020-11-15", true), ("2020", "2020", true),
      ("2020-11", "2020-11-15", true), ("2020", "2021", false), ("2020-11", "2020-12", false),
      ("2020-11-14", "2020-11-15", false), ("2019", "2020-01", false),
    ])
  func overlap(a: String, b: String, overlaps: Bool) throws {
    let first = try #require(CalendarDate(a))
    let second = try #require(CalendarDate(b))
    #expect(first.overlaps(second) == overlaps && second.overlaps(first) == overlaps)
  }

  @Test("A period ends on its last day: 2022 on 31 December, 2024-02 on the 29th")
  func periodEnd() throws {
    #expect(try #require(CalendarDate("2022")).periodEnd == (2022, 12, 31))
    #expect(try #require(CalendarDate("2024-02")).periodEnd == (2024, 2, 29))
    #expect(try #require(CalendarDate("2022")).periodStart == (2022, 1, 1))
  }

  @Test("An action due \"2022\" is overdue only after 2022")
  func dueDate() throws {
    let action = PlanAction(
      id: "A1", title: "Åtgärd", targets: ["1"], due: CalendarDate("2022"),
      status: .ongoing)
    #expect(!action.isOverdue(asOf: try #require(CalendarDate("2022-12-31"))))
    #expect(!action.isOverdue(asOf: try #require(CalendarDate("2022"))))
    #expect(action.isOverdue(asOf: try #require(CalendarDate("2023-01"))))
  }

  @Test("An evaluation dated \"2014\" loads, and compares with one of 2020-11")
  func evaluation() throws {
    let text = Revision2010Tests.areaLevel(rubric: "kommunkompassen-2010", date: "2014")
    let result = Evaluation.load(bytes: Array(text.utf8), file: "t.json")
    #expect(result.problems.isEmpty, "\(result.problems)")
    let evaluation = try #require(result.value)
    #expect(evaluation.date.description == "2014")
    let written = try evaluation.fileText()
    #expect(written.contains(#""date" : "2014""#) || written.contains(#""date": "2014""#))
  }

  @Test("\"2020\" and \"2020-11\" in one comparison over time: the same-date rule applies")
  func overlapInComparison() throws {
    let year = Revision2010Tests.areaLevel(rubric: "kommunkompassen-2020", date: "2020")
    let month = Revision2010Tests.areaLevel(rubric: "kommunkompassen-2020", date: "2020-11")
    let inputs = try [("a.json", year), ("b.json", month)].map { name, text in
      NamedEvaluation(
        file: name,
        evaluation: try #require(Evaluation.load(bytes: Array(text.utf8), file: name).value))
    }
    let refused = EvaluationComparer().compare(inputs)
    #expect(refused.value == nil)
    #expect(refused.problems.map(\.kind) == [.sameDate])
    #expect(
      refused.problems.first?.message.swedish.contains("2020-11 kan vara samma dag som 2020")
        == true)
    let allowed = EvaluationComparer(options: ComparisonOptions(allowSameDate: true)).compare(
      inputs)
    #expect(allowed.value != nil)
    #expect(allowed.problems.map(\.severity) == [.warning])
  }
}

extension YearOnlyDateTests {
  @Test(
    "A target date of \"2022\" is reached by an evaluation at the end of 2022, not in June",
    arguments: [
      ("2022-06", "2022", false), ("2022-12-31", "2022", true), ("2022", "2022", true),
      ("2023-01", "2022", true), ("2024-06-15", "2024-06-30", false),
      ("2024-06", "2024-06-30", true), ("2024-06-30", "2024-06", true),
    ])
  func targetDateReached(evaluation: String, target: String, reached: Bool) throws {
    let date = try #require(CalendarDate(evaluation))
    #expect(date.reachesEnd(of: try #require(CalendarDate(target))) == reached)
  }
}
