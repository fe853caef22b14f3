import Foundation
import Testing

@testable import KommunKompass

@Suite("Dates and municipality codes")
struct ValueTypeTests {
  @Test(
    "Dates with a day or only a month",
    arguments: ["2020-11-15", "2020-11", "2024-02-29", "2000-02-29"])
  func validDates(_ text: String) throws {
    let date = try #require(CalendarDate(text))
    #expect(date.description == text)
  }

  @Test(
    "Impossible or badly written dates",
    arguments: [
      "2020-11-31", "1900-02-29", "2020-00", "2020-1-5", "20-11-05", "2020/11/05", "",
      "2020-11-05T10:00",
    ])
  func invalidDates(_ text: String) {
    #expect(CalendarDate(text) == nil)
    #expect(CalendarDate.problem(with: text) != nil)
  }

  @Test("A month-only date sorts before the days of its month")
  func dateOrder() throws {
    let month = try #require(CalendarDate("2020-11"))
    let day = try #require(CalendarDate("2020-11-01"))
    #expect(month < day)
    #expect(try #require(CalendarDate("2016-05-30")) < month)
  }

  @Test(
    "Municipality codes are four digits starting with a county code",
    arguments: ["1881", "0114", "2584", "0180"])
  func validCodes(_ text: String) throws {
    let code = try #require(MunicipalityCode(rawValue: text))
    #expect(code.countyCode == String(text.prefix(2)))
  }

  @Test("Not municipality codes", arguments: ["188", "18810", "0214", "1100", "188a", "１８８１", ""])
  func invalidCodes(_ text: String) {
    #expect(MunicipalityCode(rawValue: text) == nil)
  }

  @Test("Codable round trip of an evaluation keeps every field")
  func evaluationRoundTrip() throws {
    let evaluation = try #require(Evaluation.load(contentsOf: RepositoryFiles.kumla2020).value)
    let decoded = try JSONDecoder().decode(Evaluation.self, from: JSONEncoder().encode(evaluation))
    #expect(decoded == evaluation)
    let fromFile = try JSONDecoder().decode(
      Evaluation.self, from: Data(contentsOf: RepositoryFiles.kumla2020))
    #expect(fromFile == evaluation)
  }
}
