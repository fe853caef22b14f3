import Foundation

// Writes a Swift source file that embeds rubric and crosswalk JSON files as Base64 text.
//
// Usage: rubric-embedder OUTPUT.swift RUBRIC.json... [--crosswalks CROSSWALK.json...]
//
// Rubrics become `EmbeddedRubricFile.all` (named by file name, as in Rubrics/); crosswalks become
// `EmbeddedRubricFile.crosswalks` (named "crosswalks/" + file name, their path inside Rubrics/).
// Base64 keeps the embedded bytes exact (no escaping rules to get wrong) and the generated file small
// enough for the compiler to handle quickly.

/// Prints a message on standard error and stops with the exit code. A failed write to standard
/// error (closed, or on a full disk) cannot be reported anywhere, so it only makes the exit code 1.
func fail(_ message: String, exitCode: Int32) -> Never {
  do {
    try FileHandle.standardError.write(contentsOf: Data((message + "\n").utf8))
  } catch {
    exit(1)
  }
  exit(exitCode)
}

let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else {
  fail("usage: rubric-embedder OUTPUT.swift RUBRIC.json... [--crosswalks CROSSWALK.json...]", exitCode: 2)
}
let inputs = Array(arguments.dropFirst())
let separator = inputs.firstIndex(of: "--crosswalks") ?? inputs.endIndex
let rubricPaths = inputs[..<separator]
let crosswalkPaths = separator < inputs.endIndex ? inputs[(separator + 1)...] : []

/// The Swift list elements for the files, each named with the prefix and its file name.
func entries(_ paths: ArraySlice<String>, namePrefix: String) -> String {
  var text = ""
  for inputPath in paths {
    let url = URL(fileURLWithPath: inputPath)
    do {
      let data = try Data(contentsOf: url)
      text += "    EmbeddedRubricFile(\n"
      text += "      fileName: \"\(namePrefix)\(url.lastPathComponent)\",\n"
      text += "      base64: \"\(data.base64EncodedString())\"\n"
      text += "    ),\n"
    } catch {
      fail("rubric-embedder: cannot read \(inputPath): \(error)", exitCode: 1)
    }
  }
  return text
}

var source = """
  // Generated at build time from the package's Rubrics/ folder by rubric-embedder.
  // Do not edit: change the JSON files in Rubrics/ instead.

  extension EmbeddedRubricFile {
    /// The rubric files of the package's `Rubrics/` folder, as embedded when the library was built.
    static let all: [EmbeddedRubricFile] = [

  """
source += entries(rubricPaths, namePrefix: "")
source += """
    ]

    /// The crosswalk files of the package's `Rubrics/crosswalks/` folder, as embedded when the
    /// library was built.
    static let crosswalks: [EmbeddedRubricFile] = [

  """
source += entries(crosswalkPaths, namePrefix: "crosswalks/")
source += "  ]\n}\n"

do {
  try Data(source.utf8).write(to: URL(fileURLWithPath: outputPath), options: .atomic)
} catch {
  fail("rubric-embedder: cannot write \(outputPath): \(error)", exitCode: 1)
}
