/// The years in which a revision of Kommunkompassen was used for evaluations, as a rubric file
/// states it under `"periodOfUse"`: `{ "from": 2010, "until": 2015 }`, or without `until` while
/// the revision is still in use.
///
/// Loading an evaluation dated outside its rubric's period gives a warning that names the period
/// (a 2005 evaluation on the 2019/2020 revision is probably on the wrong revision or misdated);
/// the evaluation is still valid. Revisions overlap in a year of transition, so both a 2019
/// evaluation on the 2016 revision and one on the 2019/2020 revision are within their periods.
public struct RubricPeriod: Codable, Hashable, Sendable {
  /// The first year the revision was used.
  public var from: Int
  /// The last year the revision was used, or `nil` when it is still in use.
  public var until: Int?

  /// Creates a period of use.
  public init(from: Int, until: Int? = nil) {
    self.from = from
    self.until = until
  }

  /// Whether a date falls within the period: its year is from ``from`` to ``until``.
  public func contains(_ date: CalendarDate) -> Bool {
    date.year >= from && until.map { date.year <= $0 } ?? true
  }

  /// The period as readers write it: "2010–2015", or "från 2019" / "from 2019" while in use.
  public var title: LocalizedText {
    guard let until else { return LocalizedText(sv: "från \(from)", en: "from \(from)") }
    let text = from == until ? "\(from)" : "\(from)–\(until)"
    return LocalizedText(sv: text, en: text)
  }
}

extension Rubric {
  /// A warning when an evaluation's date lies outside the years this rubric was used; empty when
  /// the rubric states no period or the date is within it.
  ///
  /// - Parameters:
  ///   - date: The evaluation's date.
  ///   - path: Where the date is in the evaluation file.
  /// - Returns: At most one warning of kind ``Problem/Kind/dateOutsideRubricPeriod``.
  package func periodProblems(for date: CalendarDate, at path: JSONPath = .root.appending("date"))
    -> [Problem]
  {
    guard let periodOfUse, !periodOfUse.contains(date) else { return [] }
    let period = periodOfUse.title
    return [
      Problem(
        path: path, kind: .dateOutsideRubricPeriod, severity: .warning,
        message: LocalizedText(
          sv:
            "utvärderingen är daterad \(date), men \(revisionName.swedish) användes \(period.swedish); kontrollera datumet och \"rubric\"",
          en:
            "the evaluation is dated \(date), but \(revisionName.text(in: .english)) was used \(period.text(in: .english)); check the date and \"rubric\""
        ))
    ]
  }

  /// The revision as prose names it: "version 2019/2020 av Kommunkompassen".
  private var revisionName: LocalizedText {
    LocalizedText(
      sv: "version \(revision) av Kommunkompassen",
      en: "the \(revision) revision of Kommunkompassen")
  }
}

extension DocumentReader {
  /// Reads a rubric's optional `periodOfUse`: whole years, `from` required, `until` optional and
  /// not before `from`.
  mutating func readRubricPeriod(in object: JSONObject) -> RubricPeriod? {
    guard let value = object["periodOfUse"], value.content != .null else { return nil }
    let path = object.path.appending("periodOfUse")
    guard let period = self.object(value, at: path) else { return nil }
    rejectUnknownKeys(in: period, allowed: ["from", "until"])
    let from = year("from", in: period, required: true)
    let until = year("until", in: period, required: false)
    guard let from else { return nil }
    if let until, until < from {
      report(
        .outOfRange, at: path.appending("until"), period["until"]?.location,
        sv: "sista året \(until) ligger före första året \(from)",
        en: "the last year \(until) is before the first year \(from)")
      return nil
    }
    return RubricPeriod(from: from, until: until)
  }

  private mutating func year(_ key: String, in object: JSONObject, required: Bool) -> Int? {
    guard let year = integer(key, in: object, required: required) else { return nil }
    guard year >= 1000 else {
      report(
        .outOfRange, at: object.path.appending(key), object[key]?.location,
        sv: "\(year) är inget årtal; skriv året med fyra siffror, till exempel 2016",
        en: "\(year) is not a year; write the year with four digits, for example 2016")
      return nil
    }
    return year
  }
}
