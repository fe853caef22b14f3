import Foundation
import KompassTestSupport
import Testing

/// A write to standard output or standard error that fails never crashes `kompass`: it ends with
/// exit code 1 and one line on standard error (when that still works), as `cat` does.
@Suite("A failed write to standard output or error ends with exit code 1, never a crash")
struct WriteFailureTests {
  /// How one run through `/bin/sh` ended.
  struct ShellRun {
    var standardError: String
    var status: Int32
    var reason: Process.TerminationReason

    /// Runs `script` with `sh -c`, `$KOMPASS` naming the built binary, in the package's root folder.
    /// Standard output goes to `output` when given, else to `/dev/null`.
    init(_ script: String, output: FileHandle? = nil) throws {
      var environment = ProcessInfo.processInfo.environment
      environment["KOMPASS"] = KompassProcess.productsFolder.appendingPathComponent("kompass").path
      environment["NO_COLOR"] = "1"
      let run = try ChildProcess(
        executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", script],
        folder: KompassProcess.packageRoot,
        environment: environment
      ).run(output: output.map { .handle(FileHandleBox($0)) } ?? .discarded)
      standardError = run.errorText
      status = run.status
      reason = run.reason
    }
  }

  static let commands: [String] = [
    "score Evaluations/kumla-2020.json",
    "score --format csv Evaluations/kumla-2020.json",
    "profile Evaluations/kumla-2020.json",
    "validate Evaluations/kumla-2020.json",
    "rubric",
    "--help",
  ]

  @Test("Standard output on a full device (/dev/full)", arguments: commands)
  func fullDevice(_ command: String) throws {
    let run = try ShellRun("exec \"$KOMPASS\" \(command) >/dev/full")
    #expect(run.reason == .exit)
    #expect(run.status == 1)
    #expect(run.standardError == "write error: No space left on device\n")
  }

  @Test("Standard output closed (>&-)", arguments: commands)
  func closedOutput(_ command: String) throws {
    let run = try ShellRun("exec \"$KOMPASS\" \(command) >&-")
    #expect(run.reason == .exit)
    #expect(run.status == 1)
    #expect(run.standardError == "write error: Bad file descriptor\n")
  }

  @Test("Standard output a pipe whose reader is gone, with SIGPIPE ignored", arguments: commands)
  func brokenPipe(_ command: String) throws {
    let pipe = Pipe()
    try pipe.fileHandleForReading.close()
    let run = try ShellRun(
      "trap '' PIPE; exec \"$KOMPASS\" \(command)", output: pipe.fileHandleForWriting)
    try pipe.fileHandleForWriting.close()
    #expect(run.reason == .exit)
    #expect(run.status == 1)
    #expect(run.standardError == "write error: Broken pipe\n")
  }

  @Test("Standard error closed: a problem cannot be reported, the exit code still says so")
  func closedErrorWithProblem() throws {
    let run = try ShellRun("exec \"$KOMPASS\" score no-such-file.json 2>&-")
    #expect(run.reason == .exit)
    #expect(run.status == 1)
  }

  @Test("Standard error closed: a command that writes only to standard output succeeds")
  func closedErrorWithoutProblem() throws {
    let run = try ShellRun("exec \"$KOMPASS\" score Evaluations/kumla-2020.json 2>&-")
    #expect(run.reason == .exit)
    #expect(run.status == 0)
  }

  @Test("Standard error on a full device, standard output too: exit code 1, no crash")
  func everythingFull() throws {
    let run = try ShellRun(
      "exec \"$KOMPASS\" score Evaluations/kumla-2020.json >/dev/full 2>/dev/full")
    #expect(run.reason == .exit)
    #expect(run.status == 1)
  }

  @Test("Standard error on a full device while reporting a problem")
  func fullErrorWithProblem() throws {
    let run = try ShellRun("exec \"$KOMPASS\" score no-such-file.json 2>/dev/full")
    #expect(run.reason == .exit)
    #expect(run.status == 1)
  }
}
