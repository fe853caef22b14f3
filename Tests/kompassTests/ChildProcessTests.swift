import Foundation
import KompassTestSupport
import Testing

/// The tests' process runner cannot hang on a child that writes a lot to both streams.
@Suite("Running a child process")
struct ChildProcessTests {
  @Test(
    "More than a pipe's capacity on standard error, then on standard output",
    arguments: [70_000, 1_000_000])
  func largeOutputOnBothStreams(bytes: Int) throws {
    let run = try ChildProcess(
      executable: URL(fileURLWithPath: "/bin/sh"),
      arguments: ["-c", "head -c \(bytes) /dev/zero >&2; head -c \(bytes + 1) /dev/zero; exit 3"],
      folder: FileManager.default.temporaryDirectory,
      environment: ProcessInfo.processInfo.environment
    ).run()
    #expect(run.standardError.count == bytes)
    #expect(run.standardOutput.count == bytes + 1)
    #expect(run.status == 3)
    #expect(run.reason == .exit)
  }

  @Test("A closed pipe for standard output gives the child a broken pipe")
  func closedPipe() throws {
    let run = try ChildProcess(
      executable: URL(fileURLWithPath: "/bin/sh"),
      arguments: ["-c", "trap '' PIPE; sleep 0.1; echo hello || echo failed >&2"],
      folder: FileManager.default.temporaryDirectory,
      environment: ProcessInfo.processInfo.environment
    ).run(output: .closedPipe)
    #expect(run.errorText.hasSuffix("failed\n"))
  }
}
