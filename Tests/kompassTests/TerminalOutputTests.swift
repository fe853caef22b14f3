import Foundation
import KompassTestSupport
import Testing

/// Runs `kompass profile` under a pseudo-terminal (`script`) to check what a person at a terminal
/// sees: Unicode bars and colour, and no colour when `NO_COLOR` is set.
@Suite("kompass on a terminal")
struct TerminalOutputTests {
  static let scriptAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/script")

  func runOnTerminal(environment: String) throws -> String {
    let binary = KompassProcess.productsFolder.appendingPathComponent("kompass").path
    var variables = ProcessInfo.processInfo.environment
    variables.removeValue(forKey: "NO_COLOR")
    variables["TERM"] = "xterm"
    let command = "\(environment) \(binary) profile Evaluations/kumla-2020.json"
    return try ChildProcess(
      executable: URL(fileURLWithPath: "/usr/bin/script"),
      arguments: Self.scriptArguments(running: command),
      folder: KompassProcess.packageRoot, environment: variables
    ).run().outputText
  }

  /// `script`'s arguments for a shell command under a pseudo-terminal, output not kept in a file:
  /// util-linux's syntax on Linux, BSD's on macOS.
  static func scriptArguments(running command: String) -> [String] {
    #if os(Linux)
      ["-qec", command, "/dev/null"]
    #else
      ["-q", "/dev/null", "/bin/sh", "-c", command]
    #endif
  }

  @Test("Unicode bars and colour on a terminal", .enabled(if: scriptAvailable))
  func colourOnTerminal() throws {
    let text = try runOnTerminal(environment: "env")
    #expect(text.contains("█"))
    #expect(text.contains("\u{1B}["))
  }

  @Test("No colour when NO_COLOR is set, still Unicode bars", .enabled(if: scriptAvailable))
  func noColor() throws {
    let text = try runOnTerminal(environment: "env NO_COLOR=1")
    #expect(text.contains("█"))
    #expect(!text.contains("\u{1B}["))
  }

  @Test("Plain bars and no colour when the output is not a terminal")
  func plainWhenPiped() throws {
    let text = try KompassProcess.run(["profile", "Evaluations/kumla-2020.json"]).standardOutput
    #expect(!text.contains("█") && !text.contains("\u{1B}["))
    #expect(
      text.contains(
        " 3 Styrning och kontroll                           80 / 100   80\u{A0}%  ####################"
      ))
  }
}
