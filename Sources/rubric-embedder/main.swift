import Foundation

// Writes a Swift source file that embeds rubric JSON files as Base64 text.
//
// Usage: rubric-embedder OUTPUT.swift RUBRIC.json...
//
// Base64 keeps the embedded bytes exact (no escaping rules to get wrong) and the generated file small
// enough for the compiler to handle quickly.

let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else {
  FileHandle.standardError.write(Data("usage: rubric-embedder OUTPUT.swift RUBRIC.json...\n".utf8))
  exit(2)
}

var source = """
  // Generated at build time from the package's Rubrics/ folder by rubric-embedder.
  // Do not edit: change the JSON files in Rubrics/ instead.

  extension EmbeddedRubricFile {
    /// The rubric files of the package's `Rubrics/` folder, as embedded when the library was built.
    static let all: [EmbeddedRubricFile] = [

  """
for inputPath in arguments.dropFirst() {
  let url = URL(fileURLWithPath: inputPath)
  do {
    let data = try Data(contentsOf: url)
    source += "    EmbeddedRubricFile(\n"
    source += "      fileName: \"\(url.lastPathComponent)\",\n"
    source += "      base64: \"\(data.base64EncodedString())\"\n"
    source += "    ),\n"
  } catch {
    FileHandle.standardError.write(Data("rubric-embedder: cannot read \(inputPath): \(error)\n".utf8))
    exit(1)
  }
}
source += "  ]\n}\n"

do {
  try Data(source.utf8).write(to: URL(fileURLWithPath: outputPath), options: .atomic)
} catch {
  FileHandle.standardError.write(Data("rubric-embedder: cannot write \(outputPath): \(error)\n".utf8))
  exit(1)
}
