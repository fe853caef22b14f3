import Foundation
import KommunKompass
import Testing

/// The binary carries its schemas and knows its version.
@Suite("kompass schema and --version")
struct SchemaCommandTests {
  @Test(
    "Each bundled schema prints byte for byte as the package's file",
    arguments: BundledSchema.allCases)
  func schemaEqualsFile(schema: BundledSchema) throws {
    let folder = schema == .rubric ? "Rubrics" : "Evaluations"
    let file = try String(
      contentsOf: KompassProcess.packageRoot.appendingPathComponent("\(folder)/\(schema.fileName)"),
      encoding: .utf8)
    let run = try KompassProcess.run(["schema", schema.rawValue])
    #expect(run.exitCode == 0)
    #expect(run.standardOutput == file)
  }

  @Test("An unknown schema is a usage error")
  func unknownSchema() throws {
    let run = try KompassProcess.run(["schema", "plan-x"])
    #expect(run.exitCode == 2)
  }

  @Test("--version prints the tool version")
  func version() throws {
    let run = try KompassProcess.run(["--version"])
    #expect(run.exitCode == 0)
    #expect(run.standardOutput == ToolVersion.current + "\n")
  }
}
