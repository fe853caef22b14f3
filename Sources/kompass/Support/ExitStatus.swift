import ArgumentParser

/// The exit codes `kompass` documents in its help.
enum ExitStatus {
  /// Everything went well.
  static let success: Int32 = 0
  /// A file is missing, broken or does not fit its rubric.
  static let invalidInput: Int32 = 1
  /// The command line itself is wrong.
  static let usage: Int32 = 2
  /// Writing to standard output or standard error failed (a full disk, a closed or broken pipe).
  static let writeFailure: Int32 = 1

  /// The error to throw from a command after reporting invalid input.
  static var invalidInputError: ExitCode { ExitCode(invalidInput) }
}
