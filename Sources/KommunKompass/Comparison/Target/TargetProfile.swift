/// A municipality's targets: points it aims for per area (optionally per sub-area) by a date,
/// measured from a baseline evaluation.
///
/// A file looks like this:
///
/// ```json
/// {
///   "formatVersion": 1,
///   "rubric": "kommunkompassen-2020",
///   "municipality": { "name": "Testby kommun", "code": "1899" },
///   "title": "Mål till nästa utvärdering",
///   "targetDate": "2024-11",
///   "baseline": { "date": "2020-11", "file": "testby-2020.json" },
///   "areas": [
///     { "id": "1", "points": 75, "subAreas": [{ "id": "1.2", "points": 8 }] },
///     { "id": "4", "points": 70 }
///   ]
/// }
/// ```
///
/// Targets may cover some areas only. See ``progress(current:baseline:file:rubrics:)`` for the comparison.
public struct TargetProfile: Codable, Hashable, Sendable {
  /// The newest target profile file format version this library reads.
  public static let supportedFormatVersion = 1

  /// The version of the file format.
  public var formatVersion: Int
  /// The rubric the targets belong to.
  public var rubricID: String
  /// The municipality the targets are for.
  public var municipality: Municipality
  /// A name for the targets.
  public var title: String?
  /// When the targets should be reached.
  public var targetDate: CalendarDate
  /// The evaluation progress is measured from.
  public var baseline: BaselineReference
  /// The targets per area.
  public var areas: [AreaTarget]

  enum CodingKeys: String, CodingKey {
    case formatVersion
    case rubricID = "rubric"
    case municipality, title, targetDate, baseline, areas
  }

  /// Creates a target profile.
  public init(
    formatVersion: Int = TargetProfile.supportedFormatVersion,
    rubricID: String,
    municipality: Municipality,
    title: String? = nil,
    targetDate: CalendarDate,
    baseline: BaselineReference,
    areas: [AreaTarget]
  ) {
    self.formatVersion = formatVersion
    self.rubricID = rubricID
    self.municipality = municipality
    self.title = title
    self.targetDate = targetDate
    self.baseline = baseline
    self.areas = areas
  }

  /// Decodes a target profile; a missing `formatVersion` means 1.
  ///
  /// A `formatVersion` newer than ``supportedFormatVersion`` is refused. Decoding checks the
  /// shape of the data only; the `load` functions are the validating path, which reports every
  /// problem with its JSON path.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    formatVersion = try container.decodeFormatVersion(
      forKey: .formatVersion, supported: TargetProfile.supportedFormatVersion)
    rubricID = try container.decode(String.self, forKey: .rubricID)
    municipality = try container.decode(Municipality.self, forKey: .municipality)
    title = try container.decodeIfPresent(String.self, forKey: .title)
    targetDate = try container.decode(CalendarDate.self, forKey: .targetDate)
    baseline = try container.decode(BaselineReference.self, forKey: .baseline)
    areas = try container.decode([AreaTarget].self, forKey: .areas)
  }

  /// The target of the area with the given id.
  public func area(id: String) -> AreaTarget? {
    areas.first { $0.id == id }
  }
}
