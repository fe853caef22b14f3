import Foundation

/// Runs a program as a child process and collects what it writes, reading standard output and
/// standard error at the same time, so that a child writing a lot to either can never fill a pipe
/// and wait for a reader that is waiting for the other pipe. The one way the tests run programs.
public struct ChildProcess: Sendable {
  /// What a run wrote and how it ended.
  public struct Run: Sendable {
    /// Everything written to standard output (empty when it went elsewhere).
    public var standardOutput: Data
    /// Everything written to standard error.
    public var standardError: Data
    /// The exit code, or the signal number when ``reason`` is `.uncaughtSignal`.
    public var status: Int32
    /// Whether the process exited or was ended by a signal.
    public var reason: Process.TerminationReason

    /// Standard output as text.
    public var outputText: String { String(decoding: standardOutput, as: UTF8.self) }
    /// Standard error as text.
    public var errorText: String { String(decoding: standardError, as: UTF8.self) }
  }

  /// Where the child's standard output goes.
  public enum OutputTarget: Sendable {
    /// Collected into ``Run/standardOutput``.
    case collected
    /// A file or device opened by the caller (the handle stays the caller's).
    case handle(FileHandleBox)
    /// `/dev/null`.
    case discarded
    /// A pipe whose reading end is closed, so that writing to it is a broken pipe.
    case closedPipe
  }

  /// The program.
  public var executable: URL
  /// Its arguments.
  public var arguments: [String]
  /// The working folder.
  public var folder: URL
  /// The full environment.
  public var environment: [String: String]

  /// A child process description; nothing runs until ``run(output:)``.
  public init(executable: URL, arguments: [String], folder: URL, environment: [String: String]) {
    self.executable = executable
    self.arguments = arguments
    self.folder = folder
    self.environment = environment
  }

  /// Runs the program to its end, with standard input from `/dev/null`.
  public func run(output: OutputTarget = .collected) throws -> Run {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.environment = environment
    process.standardInput = FileHandle.nullDevice
    let errorPipe = Pipe()
    process.standardError = errorPipe
    var outputPipe: Pipe?
    var unreadPipe: Pipe?
    switch output {
    case .collected:
      outputPipe = Pipe()
      process.standardOutput = outputPipe
    case .handle(let box):
      process.standardOutput = box.handle
    case .discarded:
      process.standardOutput = FileHandle.nullDevice
    case .closedPipe:
      unreadPipe = Pipe()
      process.standardOutput = unreadPipe?.fileHandleForWriting
    }
    try process.run()
    if let unreadPipe {
      try? unreadPipe.fileHandleForWriting.close()
      try? unreadPipe.fileHandleForReading.close()
    }
    let errorData = DataFromThread(reading: errorPipe.fileHandleForReading)
    let outputData = outputPipe.map { $0.fileHandleForReading.readDataToEndOfFile() } ?? Data()
    let collectedError = errorData.wait()
    process.waitUntilExit()
    return Run(
      standardOutput: outputData, standardError: collectedError, status: process.terminationStatus,
      reason: process.terminationReason)
  }
}

/// A file handle passed to ``ChildProcess/OutputTarget/handle(_:)``; `FileHandle` itself is not
/// `Sendable`, and the box is only handed to the child process.
public struct FileHandleBox: @unchecked Sendable {
  /// The handle.
  public let handle: FileHandle

  /// Boxes a handle.
  public init(_ handle: FileHandle) {
    self.handle = handle
  }
}

/// Reads a pipe to its end on a thread of its own.
private final class DataFromThread: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var data = Data()

  init(reading handle: FileHandle) {
    let thread = Thread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }
    thread.start()
  }

  /// The data, once the pipe has been read to its end.
  func wait() -> Data {
    done.wait()
    return data
  }
}
