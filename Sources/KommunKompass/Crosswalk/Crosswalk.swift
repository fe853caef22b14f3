/// How the areas of one rubric revision correspond to those of a later one: data that lets
/// evaluations made with different revisions be compared as far, and only as far, as the content
/// allows.
///
/// Crosswalks live beside the rubrics, in `Rubrics/crosswalks/`, and are embedded into the library
/// like the rubrics (see ``CrosswalkCatalog/bundled``). A future revision plugs in with a new rubric
/// file and a crosswalk file; no code changes. A file looks like this:
///
/// ```json
/// {
///   "formatVersion": 1,
///   "id": "kommunkompassen-2016-to-2020",
///   "fromRubric": "kommunkompassen-2016",
///   "toRubric": "kommunkompassen-2020",
///   "title": { "sv": "Från 2016 till 2019/2020", "en": "From 2016 to 2019/2020" },
///   "source": "…",
///   "links": [
///     { "from": "6", "to": ["7", "8"], "comparability": "revised", "justification": "…" }
///   ]
/// }
/// ```
///
/// Every area of both rubrics must appear in a link; sub-areas may be linked too, and a sub-area
/// without a link is simply not compared across the revisions. See ``validationProblems(from:to:)``
/// for all rules.
public struct Crosswalk: Codable, Hashable, Sendable, Identifiable {
  /// The newest crosswalk file format version this library reads.
  public static let supportedFormatVersion = 1

  /// The version of the file format the crosswalk was written in.
  public var formatVersion: Int
  /// The crosswalk's identifier, for example `kommunkompassen-2016-to-2020`.
  public var id: String
  /// The id of the earlier rubric.
  public var fromRubricID: String
  /// The id of the later rubric.
  public var toRubricID: String
  /// The crosswalk's name.
  public var title: LocalizedText
  /// Where the crosswalk's judgements come from.
  public var source: String?
  /// The links, one per area (or sub-area) of the earlier rubric, plus one per group of new ids.
  public var links: [CrosswalkLink]

  enum CodingKeys: String, CodingKey {
    case formatVersion, id
    case fromRubricID = "fromRubric"
    case toRubricID = "toRubric"
    case title, source, links
  }

  /// Creates a crosswalk.
  public init(
    formatVersion: Int = Crosswalk.supportedFormatVersion,
    id: String,
    fromRubricID: String,
    toRubricID: String,
    title: LocalizedText,
    source: String? = nil,
    links: [CrosswalkLink]
  ) {
    self.formatVersion = formatVersion
    self.id = id
    self.fromRubricID = fromRubricID
    self.toRubricID = toRubricID
    self.title = title
    self.source = source
    self.links = links
  }

  /// Decodes a crosswalk; a missing `formatVersion` means 1.
  ///
  /// A `formatVersion` newer than ``supportedFormatVersion`` is refused. Decoding checks the
  /// shape of the data only; the `load` functions are the validating path, which reports every
  /// problem with its JSON path.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    formatVersion = try container.decodeFormatVersion(
      forKey: .formatVersion, supported: Crosswalk.supportedFormatVersion)
    id = try container.decode(String.self, forKey: .id)
    fromRubricID = try container.decode(String.self, forKey: .fromRubricID)
    toRubricID = try container.decode(String.self, forKey: .toRubricID)
    title = try container.decode(LocalizedText.self, forKey: .title)
    source = try container.decodeIfPresent(String.self, forKey: .source)
    links = try container.decode([CrosswalkLink].self, forKey: .links)
  }

  /// The link whose earlier side is `id`.
  public func link(from id: String) -> CrosswalkLink? {
    links.first { $0.from == id }
  }

  /// The links whose later side includes `id`.
  public func links(to id: String) -> [CrosswalkLink] {
    links.filter { $0.to.contains(id) }
  }
}
