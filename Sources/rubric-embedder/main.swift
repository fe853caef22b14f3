import Foundation

// Writes a Swift source file that embeds rubric, crosswalk, municipality register and JSON Schema
// files as Base64 text.
//
// Usage: rubric-embedder OUTPUT.swift --rubrics RUBRIC.json... --crosswalks CROSSWALK.json...
//          --municipalities TABLE.csv... --schemas SCHEMA.json...
//        rubric-embedder OUTPUT.swift --form FILE...   (the evaluation form's template)
//
// The files become `EmbeddedDataFile.rubrics`, `.crosswalks`, `.municipalities` and `.schemas`,
// each named by its path
// inside the package (from its Rubrics/ or Evaluations/ folder on).
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

let arguments = Array(CommandLine.arguments.dropFirst())
let usage =
  "usage: rubric-embedder OUTPUT.swift --rubrics RUBRIC.json... --crosswalks CROSSWALK.json... --municipalities TABLE.csv... --schemas SCHEMA.json..."
guard let outputPath = arguments.first else { fail(usage, exitCode: 2) }

/// The input files after each section flag, with their path inside the package.
func readSections(_ arguments: ArraySlice<String>) -> [String: [(
  path: String, packagePath: String
)]] {
  var sections: [String: [(path: String, packagePath: String)]] = [
    "--rubrics": [], "--crosswalks": [], "--municipalities": [], "--schemas": [], "--form": [],
  ]
  var current: String?
  for argument in arguments {
    if sections[argument] != nil {
      current = argument
    } else if let section = current {
      sections[section, default: []].append((argument, packagePath(of: argument)))
    } else {
      fail(usage, exitCode: 2)
    }
  }
  return sections
}

/// A file's path inside the package: from its `Rubrics/` or `Evaluations/` folder on.
func packagePath(of path: String) -> String {
  let components = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
  guard let start = components.lastIndex(where: { $0 == "Rubrics" || $0 == "Evaluations" }) else {
    return URL(fileURLWithPath: path).lastPathComponent
  }
  return components[start...].joined(separator: "/")
}

let sections = readSections(arguments.dropFirst())

/// The Swift list elements for the files of a section.
func entries(_ section: String) -> String {
  var text = ""
  for file in sections[section] ?? [] {
    do {
      let data = try Data(contentsOf: URL(fileURLWithPath: file.path))
      text += "    EmbeddedDataFile(\n"
      text += "      path: \"\(file.packagePath)\",\n"
      text += "      base64: \"\(data.base64EncodedString())\"\n"
      text += "    ),\n"
    } catch {
      fail("rubric-embedder: cannot read \(file.path): \(error)", exitCode: 1)
    }
  }
  return text
}

// The evaluation form's template goes into the rendering module, in a list of its own.
if arguments.dropFirst().first == "--form" {
  var form = """
    // Generated at build time from Sources/KommunKompassReports/Form/Template/ by rubric-embedder.
    // Do not edit: change the files of the form instead.

    import KommunKompass

    extension EmbeddedDataFile {
      /// The files of the evaluation form's template (HTML, CSS and JavaScript), as embedded when
      /// the module was built.
      static let formTemplate: [EmbeddedDataFile] = [

    """
  form += entries("--form")
  form += "  ]\n}\n"
  do {
    try Data(form.utf8).write(to: URL(fileURLWithPath: outputPath), options: .atomic)
  } catch {
    fail("rubric-embedder: cannot write \(outputPath): \(error)", exitCode: 1)
  }
  exit(0)
}

var source = """
  // Generated at build time from the package's Rubrics/ and Evaluations/ folders by rubric-embedder.
  // Do not edit: change the JSON files instead.

  extension EmbeddedDataFile {
    /// The rubric files of the package's `Rubrics/` folder, as embedded when the library was built.
    static let rubrics: [EmbeddedDataFile] = [

  """
source += entries("--rubrics")
source += """
    ]

    /// The crosswalk files of the package's `Rubrics/crosswalks/` folder, as embedded when the
    /// library was built.
    static let crosswalks: [EmbeddedDataFile] = [

  """
source += entries("--crosswalks")
source += """
    ]

    /// The tables of the municipality register in the package's `Rubrics/municipalities/` folder,
    /// as embedded when the library was built.
    static let municipalities: [EmbeddedDataFile] = [

  """
source += entries("--municipalities")
source += """
    ]

    /// The JSON Schemas of the package's data files, as embedded when the library was built.
    static let schemas: [EmbeddedDataFile] = [

  """
source += entries("--schemas")
source += "  ]\n}\n"

do {
  try Data(source.utf8).write(to: URL(fileURLWithPath: outputPath), options: .atomic)
} catch {
  fail("rubric-embedder: cannot write \(outputPath): \(error)", exitCode: 1)
}
