import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing to standard output and standard error.
enum Terminal {
  /// Writes text to standard output as it is.
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes a line to standard error.
  static func writeError(_ line: String) {
    FileHandle.standardError.write(Data((line.hasSuffix("\n") ? line : line + "\n").utf8))
  }
}

extension Terminal {
  /// Whether standard output is a terminal (not a file or a pipe).
  static var outputIsTerminal: Bool {
    isatty(STDOUT_FILENO) == 1
  }

  /// Whether colours may be used: only on a terminal, never when `NO_COLOR` is set, never for `TERM=dumb`.
  static var colorAllowed: Bool {
    let environment = ProcessInfo.processInfo.environment
    guard outputIsTerminal, environment["NO_COLOR"] == nil else { return false }
    return environment["TERM"] != "dumb"
  }
}
