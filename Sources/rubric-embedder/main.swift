import Foundation

// Writes a Swift source file that embeds rubric and crosswalk JSON files as Base64 text.
//
// Usage: rubric-embedder OUTPUT.swift RUBRIC.json... [--crosswalks CROSSWALK.json...]
//
// Rubrics become `EmbeddedRubricFile.all` (named by file name, as in Rubrics/); crosswalks become
// `EmbeddedRubricFile.crosswalks` (named "crosswalks/" + file name, their path inside Rubrics/).
// Base64 keeps the embedded bytes exact (no escaping rules to get wrong) and the generated file small
// enough for the compiler to handle quickly.

let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else {
  FileHandle.standardError.write(Data("usage: rubric-embedder OUTPUT.swift RUBRIC.json... [--crosswalks CROSSWALK.json...]\n".utf8))
  exit(2)
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
      FileHandle.standardError.write(Data("rubric-embedder: cannot read \(inputPath): \(error)\n".utf8))
      exit(1)
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
  FileHandle.standardError.write(Data("rubric-embedder: cannot write \(outputPath): \(error)\n".utf8))
  exit(1)
}
