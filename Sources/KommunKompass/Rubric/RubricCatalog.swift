import Foundation

/// A set of rubrics that evaluations can name by id.
///
/// ``bundled`` holds the rubrics shipped with the library (from the package's `Rubrics/` folder);
/// an app needs no file path to use them.
public struct RubricCatalog: Sendable {
  /// The rubrics, in id order.
  public private(set) var rubrics: [Rubric]

  /// Creates a catalog; a later rubric replaces an earlier one with the same id.
  public init(rubrics: [Rubric]) {
    var byID: [String: Rubric] = [:]
    for rubric in rubrics { byID[rubric.id] = rubric }
    self.rubrics = byID.values.sorted { $0.id < $1.id }
  }

  /// The rubrics bundled with the library.
  public static let bundled = RubricCatalog(
    rubrics: EmbeddedDataFile.rubrics.compactMap { loadBundled($0).value })

  /// An embedded rubric file loaded, with any problems found.
  package static func loadBundled(_ file: EmbeddedDataFile) -> Checked<Rubric> {
    Rubric.load(bytes: file.bytes, file: file.path)
  }

  /// The rubric with the given id.
  public func rubric(id: String) -> Rubric? {
    rubrics.first { $0.id == id }
  }

  /// The ids of all rubrics in the catalog.
  public var ids: [String] {
    rubrics.map(\.id)
  }

  /// A catalog with these rubrics added (replacing any with the same id).
  public func adding(_ more: [Rubric]) -> RubricCatalog {
    RubricCatalog(rubrics: rubrics + more)
  }
}
