/// One piece of evidence behind a sub-area's score, with where it came from.
public struct Finding: Codable, Hashable, Sendable {
  /// What was found, in a sentence or two.
  public var text: String
  /// The kind of source the finding comes from.
  public var source: EvidenceSource
  /// Which source exactly: a document title, a diarienummer such as "PN-2025/00019", or a web address.
  public var reference: String?
  /// When the finding was recorded.
  public var date: CalendarDate?
  /// Who recorded the finding.
  public var recordedBy: String?
  /// The date of the earlier evaluation this finding was carried over from, if it was.
  public var carriedOverFrom: CalendarDate?

  /// Creates a finding.
  public init(
    text: String,
    source: EvidenceSource,
    reference: String? = nil,
    date: CalendarDate? = nil,
    recordedBy: String? = nil,
    carriedOverFrom: CalendarDate? = nil
  ) {
    self.text = text
    self.source = source
    self.reference = reference
    self.date = date
    self.recordedBy = recordedBy
    self.carriedOverFrom = carriedOverFrom
  }
}
