/// A versioned Kommunkompassen framework: its main areas, their sub-areas and point maxima.
///
/// Rubrics are data. The bundled ones come from the package's `Rubrics/` folder (see
/// ``RubricCatalog/bundled``); an app can load its own with ``Rubric/load(bytes:file:)``.
public struct Rubric: Codable, Hashable, Sendable, Identifiable {
  /// The newest rubric file format version this library reads.
  public static let supportedFormatVersion = 1

  /// The version of the file format the rubric was written in.
  public var formatVersion: Int
  /// The rubric's identifier, which evaluations name, for example `kommunkompassen-2020`.
  public var id: String
  /// The framework revision it encodes, for example `2019/2020`.
  public var revision: String
  /// The rubric's name.
  public var title: LocalizedText
  /// Where the rubric's content comes from.
  public var source: String?
  /// The years the revision was used for evaluations, when the rubric states them.
  public var periodOfUse: RubricPeriod?
  /// The main areas, in their published order.
  public var areas: [RubricArea]

  /// Creates a rubric.
  public init(
    formatVersion: Int = Rubric.supportedFormatVersion,
    id: String,
    revision: String,
    title: LocalizedText,
    source: String? = nil,
    periodOfUse: RubricPeriod? = nil,
    areas: [RubricArea]
  ) {
    self.formatVersion = formatVersion
    self.id = id
    self.revision = revision
    self.title = title
    self.source = source
    self.periodOfUse = periodOfUse
    self.areas = areas
  }

  enum CodingKeys: String, CodingKey {
    case formatVersion, id, revision, title, source, periodOfUse, areas
  }

  /// Decodes a rubric; a missing `formatVersion` means 1, as when loading a file.
  ///
  /// A `formatVersion` newer than ``supportedFormatVersion`` is refused. Decoding checks the
  /// shape of the data only; the `load` functions are the validating path, which reports every
  /// problem with its JSON path.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    formatVersion = try container.decodeFormatVersion(
      forKey: .formatVersion, supported: Rubric.supportedFormatVersion)
    id = try container.decode(String.self, forKey: .id)
    revision = try container.decode(String.self, forKey: .revision)
    title = try container.decode(LocalizedText.self, forKey: .title)
    source = try container.decodeIfPresent(String.self, forKey: .source)
    periodOfUse = try container.decodeIfPresent(RubricPeriod.self, forKey: .periodOfUse)
    areas = try container.decode([RubricArea].self, forKey: .areas)
  }

  /// The highest possible total, the sum of the areas' maxima (800 in Kommunkompassen).
  public var maxPoints: Double {
    ExactArithmetic.sum(areas.map(\.maxPoints))
  }

  /// The area with the given id.
  public func area(id: String) -> RubricArea? {
    areas.first { $0.id == id }
  }

  /// The sub-area with the given id, with the area it belongs to.
  public func subArea(id: String) -> (area: RubricArea, subArea: RubricSubArea)? {
    for area in areas {
      if let subArea = area.subAreas.first(where: { $0.id == id }) {
        return (area, subArea)
      }
    }
    return nil
  }
}
