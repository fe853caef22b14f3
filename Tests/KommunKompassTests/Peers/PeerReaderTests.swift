import Foundation
import Testing

@testable import KommunKompass

@Suite("Reading peer files")
struct PeerReaderTests {
  static let fixtures = RepositoryFiles.root.appendingPathComponent(
    "Tests/KommunKompassTests/Fixtures")
  static let peers = fixtures.appendingPathComponent("peers")
  static let subject = fixtures.appendingPathComponent("evaluations/testby-2020.json")

  static func reader() throws -> PeerReader {
    let subject = try #require(
      Evaluation.load(contentsOf: Self.subject, displayName: "testby-2020.json").value)
    let rubric = try #require(RubricCatalog.bundled.rubric(id: subject.rubricID))
    return PeerReader(rubric: rubric, excluding: subject, subjectFile: Self.subject.path)
  }

  /// A folder with copies of the fixture peers and the given extra files.
  static func folder(with extra: [String: String]) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "peers-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for file in try RepositoryFiles.jsonFiles(in: peers) {
      try FileManager.default.copyItem(
        at: file, to: folder.appendingPathComponent(file.lastPathComponent))
    }
    for (name, text) in extra {
      try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return folder
  }

  @Test("A folder's evaluation files are read in name order into one group")
  func readsFolder() throws {
    let reading = try Self.reader().read(folder: Self.peers.path)
    #expect(reading.folderProblem == nil)
    #expect(reading.fileCount == 5)
    #expect(reading.group.count == 5)
    #expect(reading.invalidFiles.isEmpty)
  }

  @Test("An invalid file is reported with its own problems, however the files fall into batches")
  func invalidFileKeepsItsName() throws {
    let folder = try Self.folder(with: [
      "b-trasig.json": "{ \"rubric\": ", "notes.txt": "inte JSON",
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let reading = try Self.reader().read(folder: folder.path)
    #expect(reading.fileCount == 6)
    #expect(reading.group.count == 5)
    #expect(reading.invalidFiles == [folder.path + "/b-trasig.json"])
    let report = try #require(reading.fileReports.first { $0.isInvalid })
    #expect(report.file == folder.path + "/b-trasig.json")
    #expect(report.problems.allSatisfy { $0.file == report.file })
    #expect(report.problems.contains { $0.kind == .syntax })
  }

  @Test("Results are paired with files by position in a list with unreadable files")
  func pairingByIndex() throws {
    let files = try RepositoryFiles.jsonFiles(in: Self.peers).map(\.path)
    let list = [files[0], "/finns/inte.json", files[1], "", files[2]]
    let reading = try Self.reader().read(files: list)
    #expect(reading.fileCount == 5)
    #expect(reading.group.count == 3)
    #expect(reading.invalidFiles == ["/finns/inte.json", ""])
  }

  @Test("A folder that does not exist is one problem, not a crash")
  func missingFolder() throws {
    let reading = try Self.reader().read(folder: "/finns/inte")
    #expect(reading.folderProblem?.message.english == "the folder does not exist")
    #expect(reading.group.count == 0)
  }

  @Test("A symbolic link that loops, or points nowhere, is named as such")
  func symbolicLinks() throws {
    let folder = try Self.folder(with: [:])
    defer { try? FileManager.default.removeItem(at: folder) }
    let manager = FileManager.default
    try manager.createSymbolicLink(
      atPath: folder.path + "/loop-a.json", withDestinationPath: "loop-b.json")
    try manager.createSymbolicLink(
      atPath: folder.path + "/loop-b.json", withDestinationPath: "loop-a.json")
    try manager.createSymbolicLink(
      atPath: folder.path + "/ingenstans.json", withDestinationPath: "saknas.json")
    let reading = try Self.reader().read(folder: folder.path)
    let messages = Dictionary(
      uniqueKeysWithValues: reading.fileReports.map {
        (URL(fileURLWithPath: $0.file).lastPathComponent, $0.problems.first?.message.english)
      })
    #expect(
      messages["loop-a.json"]
        == "the file is a symbolic link that points in a loop (links that point to each other)")
    #expect(
      messages["ingenstans.json"] == "the file is a symbolic link to a file that does not exist")
  }
}
