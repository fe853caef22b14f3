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
    var reader = DocumentReader(file: file)
    let value = read(&reader, root)
    var problems = document.problems + reader.problems
    if let value {
      var checking = Check(root: root, reader: DocumentReader(file: file), earlierErrors: problems.containsErrors)
      check(value, &checking)
      problems += checking.reader.problems
    }
    problems.sort { ($0.location?.line ?? 0, $0.path) < ($1.location?.line ?? 0, $1.path) }
    return Checked(value: problems.containsErrors ? nil : value, problems: problems)
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

    /// Checks that the file's `rubric` names a known rubric and, when the file has no errors so far,
    /// adds the problems `validate` finds against that rubric.
    package mutating func validate(
      againstRubric id: String, in catalog: RubricCatalog, _ validate: (Rubric) -> [Problem]
    ) {
      let path = JSONPath.root.appending("rubric")
      let rubric = reader.knownRubric(id, at: path, location: location(of: path), in: catalog)
      if let rubric, !hasErrors {
        add(validate(rubric))
      }
    }

    /// Adds problems that know their path but not their file and location.
    package mutating func add(_ problems: [Problem]) {
      for problem in problems {
        reader.report(
          problem.kind, at: problem.path, problem.location ?? location(of: problem.path), severity: problem.severity,
          sv: problem.message.swedish, en: problem.message.english ?? problem.message.swedish)
      }
    }
  }
}
