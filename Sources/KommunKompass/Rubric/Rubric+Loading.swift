import Foundation

extension Rubric {
  /// Loads and validates a rubric file.
  ///
  /// - Parameters:
  ///   - url: The file to read. It is only read, never changed.
  ///   - displayName: How the file is named in problems; the path by default.
  /// - Returns: The rubric when it has no errors, and every problem found.
  public static func load(contentsOf url: URL, displayName: String? = nil) -> Checked<Rubric> {
    DataFileLoader.load(contentsOf: url, displayName: displayName) { bytes, name in
      load(bytes: bytes, file: name)
    }
  }

  /// Loads and validates a rubric from the bytes of a JSON file.
  ///
  /// - Parameters:
  ///   - bytes: UTF-8 JSON text.
  ///   - file: How the file is named in problems.
  /// - Returns: The rubric when it has no errors, and every problem found.
  public static func load(bytes: [UInt8], file: String?) -> Checked<Rubric> {
    DataFileLoader.load(bytes: bytes, file: file) { reader, root in
      reader.readRubric(root)
    } check: { rubric, check in
      if !check.hasErrors { check.add(rubric.validationProblems()) }
    }
  }
}

extension DocumentReader {
  /// Reads a rubric document, reporting every structural problem.
  mutating func readRubric(_ root: JSONValue) -> Rubric? {
    guard let object = object(root, at: .root) else { return nil }
    guard
      let formatVersion = readFormatVersion(in: object, supported: Rubric.supportedFormatVersion)
    else {
      return nil
    }
    rejectUnknownKeys(
      in: object,
      allowed: [
        "$schema", "formatVersion", "id", "revision", "title", "source", "periodOfUse", "areas",
      ])
    let id = string("id", in: object)
    let revision = string("revision", in: object)
    let title = localizedText("title", in: object)
    let source = string("source", in: object, required: false)
    let periodOfUse = readRubricPeriod(in: object)
    let areas = array("areas", in: object, required: true).compactMap {
      readRubricArea($0.value, at: $0.path)
    }
    guard let id, let revision, let title else { return nil }
    return Rubric(
      formatVersion: formatVersion, id: id, revision: revision, title: title, source: source,
      periodOfUse: periodOfUse, areas: areas)
  }

  private mutating func readRubricArea(_ value: JSONValue, at path: JSONPath) -> RubricArea? {
    guard let object = object(value, at: path) else { return nil }
    rejectUnknownKeys(in: object, allowed: ["id", "title", "aliases", "maxPoints", "subAreas"])
    let id = string("id", in: object)
    let title = localizedText("title", in: object)
    let aliases = strings("aliases", in: object)
    let maxPoints = number("maxPoints", in: object)
    let subAreas = array("subAreas", in: object).compactMap {
      readRubricSubArea($0.value, at: $0.path)
    }
    guard let id, let title, let maxPoints else { return nil }
    return RubricArea(
      id: id, title: title, aliases: aliases, maxPoints: maxPoints, subAreas: subAreas)
  }

  private mutating func readRubricSubArea(_ value: JSONValue, at path: JSONPath) -> RubricSubArea? {
    guard let object = object(value, at: path) else { return nil }
    rejectUnknownKeys(
      in: object, allowed: ["id", "title", "aliases", "maxPoints", "evidenceNotes"])
    let id = string("id", in: object)
    let title = localizedText("title", in: object)
    let aliases = strings("aliases", in: object)
    let maxPoints = number("maxPoints", in: object)
    let evidenceNotes = strings("evidenceNotes", in: object)
    guard let id, let title, let maxPoints else { return nil }
    return RubricSubArea(
      id: id, title: title, aliases: aliases, maxPoints: maxPoints, evidenceNotes: evidenceNotes)
  }

  /// Reads `formatVersion` (1 when missing) and reports a version newer than this library reads.
  mutating func readFormatVersion(in object: JSONObject, supported: Int) -> Int? {
    guard object.contains("formatVersion") else { return 1 }
    guard let version = integer("formatVersion", in: object) else { return nil }
    let path = object.path.appending("formatVersion")
    if version > supported {
      report(
        .unsupportedVersion, at: path, object["formatVersion"]?.location,
        sv:
          "filen har formatversion \(version), men den här versionen av kommunkompass läser version \(supported); uppdatera kommunkompass",
        en:
          "the file has format version \(version), but this version of kommunkompass reads version \(supported); update kommunkompass"
      )
      return nil
    }
    if version < 1 {
      report(
        .outOfRange, at: path, object["formatVersion"]?.location,
        sv: "formatversionen ska vara 1 eller högre, inte \(version)",
        en: "the format version must be 1 or higher, not \(version)")
      return nil
    }
    return version
  }
}
