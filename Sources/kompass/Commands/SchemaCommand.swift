import ArgumentParser
import KommunKompass

extension Kompass {
  /// `kompass schema NAME`: prints a bundled JSON Schema.
  struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "schema",
      abstract: "Skriv ut ett JSON-schema / print a bundled JSON Schema.",
      discussion: """
        Schemana följer med programmet, så en kopierad kompass-binär kan ge dem till en editor \
        eller en validerare. The schemas are built into the binary.

        Exempel / examples:
          kompass schema evaluation > evaluation.schema.json
          kompass schema rubric
          kompass schema plan > plan.schema.json
        """
    )

    @Argument(
      help:
        "Vilket schema / which schema: \(BundledSchema.allCases.map(\.rawValue).joined(separator: ", "))."
    )
    var name: BundledSchema

    func run() throws {
      Terminal.write(name.text)
    }
  }
}

extension BundledSchema: ExpressibleByArgument {}
