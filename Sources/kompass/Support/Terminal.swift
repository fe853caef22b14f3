import Foundation
import KommunKompass

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing to standard output and standard error.
///
/// Every write goes straight to the file descriptor and checks the result. A failed write (a full
/// disk, a closed or broken pipe, a closed descriptor) never traps: the command stops with exit
/// code 1 and, when standard error still works, one line such as `write error: Broken pipe`, as
/// `cat` does.
enum Terminal {
  /// Writes text to standard output as it is.
  static func write(_ text: String) {
    if let failure = send(text, to: STDOUT_FILENO) { stop(after: failure) }
  }

  /// Writes a line to standard error, with control characters and bidirectional controls other
  /// than its line breaks escaped (see `String.escapedForDisplay`): standard error never carries
  /// JSON, and data echoed in a message must not steer the terminal.
  static func writeError(_ line: String) {
    let shown = line.escapedForDisplay(keeping: ["\n"])
    if let failure = send(shown.hasSuffix("\n") ? shown : shown + "\n", to: STDERR_FILENO) {
      stop(after: failure)
    }
  }

  /// Makes sure descriptors 0, 1 and 2 are open, so that no file the command opens later takes the
  /// place of a closed standard output or standard error.
  ///
  /// A closed descriptor is replaced by `/dev/null` opened for reading only: writing to it still
  /// fails (with "Bad file descriptor"), so a closed standard output is reported, not silently ignored.
  static func guardStandardDescriptors() {
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO]
    where fcntl(descriptor, F_GETFD) == -1 {
      let opened = open("/dev/null", O_RDONLY)
      if opened >= 0, opened != descriptor {
        dup2(opened, descriptor)
        close(opened)
      }
    }
  }

  /// Writes all of the text, retrying after interruptions; returns the `errno` of a failed write.
  private static func send(_ text: String, to descriptor: Int32) -> Int32? {
    Array(text.utf8).withUnsafeBytes { buffer -> Int32? in
      guard let base = buffer.baseAddress else { return nil }
      var offset = 0
      while offset < buffer.count {
        let written = systemWrite(descriptor, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return nil
    }
  }

  /// Reports a failed write on standard error (if that still works) and ends the command with exit code 1.
  private static func stop(after failure: Int32) -> Never {
    _ = send("write error: \(String(cString: strerror(failure)))\n", to: STDERR_FILENO)
    exit(ExitStatus.writeFailure)
  }
}

/// The system's `write(2)`, named apart from ``Terminal/write(_:)``.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
  #else
    Darwin.write(descriptor, bytes, count)
  #endif
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
