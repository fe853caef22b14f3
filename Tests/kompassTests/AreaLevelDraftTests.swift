import Foundation
import Testing

/// An area-level draft (`"detail": "area"` with areas not scored yet) validates as a draft that
/// counts and names its unscored areas, with singular and plural right.
@Suite("kompass validate on an area-level draft")
struct AreaLevelDraftTests {
  /// The area-level fixture of the library's tests with the areas `pending` set to `null` points.
  static func draft(pending: [Int]) throws -> URL {
    let source = KompassProcess.packageRoot.appendingPathComponent(
      "Tests/KommunKompassTests/Fixtures/evaluations/testby-2022-area.json")
    var text = try String(contentsOf: source, encoding: .utf8)
    // Testby 2022: 1 = 60, 2 = 50, 3 = 80, 4 not assessed, 5 = 55.
    let points = [1: 60, 2: 50, 3: 80, 5: 55]
    for area in pending {
      let old = "\"id\": \"\(area)\",\n      \"points\": \(points[area] ?? 0)"
      guard text.contains(old) else { throw CocoaError(.fileReadCorruptFile) }
      text = text.replacingOccurrences(
        of: old, with: "\"id\": \"\(area)\",\n      \"points\": null")
    }
    let folder = try KompassProcess.temporaryFolder()
    let file = folder.appendingPathComponent("testby-utkast.json")
    try text.write(to: file, atomically: true, encoding: .utf8)
    return folder
  }

  @Test("One area not scored: '1 område är ännu inte poängsatt: 2'")
  func oneArea() throws {
    let folder = try Self.draft(pending: [2])
    let result = try KompassProcess.run(["validate", "testby-utkast.json"], in: folder)
    #expect(result.exitCode == 0)
    #expect(
      result.standardOutput
        == "testby-utkast.json: giltigt utkast (Testby kommun, 2022-05-20, 1 av 8 områden ännu inte poängsatt)\n"
    )
    #expect(
      result.standardError == "testby-utkast.json: varning: 1 område är ännu inte poängsatt: 2\n")
  }

  @Test("Two areas not scored, in English: '2 areas are not scored yet: 2, 5'")
  func twoAreas() throws {
    let folder = try Self.draft(pending: [2, 5])
    let result = try KompassProcess.run(
      ["validate", "--language", "en", "testby-utkast.json"], in: folder)
    #expect(result.exitCode == 0)
    #expect(
      result.standardOutput
        == "testby-utkast.json: valid draft (Testby kommun, 2022-05-20, 2 of 8 areas not scored yet)\n"
    )
    #expect(
      result.standardError == "testby-utkast.json: warning: 2 areas are not scored yet: 2, 5\n")
  }

  @Test("score shows an unscored area as not scored yet, never 0 of 0")
  func score() throws {
    let folder = try Self.draft(pending: [2])
    let result = try KompassProcess.run(["score", "testby-utkast.json"], in: folder)
    #expect(result.exitCode == 0)
    #expect(!result.standardOutput.contains("0 av 0"))
    #expect(result.standardOutput.contains("\n2. Samhällsutveckling"))
    let lines = result.standardOutput.split(separator: "\n").map(String.init)
    let heading = try #require(lines.firstIndex { $0.hasPrefix("2. Samhällsutveckling") })
    #expect(lines[heading + 1].hasSuffix("–    100  ännu inte poängsatt"))
  }
}
