import ArgumentParser
import Foundation
import KommunKompass

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes output files so that nothing is ever lost: the text goes to a temporary file in the same
/// folder, which then replaces the target in one step. A failed write leaves any existing file as it was.
enum OutputFile {
  /// Writes text to a file atomically.
  ///
  /// - Parameters:
  ///   - text: The contents.
  ///   - path: The file to write.
  ///   - overwrite: Whether an existing file may be replaced. When `false`, an existing file is left
  ///     untouched and the command stops with exit code 1.
  ///   - language: The language of error messages.
  static func write(_ text: String, to path: String, overwrite: Bool, language: Language) throws {
    let target = URL(fileURLWithPath: path)
    let folder = target.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      try Data(text.utf8).write(to: temporary, options: .withoutOverwriting)
    } catch {
      try fail(
        language == .swedish
          ? "\(path): kan inte skriva filen (finns mappen, och får du skriva i den?)"
          : "\(path): cannot write the file (does the folder exist, and may you write to it?)")
    }
    defer { unlink(temporary.path) }
    if overwrite {
      guard rename(temporary.path, target.path) == 0 else {
        try fail(language == .swedish ? "\(path): kan inte ersätta filen" : "\(path): cannot replace the file")
      }
    } else {
      // link() fails when the target exists, so an existing file can never be replaced by accident.
      guard link(temporary.path, target.path) == 0 else {
        let exists = errno == EEXIST
        try fail(
          exists
            ? (language == .swedish
              ? "\(path): filen finns redan; använd --force för att ersätta den"
              : "\(path): the file already exists; use --force to replace it")
            : (language == .swedish ? "\(path): kan inte skriva filen" : "\(path): cannot write the file"))
      }
    }
  }

  private static func fail(_ message: String) throws -> Never {
    Terminal.writeError(message)
    throw ExitStatus.invalidInputError
  }
}

