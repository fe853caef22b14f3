import ArgumentParser
import Foundation
import KommunKompass

extension Kompass {
  /// `kompass plan`: scaffolds an action plan from an evaluation.
  struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "plan",
      abstract: "Skapa en handlingsplan att fylla i / scaffold an action plan.",
      discussion: """
        En åtgärd per förbättringsmöjlighet och en per svagt delområde som ingen åtgärd täcker, \
        med id, tom ansvarig och tomma datum och status "planned". En befintlig fil skrivs aldrig \
        över utan --force.

        Exempel / example:
          kompass plan Evaluations/kumla-2020.json --output kumla-plan.json
        """)

    @Argument(help: ArgumentHelp("Utvärderingen / the evaluation.", valueName: "utvärdering"))
    var evaluation: String

    @Option(
      name: [.customShort("o"), .long],
      help: ArgumentHelp("Filen att skriva / the file to write.", valueName: "fil"))
    var output: String

    @Flag(help: "Ersätt en befintlig fil / replace an existing file.")
    var force = false

    @OptionGroup var options: LanguageOption

    func run() throws {
      let language = options.language
      let loaded = try EvaluationInput.require(evaluation, language: language)
      let rubric = try EvaluationInput.requireRubric(loaded.rubricID, language: language)
      let plan = ActionPlan.scaffold(
        from: loaded, file: Self.relativePath(of: evaluation, from: output), rubric: rubric)
      let schema = SchemaLocator.relativeSchemaPath(
        named: SchemaLocator.planSchemaName, forOutput: output)
      try OutputFile(
        path: output, replacing: force ? .anything : .nothing, inputs: [evaluation],
        language: language
      )
      .write(try plan.fileText(schemaReference: schema))
      let count = plan.actions.count
      Terminal.writeError(
        language == .swedish
          ? "Skrev \(output): \(count) \(count == 1 ? "åtgärd" : "åtgärder") att fylla i."
          : "Wrote \(output): \(count) \(count == 1 ? "action" : "actions") to fill in.")
    }

    /// The evaluation's path relative to the plan's folder, both taken at their real locations.
    static func relativePath(of file: String, from output: String) -> String {
      let target = URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath()
        .pathComponents
      let folder = URL(fileURLWithPath: output).standardizedFileURL.deletingLastPathComponent()
        .resolvingSymlinksInPath().pathComponents
      var common = 0
      while common < min(target.count, folder.count), target[common] == folder[common] {
        common += 1
      }
      let ups = Array(repeating: "..", count: folder.count - common)
      return (ups + target[common...]).joined(separator: "/")
    }
  }
}
