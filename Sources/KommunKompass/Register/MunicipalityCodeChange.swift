/// A municipality code SCB no longer uses, and the code that replaced it: Heby was `1917` in
/// Västmanlands län until 2006 and is `0331` in Uppsala län since 2007.
public struct MunicipalityCodeChange: Hashable, Sendable {
  /// The former code.
  public var formerCode: MunicipalityCode
  /// The code since the change.
  public var code: MunicipalityCode
  /// The last day the former code was in use.
  public var lastDay: CalendarDate
  /// The county the municipality belonged to under its former code.
  public var formerCountyName: String

  /// Creates a code change.
  public init(
    formerCode: MunicipalityCode, code: MunicipalityCode, lastDay: CalendarDate,
    formerCountyName: String
  ) {
    self.formerCode = formerCode
    self.code = code
    self.lastDay = lastDay
    self.formerCountyName = formerCountyName
  }

  /// Whether a date (a day, a month or a year) begins within the time the former code was used.
  public func formerCodeWasInUse(on date: CalendarDate) -> Bool {
    date.periodStart <= lastDay.periodEnd
  }
}
