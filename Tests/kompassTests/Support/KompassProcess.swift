import Foundation
import KompassTestSupport

/// Runs the built `kompass` binary as a subprocess, the way a user would.
struct KompassProcess {
  /// What a run printed and how it ended.
  struct Result {
    var standardOutput: String
    var standardError: String
    var exitCode: Int32
  }

  /// The folder with the built products (the test bundle's folder).
  static let productsFolder: URL = {
    #if os(macOS)
      for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        return bundle.bundleURL.deletingLastPathComponent()
      }
      return Bundle.main.bundleURL
    #else
      return Bundle.main.bundleURL
    #endif
  }()

  /// The package's root folder.
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Runs `kompass` with the arguments, in the package's root folder unless told otherwise.
  static func run(
    _ arguments: [String],
    in folder: URL = packageRoot,
    environment extra: [String: String] = [:]
  ) throws -> Result {
    var environment = ProcessInfo.processInfo.environment
    environment.removeValue(forKey: "NO_COLOR")
    environment["COLUMNS"] = "100"
    for (key, value) in extra { environment[key] = value }
    let run = try ChildProcess(
      executable: productsFolder.appendingPathComponent("kompass"), arguments: arguments,
      folder: folder,
      environment: environment
    ).run()
    return Result(
      standardOutput: run.outputText, standardError: run.errorText, exitCode: run.status)
  }

  /// A new empty temporary folder.
  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kompass-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }
}
