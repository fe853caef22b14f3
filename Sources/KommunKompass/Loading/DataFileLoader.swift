import Foundation

/// The steps every data file goes through when loaded: read the bytes, check the encoding and JSON
/// syntax, read the model while collecting structural problems, check the model further (against
/// rubrics, say), give every problem its file and line, and sort the problems as they stand in the
/// file. Rubrics, evaluations, crosswalks, reference profiles and target profiles all load this way.
package enum DataFileLoader {
  /// Reads a file and hands its bytes to `load`, or reports that the file cannot be read.
  package static func load<Value: Sendable>(
    contentsOf url: URL,
    displayName: String?,
    _ load: ([UInt8], String) -> Checked<Value>
  ) -> Checked<Value> {
    let name = displayName ?? url.path
    switch FileInput.bytes(of: url, displayName: name) {
    case .success(let bytes): return load(bytes, name)
    case .failure(let problem): return Checked(value: nil, problems: [problem])
    }
  }

  /// Parses the bytes, reads the model and checks it.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - file: How the file is named in problems.
  ///   - read: Reads the model from the parsed document, reporting structural problems.
  ///   - check: Checks a model that could be read; it reports through the ``Check`` it is given.
  /// - Returns: The model when there are no errors, and every problem in document order.
  package static func load<Value: Sendable>(
    bytes: [UInt8],
    file: String?,
    read: (inout DocumentReader, JSONValue) -> Value?,
    check: (Value, inout Check) -> Void = { _, _ in }
  ) -> Checked<Value> {
    let document = ParsedDocument(bytes: bytes, file: file)
    guard let root = document.root else { return Checked(value: nil, problems: document.problems) }
    if let foreign = foreignDocumentProblem(root, file: file) {
      return Checked(value: nil, problems: [foreign])
    }
    var reader = DocumentReader(file: file)
    let value = read(&reader, root)
    var problems = document.problems + reader.problems
    if let value {
      var checking = Check(
        root: root, reader: DocumentReader(file: file), earlierErrors: problems.containsErrors)
      check(value, &checking)
      problems += checking.reader.problems
    }
    problems.sort { ($0.location?.line ?? 0, $0.path) < ($1.location?.line ?? 0, $1.path) }
    if value == nil, problems.containsErrors {
      // The file could not be read far enough for the checks against its version of
      // Kommunkompassen: say that they wait, so that fixing these errors is not mistaken for done.
      problems.append(
        Problem(
          file: file, path: .root, kind: .checksWaiting, severity: .note,
          message: LocalizedText(
            sv:
              "fler kontroller (poäng mot maxpoäng, id:n och summor) görs när felen ovan är rättade",
            en:
              "further checks (points against maxima, ids and sums) are made once the errors above are fixed"
          )))
    }
    return Checked(value: problems.containsErrors ? nil : value, problems: problems)
  }

  /// The one problem of a JSON file that is not kompass data, or `nil` for one that may be.
  ///
  /// A kompass data file is an object. A text or a number, or an object whose top-level keys
  /// include none of the keys of any kompass format (see ``DataFileKind/topLevelKeys``), is some
  /// other JSON file given by mistake, and its keys and values are not echoed in messages: the
  /// problem states what is wrong without quoting the file. A list, `true`, `false` and `null` are
  /// left to the usual wrong-type problem, which quotes nothing; an empty object is taken for a
  /// kompass file with everything missing.
  static func foreignDocumentProblem(_ root: JSONValue, file: String?) -> Problem? {
    let what: (sv: String, en: String)
    switch root.content {
    case .object(let members):
      guard !members.isEmpty,
        !members.contains(where: { DataFileKind.topLevelKeys.contains($0.key) })
      else {
        return nil
      }
      what = (
        "ett objekt utan någon av kompass-formatens nycklar (som \"rubric\", \"municipality\" och \"areas\")",
        "an object with none of the keys of the kompass formats (such as \"rubric\", \"municipality\" and \"areas\")"
      )
    case .string: what = ("en text, inte ett objekt { … }", "a text, not an object { … }")
    case .number: what = ("ett tal, inte ett objekt { … }", "a number, not an object { … }")
    case .array, .bool, .null: return nil  // reported as the wrong type, which quotes nothing
    }
    return Problem(
      file: file, path: .root, location: root.location, kind: .wrongType,
      message: LocalizedText(
        sv:
          "filen är inte en kompass-fil (en utvärdering, en version av Kommunkompassen eller en annan datafil): den är \(what.sv); dess innehåll visas inte",
        en:
          "the file is not a kompass file (an evaluation, rubric or other data file): it is \(what.en); its contents are not shown"
      ))
  }

  /// What a check of a read model reports to.
  package struct Check {
    /// The document's root, for locating paths.
    package let root: JSONValue
    /// Collects problems, with file and location.
    package var reader: DocumentReader
    /// Whether reading the file already found errors.
    let earlierErrors: Bool

    /// Whether the file has errors so far, from reading or from this check.
    package var hasErrors: Bool {
      earlierErrors || reader.problems.containsErrors
    }

    /// The line and column of the value at a path, or of its nearest ancestor.
    package func location(of path: JSONPath) -> TextLocation {
      root.nearestLocation(of: path)
    }

    /// Adds problems that know their path but not their file and location.
    package mutating func add(_ problems: [Problem]) {
      for problem in problems {
        reader.report(
          problem.kind, at: problem.path, problem.location ?? location(of: problem.path),
          severity: problem.severity,
          sv: problem.message.swedish, en: problem.message.english ?? problem.message.swedish)
      }
    }
  }
}
