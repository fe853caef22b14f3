/// Which evaluation a target profile measures progress from: the municipality's evaluation of
/// that date, optionally naming its file.
public struct BaselineReference: Codable, Hashable, Sendable {
  /// The baseline evaluation's date.
  public var date: CalendarDate
  /// The baseline evaluation's file, for readers; comparisons match by municipality code and date.
  public var file: String?

  /// The keys of the reference's object in a file, for the loader and the schema tests.
  package static let fileKeys = ["date", "file"]

  /// Creates a baseline reference.
  public init(date: CalendarDate, file: String? = nil) {
    self.date = date
    self.file = file
  }
}
