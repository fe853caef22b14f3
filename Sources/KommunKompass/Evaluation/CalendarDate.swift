import Foundation

/// A calendar date written as `YYYY-MM-DD`, as `YYYY-MM` when only the month is known
/// (published reports often give just "november 2020"), or as `YYYY` when only the year is.
///
/// A date that is not a day names a period: "2020-11" is the whole of November 2020 and "2014"
/// the whole of 2014. Dates sort by the start of their period (a less precise date first when two
/// start together), ``overlaps(_:)`` tells whether two periods share a day, and a due or target
/// date ends with the last day of its period (see ``periodEnd``). No month or day is ever invented:
/// a year-only date is shown as the year.
public struct CalendarDate: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  /// The year.
  public var year: Int
  /// The month, 1 to 12, or `nil` when only the year is known.
  public var month: Int?
  /// The day of the month, or `nil` when only the month or the year is known.
  public var day: Int?

  /// Creates a date; `nil` when the parts do not make a real date (a day needs a month).
  public init?(year: Int, month: Int? = nil, day: Int? = nil) {
    guard (1000...9999).contains(year) else { return nil }
    if let month {
      guard (1...12).contains(month) else { return nil }
    }
    if let day {
      guard let month, (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
    }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `nil` for anything else, including impossible dates.
  public init?(_ text: String) {
    self.init(utf8: text.utf8)
  }

  /// Parses the UTF-8 bytes of `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `nil` for anything else, including
  /// impossible dates. The one reading of a written date, for texts and raw file bytes alike.
  init?<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) {
    guard let parts = Self.writtenParts(utf8: bytes) else { return nil }
    self.init(year: parts.year, month: parts.month, day: parts.day)
  }

  /// The numbers of a text shaped like `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (ASCII digits, a year
  /// from 1000), whether or not they make a real date; `nil` for any other shape.
  private static func writtenParts<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) -> (
    year: Int, month: Int?, day: Int?
  )? {
    guard bytes.count == 4 || bytes.count == 7 || bytes.count == 10 else { return nil }
    var year = 0
    var month = 0
    var day = 0
    for (offset, byte) in bytes.enumerated() {
      if offset == 4 || offset == 7 {
        guard byte == UInt8(ascii: "-") else { return nil }
        continue
      }
      let digit = byte &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      switch offset {
      case ..<4: year = year * 10 + Int(digit)
      case ..<7: month = month * 10 + Int(digit)
      default: day = day * 10 + Int(digit)
      }
    }
    guard year >= 1000 else { return nil }
    return (year, bytes.count >= 7 ? month : nil, bytes.count == 10 ? day : nil)
  }

  /// The date in its written form: `2020-11-15`, `2020-11` or `2014`.
  public var description: String {
    let yearText = String(format: "%04d", year)
    guard let month else { return yearText }
    let yearMonth = yearText + String(format: "-%02d", month)
    guard let day else { return yearMonth }
    return yearMonth + String(format: "-%02d", day)
  }

  /// Orders dates by the start of their period: "2020" and "2020-01" both start on 1 January 2020;
  /// when two periods start on the same day, the less precise date comes first.
  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    lhs.sortKey < rhs.sortKey
  }

  private var sortKey: (Int, Int, Int, Int) {
    (year, month ?? 1, day ?? 1, month == nil ? 0 : day == nil ? 1 : 2)
  }

  /// The first day of the period the date names, as (year, month, day).
  public var periodStart: (year: Int, month: Int, day: Int) {
    (year, month ?? 1, day ?? 1)
  }

  /// The last day of the period the date names, as (year, month, day): a due or target date of
  /// "2022" ends on 31 December 2022, one of "2022-02" on 28 February 2022.
  public var periodEnd: (year: Int, month: Int, day: Int) {
    let lastMonth = month ?? 12
    return (year, lastMonth, day ?? Self.daysIn(month: lastMonth, year: year))
  }

  /// Whether the date, taken at the end of its period, is at or after the end of a due or target
  /// date's period: an evaluation of "2022-06" has not reached a target date of "2022" (which runs
  /// to 31 December 2022), one of "2022" or "2023-01" has.
  public func reachesEnd(of dueDate: CalendarDate) -> Bool {
    periodEnd >= dueDate.periodEnd
  }

  /// Whether the periods of two dates share a day: equal dates, or one within the other, such as
  /// "2020" and "2020-11", or "2020-11" and "2020-11-15".
  public func overlaps(_ other: CalendarDate) -> Bool {
    guard year == other.year else { return false }
    guard let month, let otherMonth = other.month else { return true }
    guard month == otherMonth else { return false }
    guard let day, let otherDay = other.day else { return true }
    return day == otherDay
  }

  /// Why a text is not a date in the allowed form, or `nil` when it is one.
  public static func problem(with text: String) -> LocalizedText? {
    let shapeProblem = LocalizedText(
      sv:
        "\"\(text.truncatedForMessage)\" är inget datum; skriv ÅÅÅÅ-MM-DD, till exempel 2020-11-15, ÅÅÅÅ-MM när bara månaden är känd eller ÅÅÅÅ när bara året är känt",
      en:
        "\"\(text.truncatedForMessage)\" is not a date; write YYYY-MM-DD, for example 2020-11-15, YYYY-MM when only the month is known, or YYYY when only the year is known"
    )
    guard let parts = writtenParts(utf8: text.utf8) else { return shapeProblem }
    guard let month = parts.month else { return nil }
    let numbers = [parts.year, month] + (parts.day.map { [$0] } ?? [])
    guard (1...12).contains(numbers[1]) else {
      return LocalizedText(
        sv: "\"\(text)\" är inget datum: månaden \(numbers[1]) finns inte",
        en: "\"\(text)\" is not a date: there is no month \(numbers[1])")
    }
    if numbers.count == 3 {
      guard numbers[2] > 0 else {
        return LocalizedText(
          sv: "\"\(text)\" är inget datum: det finns ingen dag 0",
          en: "\"\(text)\" is not a date: there is no day 0")
      }
      let days = daysIn(month: numbers[1], year: numbers[0])
      guard (1...days).contains(numbers[2]) else {
        return LocalizedText(
          sv: "\"\(text)\" är inget datum: månaden har \(days) dagar",
          en: "\"\(text)\" is not a date: that month has \(days) days")
      }
    }
    return nil
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Decodes a date from its written form.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = CalendarDate(text) else {
      throw DecodingError.dataCorruptedError(
        in: container,
        debugDescription: Self.problem(with: text)?.text(in: .english) ?? "not a date")
    }
    self = date
  }

  /// Encodes the date in its written form.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
