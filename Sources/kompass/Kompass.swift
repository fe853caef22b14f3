import ArgumentParser
import Foundation
import KommunKompass

/// The `kompass` command: validate, score and report Kommunkompassen evaluations.
@main
struct Kompass: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kompass",
    abstract: "Validera, poängsätt och jämför Kommunkompassen-utvärderingar.",
    discussion: """
      Utvärderingar är JSON-filer, en per kommun och tillfälle (se Evaluations/kumla-2020.json). \
      Evaluations are JSON files, one per municipality and occasion.

      Slutkoder / exit codes:
        0  allt gick bra / success
        1  ogiltig indata: en fil saknas, är trasig eller stämmer inte med sin version av Kommunkompassen / invalid input
        1  skrivfel på standard ut eller fel: full disk, stängd eller bruten pipe / write error
        2  felaktigt kommando: okänd flagga eller argument / usage error
      """,
    version: ToolVersion.current,
    subcommands: [
      Validate.self, Score.self, Profile.self, Compare.self, Report.self, RubricCommand.self,
      SchemaCommand.self,
      Init.self, FormCommand.self, ConsensusCommand.self, PlanCommand.self,
      FollowUpCommand.self, MunicipalitiesCommand.self, Generate.self,
    ]
  )

  /// Runs the command, mapping argument errors to exit code 2 instead of the library default.
  ///
  /// Help and error messages go through ``Terminal`` too, so a failed write ends with exit code 1
  /// and a message, never with a trap or a silent loss.
  static func main() {
    Terminal.guardStandardDescriptors()
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      let message = ArgumentParserWording.localized(
        fullMessage(for: error), arguments: Array(CommandLine.arguments.dropFirst()))
      if code == .validationFailure {
        Terminal.writeError(message)
        Foundation.exit(ExitStatus.usage)
      }
      if !message.isEmpty {
        if code == .success { Terminal.write(message + "\n") } else { Terminal.writeError(message) }
      }
      Foundation.exit(code.rawValue)
    }
  }
}
