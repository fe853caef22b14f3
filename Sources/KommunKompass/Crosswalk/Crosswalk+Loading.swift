import Foundation

extension Crosswalk {
  /// Loads a crosswalk file and validates it against the two rubrics it connects.
  ///
  /// - Parameters:
  ///   - url: The file to read. It is only read, never changed.
  ///   - displayName: How the file is named in problems; the path by default.
  ///   - catalog: The rubrics the crosswalk may name; the bundled ones by default.
  /// - Returns: The crosswalk when it has no errors, and every problem found.
  public static func load(
    contentsOf url: URL,
    displayName: String? = nil,
    catalog: RubricCatalog = .bundled
  ) -> Checked<Crosswalk> {
    DataFileLoader.load(contentsOf: url, displayName: displayName) { bytes, name in
      load(bytes: bytes, file: name, catalog: catalog)
    }
  }

  /// Loads a crosswalk from the bytes of a JSON file and validates it against its two rubrics.
  ///
  /// - Parameters:
  ///   - bytes: UTF-8 JSON text.
  ///   - file: How the file is named in problems.
  ///   - catalog: The rubrics the crosswalk may name.
  /// - Returns: The crosswalk when it has no errors, and every problem found.
  public static func load(bytes: [UInt8], file: String?, catalog: RubricCatalog = .bundled)
    -> Checked<Crosswalk>
  {
    DataFileLoader.load(bytes: bytes, file: file) { reader, root in
      reader.readCrosswalk(root)
    } check: { crosswalk, check in
      let fromPath = JSONPath.root.appending("fromRubric")
      let toPath = JSONPath.root.appending("toRubric")
      let earlier = check.reader.knownRubric(
        crosswalk.fromRubricID, at: fromPath, location: check.location(of: fromPath), in: catalog)
      let later = check.reader.knownRubric(
        crosswalk.toRubricID, at: toPath, location: check.location(of: toPath), in: catalog)
      if let earlier, let later, !check.hasErrors {
        check.add(crosswalk.validationProblems(from: earlier, to: later))
      }
    }
  }
}

extension DocumentReader {
  /// Reads a crosswalk document, reporting every structural problem.
  mutating func readCrosswalk(_ root: JSONValue) -> Crosswalk? {
    guard let object = object(root, at: .root) else { return nil }
    guard
      let formatVersion = readFormatVersion(in: object, supported: Crosswalk.supportedFormatVersion)
    else {
      return nil
    }
    rejectUnknownKeys(
      in: object,
      allowed: [
        "$schema", "formatVersion", "id", "fromRubric", "toRubric", "title", "source", "links",
      ])
    let id = string("id", in: object)
    let fromRubricID = string("fromRubric", in: object)
    let toRubricID = string("toRubric", in: object)
    let title = localizedText("title", in: object)
    let source = string("source", in: object, required: false)
    var complete = true
    let links = array("links", in: object, required: true).compactMap { element -> CrosswalkLink? in
      let link = readCrosswalkLink(element.value, at: element.path)
      if link == nil { complete = false }
      return link
    }
    guard let id, let fromRubricID, let toRubricID, let title, complete else { return nil }
    return Crosswalk(
      formatVersion: formatVersion, id: id, fromRubricID: fromRubricID, toRubricID: toRubricID,
      title: title,
      source: source, links: links)
  }

  private mutating func readCrosswalkLink(_ value: JSONValue, at path: JSONPath) -> CrosswalkLink? {
    guard let object = object(value, at: path) else { return nil }
    rejectUnknownKeys(in: object, allowed: ["from", "to", "comparability", "justification"])
    let from = string("from", in: object, required: false)
    let to = strings("to", in: object)
    let comparability = choice("comparability", in: object, as: Comparability.self)
    let justification = localizedText("justification", in: object)
    guard let comparability, let justification else { return nil }
    return CrosswalkLink(
      from: from, to: to, comparability: comparability, justification: justification)
  }
}
