/// Published points per area to benchmark against in place of peers, such as a national average
/// ("Sverigesnitt"). Comparisons label it as a reference profile, never as peers.
///
/// A file looks like this (the figures here are made up):
///
/// ```json
/// {
///   "formatVersion": 1,
///   "id": "sverigesnitt-2020",
///   "title": { "sv": "Sverigesnitt 2020", "en": "Swedish average 2020" },
///   "rubric": "kommunkompassen-2020",
///   "date": "2020-12",
///   "source": "Var siffrorna kommer ifrån",
///   "areas": [{ "id": "1", "points": 55.4 }, { "id": "2", "points": 58 }],
///   "total": 470
/// }
/// ```
///
/// Areas may be left out (a warning; they get no reference value). Without `total`, the total is
/// the sum of the areas when every area has a value.
public struct ReferenceProfile: Codable, Hashable, Sendable, Identifiable {
  /// The newest reference profile file format version this library reads.
  public static let supportedFormatVersion = 1

  /// The version of the file format.
  public var formatVersion: Int
  /// The profile's identifier, for example `sverigesnitt-2020`.
  public var id: String
  /// The profile's name, shown as the benchmark's label.
  public var title: LocalizedText
  /// The rubric the points belong to.
  public var rubricID: String
  /// When the figures were published or refer to.
  public var date: CalendarDate?
  /// Where the figures come from.
  public var source: String?
  /// The points per area.
  public var areas: [ReferenceAreaPoints]
  /// The published total, if any.
  public var total: Double?

  enum CodingKeys: String, CodingKey {
    case formatVersion, id, title
    case rubricID = "rubric"
    case date, source, areas, total
  }

  /// Creates a reference profile.
  public init(
    formatVersion: Int = ReferenceProfile.supportedFormatVersion,
    id: String,
    title: LocalizedText,
    rubricID: String,
    date: CalendarDate? = nil,
    source: String? = nil,
    areas: [ReferenceAreaPoints],
    total: Double? = nil
  ) {
    self.formatVersion = formatVersion
    self.id = id
    self.title = title
    self.rubricID = rubricID
    self.date = date
    self.source = source
    self.areas = areas
    self.total = total
  }

  /// Decodes a profile; a missing `formatVersion` means 1.
  ///
  /// A `formatVersion` newer than ``supportedFormatVersion`` is refused. Decoding checks the
  /// shape of the data only; the `load` functions are the validating path, which reports every
  /// problem with its JSON path.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    formatVersion = try container.decodeFormatVersion(
      forKey: .formatVersion, supported: ReferenceProfile.supportedFormatVersion)
    id = try container.decode(String.self, forKey: .id)
    title = try container.decode(LocalizedText.self, forKey: .title)
    rubricID = try container.decode(String.self, forKey: .rubricID)
    date = try container.decodeIfPresent(CalendarDate.self, forKey: .date)
    source = try container.decodeIfPresent(String.self, forKey: .source)
    areas = try container.decode([ReferenceAreaPoints].self, forKey: .areas)
    total = try container.decodeIfPresent(Double.self, forKey: .total)
  }

  /// The points of the area with the given id.
  public func points(ofArea id: String) -> Double? {
    areas.first { $0.id == id }?.points
  }

  /// The total: the published one, or the sum of the areas when the profile has every area of the
  /// rubric.
  public func total(in rubric: Rubric) -> Double? {
    if let total { return total }
    let values = rubric.areas.map { points(ofArea: $0.id) }
    guard values.allSatisfy({ $0 != nil }) else { return nil }
    return ExactArithmetic.sum(values.compactMap { $0 })
  }
}
