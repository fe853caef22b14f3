import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `--output` end to end through the built binary: the output is never one of the inputs, project
/// data is replaced only with `--force`, links are followed, devices and FIFOs are written to
/// directly, a full or read-only disk is named as such, and neither a failure nor SIGINT or SIGTERM
/// leaves a temporary file or a damaged target behind.
@Suite("Output files: inputs, data files, links, devices, full disks and signals")
struct OutputReliabilityTests {
  static let root = KompassProcess.packageRoot
  static let kumla = root.appendingPathComponent("Evaluations/kumla-2020.json")
  static let fixtures = root.appendingPathComponent("Tests/kompassTests/Fixtures")

  /// A folder with `kumla.json` and a copy of the fixtures under `fx/`.
  static func workspace() throws -> URL {
    let folder = try KompassProcess.temporaryFolder()
    try FileManager.default.copyItem(at: kumla, to: folder.appendingPathComponent("kumla.json"))
    try FileManager.default.copyItem(at: fixtures, to: folder.appendingPathComponent("fx"))
    return folder
  }

  /// Every temporary file of `kompass` below the folder.
  static func temporaryFiles(in folder: URL) -> [String] {
    let paths = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
    return paths.filter {
      ($0 as NSString).lastPathComponent.contains(".kompass-") || $0.hasSuffix(".tmp")
    }
  }

  /// The device and inode of a file, following links.
  static func identity(_ url: URL) -> [UInt64]? {
    var info = stat()
    guard stat(url.path, &info) == 0 else { return nil }
    return [UInt64(info.st_dev), UInt64(info.st_ino)]
  }

  /// What `lstat` says about a path.
  static func linkStatus(_ url: URL) -> stat? {
    var info = stat()
    return lstat(url.path, &info) == 0 ? info : nil
  }

  static func run(_ arguments: [String], in folder: URL) throws -> CrashAwareRun {
    let run = try CrashAwareRun(arguments, in: folder)
    #expect(run.reason == .exit, "no crash: \(run.standardError)")
    return run
  }

  static func contents(_ url: URL) -> Data? { try? Data(contentsOf: url) }

  // MARK: The output is never an input

  /// A command whose output names one of its inputs, `VICTIM` standing for the input.
  struct InputCase: Sendable, CustomTestStringConvertible {
    var victim: String
    var arguments: [String]
    var testDescription: String { "kompass " + arguments.joined(separator: " ") }
  }

  /// How the output path names the input.
  enum Spelling: String, Sendable, CaseIterable {
    case same, dotted, symbolicLink, hardLink
  }

  static let inputCases: [InputCase] = [
    InputCase(victim: "kumla.json", arguments: ["score", "kumla.json"]),
    InputCase(victim: "kumla.json", arguments: ["profile", "kumla.json"]),
    InputCase(victim: "kumla.json", arguments: ["report", "kumla.json"]),
    InputCase(
      victim: "fx/evaluations/testby-2018.json",
      arguments: [
        "report", "fx/evaluations/testby-2020.json", "--compare", "fx/evaluations/testby-2018.json",
      ]),
    InputCase(
      victim: "fx/evaluations/testby-2020.json",
      arguments: ["compare", "fx/evaluations/testby-2018.json", "fx/evaluations/testby-2020.json"]),
    InputCase(
      victim: "fx/profiles/testby-mal-2024.json",
      arguments: [
        "compare", "--target", "fx/profiles/testby-mal-2024.json",
        "fx/evaluations/testby-2020.json",
      ]),
    // The baseline the target profile names is an input too.
    InputCase(
      victim: "fx/evaluations/testby-2018.json",
      arguments: [
        "compare", "--target", "fx/profiles/testby-mal-2024.json",
        "fx/evaluations/testby-2020.json",
      ]),
    InputCase(
      victim: "fx/profiles/testsnitt-2020.json",
      arguments: [
        "compare", "--reference", "fx/profiles/testsnitt-2020.json",
        "fx/evaluations/testby-2020.json",
      ]),
    InputCase(
      victim: "fx/peers/lillby-2020.json",
      arguments: ["compare", "--peers", "fx/peers", "fx/evaluations/testby-2020.json"]),
    InputCase(
      victim: "fx/plans/testby-plan-2018.json",
      arguments: [
        "follow-up", "fx/plans/testby-plan-2018.json", "fx/evaluations/testby-2018.json",
        "fx/evaluations/testby-2020.json",
      ]),
    InputCase(
      victim: "kumla.json", arguments: ["init", "--from", "kumla.json", "--date", "2026-03-01"]),
    InputCase(victim: "kumla.json", arguments: ["plan", "kumla.json"]),
  ]

  @Test(
    "The output is never one of the inputs, however it is spelled, even with --force",
    arguments: inputCases, Spelling.allCases)
  func outputIsNeverAnInput(_ testCase: InputCase, _ spelling: Spelling) throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let victim = folder.appendingPathComponent(testCase.victim)
    let output: String
    switch spelling {
    case .same: output = testCase.victim
    case .dotted: output = "./" + testCase.victim.replacingOccurrences(of: "/", with: "/./")
    case .symbolicLink:
      output = "alias-link.json"
      try FileManager.default.createSymbolicLink(
        at: folder.appendingPathComponent(output), withDestinationURL: victim)
    case .hardLink:
      output = "alias-hard.json"
      try FileManager.default.linkItem(at: victim, to: folder.appendingPathComponent(output))
    }
    let before = try #require(Self.contents(victim))
    let identity = Self.identity(victim)
    let run = try Self.run(
      testCase.arguments + ["--output", output, "--force", "--language", "en"], in: folder)
    #expect(run.status == 1)
    #expect(
      run.standardError.hasSuffix(
        "\(output): is the same file as the input \(testCase.victim) and is not overwritten; give another file to write\n"
      ),
      "stderr: \(run.standardError)")
    #expect(Self.contents(victim) == before, "the input is unchanged")
    #expect(Self.identity(victim) == identity, "the input is the same file")
    #expect(Self.temporaryFiles(in: folder).isEmpty)
    if spelling == .symbolicLink {
      #expect(
        Self.linkStatus(folder.appendingPathComponent(output)).map { $0.st_mode & S_IFMT }
          == S_IFLNK)
    }
  }

  // MARK: Project data only with --force

  @Test(
    "An existing data file is replaced only with --force",
    arguments: [
      ("fx/evaluations/testby-2018.json", "an evaluation"),
      ("fx/profiles/testsnitt-2020.json", "a reference profile"),
      ("fx/profiles/testby-mal-2024.json", "a target profile"),
      ("fx/plans/testby-plan-2018.json", "an action plan"),
      ("Rubrics/kommunkompassen-2020.json", "a Kommunkompassen version (rubric)"),
      ("Rubrics/crosswalks/kommunkompassen-2016-to-2020.json", "a crosswalk"),
    ])
  func dataFileNeedsForce(_ source: String, _ kind: String) throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let existing = folder.appendingPathComponent("existing.json")
    let sourceURL =
      source.hasPrefix("fx/")
      ? folder.appendingPathComponent(source) : Self.root.appendingPathComponent(source)
    try FileManager.default.copyItem(at: sourceURL, to: existing)
    let before = try #require(Self.contents(existing))

    let refused = try Self.run(
      ["score", "kumla.json", "--output", "existing.json", "--language", "en"], in: folder)
    #expect(refused.status == 1)
    #expect(
      refused.standardError
        == "existing.json: the file holds \(kind) and is not replaced; use --force to replace it\n")
    #expect(Self.contents(existing) == before)

    let forced = try Self.run(
      ["score", "kumla.json", "--output", "existing.json", "--force", "--language", "en"],
      in: folder)
    #expect(forced.status == 0, "stderr: \(forced.standardError)")
    let table = try Self.run(["score", "kumla.json", "--language", "en"], in: folder).standardOutput
    #expect(Self.contents(existing) == Data(table.utf8))
    #expect(Self.temporaryFiles(in: folder).isEmpty)
  }

  @Test(
    "Every command with --output refuses to replace an evaluation without --force",
    arguments: [
      ["score", "kumla.json"],
      ["profile", "kumla.json"],
      ["report", "kumla.json"],
      ["compare", "fx/evaluations/testby-2018.json", "fx/evaluations/testby-2020.json"],
      [
        "follow-up", "fx/plans/testby-plan-2018.json", "fx/evaluations/testby-2018.json",
        "fx/evaluations/testby-2020.json",
      ],
    ])
  func everyCommandProtectsData(_ arguments: [String]) throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let existing = folder.appendingPathComponent("other.json")
    try FileManager.default.copyItem(
      at: folder.appendingPathComponent("fx/peers/lillby-2020.json"), to: existing)
    let before = try #require(Self.contents(existing))
    let refused = try Self.run(
      arguments + ["--output", "other.json", "--language", "en"], in: folder)
    #expect(refused.status == 1)
    #expect(
      refused.standardError.hasSuffix(
        "other.json: the file holds an evaluation and is not replaced; use --force to replace it\n")
    )
    #expect(Self.contents(existing) == before)
    let forced = try Self.run(arguments + ["--output", "other.json", "--force"], in: folder)
    #expect(forced.status == 0, "stderr: \(forced.standardError)")
    #expect(Self.contents(existing) != before)
    #expect(Self.temporaryFiles(in: folder).isEmpty)
  }

  @Test(
    "An unfinished evaluation with a syntax error counts as data too",
    arguments: [
      "{\n  \"formatVersion\": 1,\n  \"rubric\": \"kommunkompassen-2020\",\n",
      "{ \"municipality\": ",
    ])
  func brokenEvaluationIsData(_ text: String) throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let draft = folder.appendingPathComponent("draft.json")
    try Data(text.utf8).write(to: draft)
    let run = try Self.run(
      ["score", "kumla.json", "--output", "draft.json", "--language", "en"], in: folder)
    #expect(run.status == 1)
    #expect(run.standardError.contains("holds an evaluation"))
    #expect(Self.contents(draft) == Data(text.utf8))
  }

  @Test(
    "An earlier report or export is replaced without --force",
    arguments: [
      ["score", "--format", "json", "kumla.json"],
      ["score", "--format", "csv", "kumla.json"],
      ["profile", "--format", "json", "kumla.json"],
      ["report", "kumla.json"],
      ["report", "--format", "markdown", "kumla.json"],
      [
        "compare", "--format", "json", "fx/evaluations/testby-2018.json",
        "fx/evaluations/testby-2020.json",
      ],
      ["compare", "--format", "json", "--peers", "fx/peers", "fx/evaluations/testby-2020.json"],
      [
        "compare", "--format", "json", "--target", "fx/profiles/testby-mal-2024.json",
        "fx/evaluations/testby-2020.json",
      ],
      [
        "follow-up", "--format", "json", "fx/plans/testby-plan-2018.json",
        "fx/evaluations/testby-2018.json",
        "fx/evaluations/testby-2020.json",
      ],
    ])
  func earlierExportIsReplaced(_ arguments: [String]) throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = try Self.run(arguments + ["--output", "export.out"], in: folder)
    #expect(first.status == 0, "stderr: \(first.standardError)")
    let export = folder.appendingPathComponent("export.out")
    let exported = try #require(Self.identity(export))
    let second = try Self.run(arguments + ["--output", "export.out"], in: folder)
    #expect(second.status == 0, "stderr: \(second.standardError)")
    #expect(Self.identity(export) != exported, "a new file took the earlier export's place")
    #expect(Self.contents(export).map { !$0.isEmpty } == true)
    #expect(Self.temporaryFiles(in: folder).isEmpty)
  }

  // MARK: What is at the path

  @Test("A symbolic link is followed: the target is written, the link stays")
  func symbolicLinkFollowed() throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let manager = FileManager.default
    try manager.createDirectory(
      at: folder.appendingPathComponent("exports"), withIntermediateDirectories: false)
    try Data("old\n".utf8).write(to: folder.appendingPathComponent("exports/real.csv"))
    try manager.createSymbolicLink(
      atPath: folder.appendingPathComponent("link.csv").path,
      withDestinationPath: "exports/real.csv")
    // A link to a link, relative to its own folder.
    try manager.createSymbolicLink(
      atPath: folder.appendingPathComponent("exports/again.csv").path,
      withDestinationPath: "real.csv")
    try manager.createSymbolicLink(
      atPath: folder.appendingPathComponent("twice.csv").path,
      withDestinationPath: "exports/again.csv")
    let expected = try Self.run(["score", "--format", "csv", "kumla.json"], in: folder)
      .standardOutput

    for link in ["link.csv", "twice.csv"] {
      try Data("old\n".utf8).write(to: folder.appendingPathComponent("exports/real.csv"))
      let run = try Self.run(
        ["score", "--format", "csv", "--output", link, "kumla.json"], in: folder)
      #expect(run.status == 0, "stderr: \(run.standardError)")
      #expect(
        Self.linkStatus(folder.appendingPathComponent(link)).map { $0.st_mode & S_IFMT } == S_IFLNK)
      #expect(
        Self.contents(folder.appendingPathComponent("exports/real.csv")) == Data(expected.utf8))
    }
    // A dangling link: the file it names is created.
    try manager.createSymbolicLink(
      atPath: folder.appendingPathComponent("new.csv").path,
      withDestinationPath: "exports/new-real.csv")
    let created = try Self.run(
      ["score", "--format", "csv", "--output", "new.csv", "kumla.json"], in: folder)
    #expect(created.status == 0, "stderr: \(created.standardError)")
    #expect(
      Self.contents(folder.appendingPathComponent("exports/new-real.csv")) == Data(expected.utf8))
    #expect(
      Self.linkStatus(folder.appendingPathComponent("new.csv")).map { $0.st_mode & S_IFMT }
        == S_IFLNK)
    #expect(Self.temporaryFiles(in: folder).isEmpty)
  }

  @Test("A replaced file keeps its mode (0600, 0640) and, as root, its owner")
  func modeAndOwnerKept() throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    for mode: mode_t in [0o600, 0o640, 0o664] {
      let target = folder.appendingPathComponent("private.csv")
      try Data("old\n".utf8).write(to: target)
      #expect(chmod(target.path, mode) == 0)
      let isRoot = geteuid() == 0
      if isRoot { #expect(chown(target.path, 4321, 4322) == 0) }
      let run = try Self.run(
        ["score", "--format", "csv", "--output", "private.csv", "kumla.json"], in: folder)
      #expect(run.status == 0, "stderr: \(run.standardError)")
      let info = try #require(Self.linkStatus(target))
      #expect(info.st_mode & 0o7777 == mode)
      if isRoot {
        #expect(info.st_uid == 4321)
        #expect(info.st_gid == 4322)
      }
      #expect(Self.contents(target) != Data("old\n".utf8))
    }
  }

  @Test(
    "A hard-linked file is replaced by a new file: the other link keeps the old contents (documented)"
  )
  func hardLinkGetsNewInode() throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("a.csv")
    let other = folder.appendingPathComponent("b.csv")
    try Data("old\n".utf8).write(to: target)
    try FileManager.default.linkItem(at: target, to: other)
    let run = try Self.run(
      ["score", "--format", "csv", "--output", "a.csv", "kumla.json"], in: folder)
    #expect(run.status == 0, "stderr: \(run.standardError)")
    #expect(Self.contents(other) == Data("old\n".utf8))
    #expect(Self.contents(target) != Data("old\n".utf8))
    #expect(Self.identity(target) != Self.identity(other))
  }

  @Test("/dev/null is written to and stays a device; /dev/full says the device is full")
  func devices() throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let null = URL(fileURLWithPath: "/dev/null")
    let before = try #require(Self.linkStatus(null))
    for arguments in [
      ["score", "kumla.json"], ["report", "kumla.json"],
      ["profile", "--format", "json", "kumla.json"],
    ] {
      let run = try Self.run(arguments + ["--output", "/dev/null"], in: folder)
      #expect(run.status == 0, "stderr: \(run.standardError)")
      let after = try #require(Self.linkStatus(null))
      #expect(after.st_mode & S_IFMT == S_IFCHR)
      #expect(after.st_ino == before.st_ino)
      #expect(after.st_rdev == before.st_rdev)
    }
    let full = try Self.run(
      ["score", "kumla.json", "--output", "/dev/full", "--language", "en"], in: folder)
    #expect(full.status == 1)
    #expect(full.standardError == "/dev/full: cannot write the file: no space left on device\n")
    let swedish = try Self.run(["report", "kumla.json", "--output", "/dev/full"], in: folder)
    #expect(swedish.status == 1)
    #expect(
      swedish.standardError
        == "/dev/full: kan inte skriva filen: det finns inget utrymme kvar på enheten\n")
    #expect(
      Self.linkStatus(URL(fileURLWithPath: "/dev/full")).map { $0.st_mode & S_IFMT } == S_IFCHR)
  }

  @Test("'-' is standard output")
  func dashIsStandardOutput() throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let plain = try Self.run(["score", "kumla.json"], in: folder)
    let dash = try Self.run(["score", "kumla.json", "--output", "-"], in: folder)
    #expect(dash.status == 0)
    #expect(dash.standardOutput == plain.standardOutput)
    let report = try Self.run(
      ["report", "--format", "markdown", "kumla.json", "--output", "-"], in: folder)
    #expect(report.status == 0)
    #expect(report.standardOutput.hasPrefix("#"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
  }

  @Test("A FIFO is written to directly and stays a FIFO")
  func fifo() throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let fifo = folder.appendingPathComponent("pipe")
    #expect(mkfifo(fifo.path, 0o644) == 0)
    let expected = try Self.run(["score", "--format", "csv", "kumla.json"], in: folder)
      .standardOutput
    let received = ReceivedData()
    let reader = Thread {
      let handle = FileHandle(forReadingAtPath: fifo.path)
      received.set(handle?.readDataToEndOfFile() ?? Data())
    }
    reader.start()
    let run = try Self.run(
      ["score", "--format", "csv", "--output", "pipe", "kumla.json"], in: folder)
    #expect(run.status == 0, "stderr: \(run.standardError)")
    let deadline = Date().addingTimeInterval(30)
    while !received.isSet && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
    #expect(received.value == Data(expected.utf8))
    #expect(Self.linkStatus(fifo).map { $0.st_mode & S_IFMT } == S_IFIFO)
    #expect(Self.temporaryFiles(in: folder).isEmpty)
  }

  @Test(
    "A folder, a path ending in / or a missing folder is an error naming the path",
    arguments: [
      ("fx", "fx: is a folder; give a file to write\n"),
      ("fx/", "fx/: is a folder; give a file to write\n"),
      ("new-folder/", "new-folder/: ends in / and so names a folder; give a file to write\n"),
      (
        "missing/score.csv",
        "missing/score.csv: cannot write the file: the folder missing does not exist\n"
      ),
      (
        "kumla.json/score.csv",
        "kumla.json/score.csv: cannot write the file: a part of the path is not a folder\n"
      ),
    ])
  func folderTargets(_ output: String, _ message: String) throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let before = try OutputSafetyTests.snapshot(folder)
    for arguments in [["score", "kumla.json"], ["report", "kumla.json"], ["plan", "kumla.json"]] {
      let run = try Self.run(arguments + ["--output", output, "--language", "en"], in: folder)
      #expect(run.status == 1)
      #expect(run.standardError == message)
    }
    #expect(try OutputSafetyTests.snapshot(folder) == before, "nothing created, nothing changed")
  }

  @Test("generate creates its output folder, and says so when it cannot")
  func generateFolder() throws {
    let folder = try Self.workspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let made = try Self.run(
      ["generate", "--municipalities", "2", "--output", "a/b/dataset"], in: folder)
    #expect(made.status == 0, "stderr: \(made.standardError)")
    #expect(
      try FileManager.default.contentsOfDirectory(
        atPath: folder.appendingPathComponent("a/b/dataset").path
      ).count == 2)
    let again = try Self.run(
      ["generate", "--municipalities", "2", "--output", "a/b/dataset"], in: folder)
    #expect(again.status == 0, "an earlier run's files are replaced: \(again.standardError)")
    let onFile = try Self.run(
      ["generate", "--municipalities", "2", "--output", "kumla.json"], in: folder)
    #expect(onFile.status == 1)
    #expect(onFile.standardError == "kumla.json: exists and is not a folder\n")
    let below = try Self.run(
      ["generate", "--municipalities", "2", "--output", "kumla.json/x"], in: folder)
    #expect(below.status == 1)
    #expect(
      below.standardError
        == "kumla.json/x: cannot create the folder: a part of the path is not a folder\n")
    #expect(Self.temporaryFiles(in: folder).isEmpty)
  }

  @Test("Without write permission the cause is named", .enabled(if: geteuid() != 0))
  func permissionDenied() throws {
    let folder = try Self.workspace()
    defer {
      chmod(folder.appendingPathComponent("locked").path, 0o755)
      try? FileManager.default.removeItem(at: folder)
    }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("locked"), withIntermediateDirectories: false)
    #expect(chmod(folder.appendingPathComponent("locked").path, 0o555) == 0)
    let run = try Self.run(
      ["score", "kumla.json", "--output", "locked/score.txt", "--language", "en"], in: folder)
    #expect(run.status == 1)
    #expect(run.standardError == "locked/score.txt: cannot write the file: permission denied\n")
  }

  // MARK: Full and read-only disks

  @Test(
    "A full disk: the cause is named, the old file stays, no temporary file",
    .enabled(if: ScratchDisk.isAvailable))
  func fullDisk() throws {
    let disk = try #require(ScratchDisk(options: "size=1m"))
    defer { disk.remove() }
    let folder = disk.folder
    let old = Data("Nivå;Område\nfinns redan;får inte försvinna\n".utf8)
    try old.write(to: folder.appendingPathComponent("score.csv"))
    disk.fill()

    let score = try Self.run(
      ["score", "--format", "csv", "--output", "score.csv", "--language", "en", Self.kumla.path],
      in: folder)
    #expect(score.status == 1)
    #expect(score.standardError == "score.csv: cannot write the file: no space left on device\n")
    #expect(Self.contents(folder.appendingPathComponent("score.csv")) == old)

    let report = try Self.run(["report", "--output", "kumla.html", Self.kumla.path], in: folder)
    #expect(report.status == 1)
    #expect(
      report.standardError
        == "kumla.html: kan inte skriva filen: det finns inget utrymme kvar på enheten\n")

    let generate = try Self.run(
      ["generate", "--municipalities", "50", "--output", "dataset"], in: folder)
    #expect(generate.status == 1)
    #expect(
      generate.standardError.contains("no space left on device"),
      "stderr: \(generate.standardError)")
    #expect(!generate.standardError.contains("Error Domain"))
    #expect(!generate.standardError.contains("Wrote"))
    let dataset = folder.appendingPathComponent("dataset")
    for name in (try? FileManager.default.contentsOfDirectory(atPath: dataset.path)) ?? [] {
      let size =
        try FileManager.default.attributesOfItem(atPath: dataset.appendingPathComponent(name).path)[
          .size] as? Int
      #expect(size ?? 0 > 0, "\(name) is not empty")
    }

    #expect(Self.temporaryFiles(in: folder).isEmpty)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().filter {
        $0 != "dataset"
      } == ["filler", "score.csv"])

    // With room again, the same command works: the disk was the cause.
    try FileManager.default.removeItem(at: folder.appendingPathComponent("filler"))
    try? FileManager.default.removeItem(at: dataset)
    let retry = try Self.run(
      ["score", "--format", "csv", "--output", "score.csv", Self.kumla.path], in: folder)
    #expect(retry.status == 0, "stderr: \(retry.standardError)")
    #expect(Self.contents(folder.appendingPathComponent("score.csv")) != old)
  }

  @Test(
    "A read-only file system is named as such, and nothing changes",
    .enabled(if: ScratchDisk.isAvailable))
  func readOnlyDisk() throws {
    let disk = try #require(ScratchDisk(options: "size=1m"))
    defer { disk.remove() }
    let folder = disk.folder
    let old = Data("old\n".utf8)
    try old.write(to: folder.appendingPathComponent("existing.csv"))
    #expect(disk.remount(options: "remount,ro"))
    for output in ["existing.csv", "new.csv"] {
      let run = try Self.run(
        ["score", "--output", output, "--language", "en", Self.kumla.path], in: folder)
      #expect(run.status == 1)
      #expect(run.standardError == "\(output): cannot write the file: read-only file system\n")
    }
    let swedish = try Self.run(["score", "--output", "existing.csv", Self.kumla.path], in: folder)
    #expect(
      swedish.standardError == "existing.csv: kan inte skriva filen: filsystemet är skrivskyddat\n")
    #expect(Self.contents(folder.appendingPathComponent("existing.csv")) == old)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["existing.csv"])
  }

  // MARK: Signals

  @Test(
    "SIGINT or SIGTERM while generate writes a large dataset: no temporary file, every file complete",
    arguments: [SIGINT, SIGTERM])
  func signalDuringGenerate(_ signalNumber: Int32) throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let dataset = folder.appendingPathComponent("dataset")
    let process = try SpawnedKompass(
      ["generate", "--municipalities", "2100", "--evaluations", "10", "--output", dataset.path])
    let deadline = Date().addingTimeInterval(120)
    while process.isRunning && Date() < deadline {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: dataset.path)) ?? []
      if names.filter({ !$0.hasPrefix(".") }).count >= 300 { break }
      Thread.sleep(forTimeInterval: 0.01)
    }
    #expect(process.isRunning, "still writing when the signal is sent")
    process.send(signalNumber)
    let ending = process.wait()
    #expect(ending.signal == signalNumber, "ended by the signal")
    #expect(Self.temporaryFiles(in: folder).isEmpty)
    let names = try FileManager.default.contentsOfDirectory(atPath: dataset.path)
    #expect(names.count >= 300)
    for name in names {
      let data = try Data(contentsOf: dataset.appendingPathComponent(name))
      #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(name) is complete")
    }
  }

  @Test(
    "SIGINT or SIGTERM while a large report is written: no temporary file, the earlier report intact",
    arguments: [SIGINT, SIGTERM])
  func signalDuringReport(_ signalNumber: Int32) throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.largeEvaluation().write(to: folder.appendingPathComponent("large.json"))
    let old = Data("<!doctype html><title>tidigare rapport</title>\n".utf8)
    let target = folder.appendingPathComponent("report.html")
    var interrupted = 0
    for _ in 0..<4 where interrupted == 0 {
      try old.write(to: target)
      let process = try SpawnedKompass(
        ["report", folder.appendingPathComponent("large.json").path, "--output", target.path])
      // The signal is sent as soon as the temporary file appears, that is while the report is written.
      var sent = false
      let deadline = Date().addingTimeInterval(300)
      while process.isRunning && Date() < deadline {
        if !Self.temporaryFiles(in: folder).isEmpty {
          process.send(signalNumber)
          sent = true
          break
        }
      }
      let ending = process.wait()
      #expect(Self.temporaryFiles(in: folder).isEmpty)
      let written = try #require(Self.contents(target))
      if sent && ending.signal != nil {
        #expect(ending.signal == signalNumber)
        #expect(
          written == old || String(decoding: written.suffix(16), as: UTF8.self).contains("</html>"))
        interrupted += 1
      } else {
        #expect(ending.exitCode == 0)
      }
    }
    #expect(interrupted > 0, "the signal arrived while the report was written")
  }

  /// Kumla 2020 with 150 long extra findings in every sub-area: a valid evaluation whose HTML
  /// report is several megabytes.
  static func largeEvaluation() throws -> Data {
    let text = try String(contentsOf: kumla, encoding: .utf8)
    let finding =
      "{\"text\": \"Ett långt fynd om hur arbetet bedrivs. "
      + String(repeating: "Underlaget beskriver arbetet i detalj, med exempel. ", count: 40)
      + "\", \"source\": \"document\"}"
    let extra = Array(repeating: finding, count: 150).joined(separator: ", ")
    return Data(
      text.replacingOccurrences(of: "\"findings\": [", with: "\"findings\": [" + extra + ", ").utf8)
  }
}

/// Data handed from a reader thread to the test.
private final class ReceivedData: @unchecked Sendable {
  private let lock = NSLock()
  private var data: Data?

  func set(_ value: Data) { lock.withLock { data = value } }
  var isSet: Bool { lock.withLock { data != nil } }
  var value: Data { lock.withLock { data ?? Data() } }
}

/// A small tmpfs mounted for one test, when the tests run as root where `mount` works.
struct ScratchDisk {
  /// The mount point.
  let folder: URL

  /// Whether a tmpfs can be mounted here (root, and a system that allows it).
  static let isAvailable: Bool = {
    guard let disk = ScratchDisk(options: "size=64k") else { return false }
    disk.remove()
    return true
  }()

  /// Mounts a tmpfs with the options on a new temporary folder, or `nil` when that fails.
  init?(options: String) {
    guard let folder = try? KompassProcess.temporaryFolder() else { return nil }
    guard Self.command(["mount", "-t", "tmpfs", "-o", options, "tmpfs", folder.path]) else {
      try? FileManager.default.removeItem(at: folder)
      return nil
    }
    self.folder = folder
  }

  /// Changes the mount's options, such as `remount,ro`.
  func remount(options: String) -> Bool {
    Self.command(["mount", "-o", options, folder.path])
  }

  /// Fills the disk with `filler` until no byte more fits.
  func fill() {
    let descriptor = open(
      folder.appendingPathComponent("filler").path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { return }
    let chunk = [UInt8](repeating: 0x2E, count: 4096)
    while chunk.withUnsafeBytes({ buffer in
      buffer.baseAddress.map { write(descriptor, $0, buffer.count) } ?? 0
    }) > 0 {}
    close(descriptor)
  }

  /// Unmounts the tmpfs and removes the mount point.
  func remove() {
    _ = Self.command(["umount", folder.path])
    try? FileManager.default.removeItem(at: folder)
  }

  private static func command(_ arguments: [String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return false
    }
    process.waitUntilExit()
    return process.terminationReason == .exit && process.terminationStatus == 0
  }
}

/// `kompass` started with SIGINT, SIGTERM and SIGHUP at their default actions and unblocked,
/// whatever the test runner ignores, its output and errors thrown away.
final class SpawnedKompass {
  let pid: pid_t
  private var status: Int32?

  init(_ arguments: [String]) throws {
    let path = KompassProcess.productsFolder.appendingPathComponent("kompass").path
    #if canImport(Glibc)
      var attributes = posix_spawnattr_t()
      var actions = posix_spawn_file_actions_t()
    #else
      var attributes: posix_spawnattr_t? = nil
      var actions: posix_spawn_file_actions_t? = nil
    #endif
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&defaults, signalNumber) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigmask(&attributes, &mask)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid = pid_t()
    let result = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
    guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL) }
    self.pid = pid
  }

  /// Whether the process has not ended yet.
  var isRunning: Bool {
    if status != nil { return false }
    var raw: Int32 = 0
    if waitpid(pid, &raw, WNOHANG) == pid { status = raw }
    return status == nil
  }

  func send(_ signalNumber: Int32) { kill(pid, signalNumber) }

  /// Waits for the end: the signal that ended the process, or its exit code.
  func wait() -> (signal: Int32?, exitCode: Int32?) {
    if status == nil {
      var raw: Int32 = 0
      while waitpid(pid, &raw, 0) == -1 && errno == EINTR {}
      status = raw
    }
    let raw = status ?? 0
    let signalNumber = raw & 0x7F
    return signalNumber == 0 ? (nil, (raw >> 8) & 0xFF) : (signalNumber, nil)
  }

  deinit {
    if isRunning {
      kill(pid, SIGKILL)
      _ = wait()
    }
  }
}
