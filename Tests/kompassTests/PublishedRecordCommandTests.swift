import Foundation
import Testing

/// The published record end to end: totals-only files, year-only dates, published totals and the
/// 2010 revision, as a user meets them (a file on one line, Swedish and English, a spreadsheet).
@Suite("kompass and the published record")
struct PublishedRecordCommandTests {
  /// A folder with one file, written on one line as apps write JSON.
  static func folder(_ name: String, _ text: String) throws -> URL {
    let folder = try KompassProcess.temporaryFolder()
    try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    return folder
  }

  static let oneLine =
    #"{"rubric":"kommunkompassen-2020","detail":"total","municipality":{"name":"Testby kommun","code":"1899","fictitious":true},"date":"2021","kind":"selfAssessment","points":512.5}"#

  @Test("validate and score a totals-only file written on one line, in Swedish and English")
  func totalsOnlyOneLine() throws {
    let folder = try Self.folder("testby-2021.json", Self.oneLine)
    defer { try? FileManager.default.removeItem(at: folder) }
    let swedish = try KompassProcess.run(["validate", "testby-2021.json"], in: folder)
    #expect(swedish.exitCode == 0 && swedish.standardError.isEmpty)
    #expect(
      swedish.standardOutput == "testby-2021.json: giltig (Testby kommun, 2021, bara totalen)\n")
    let english = try KompassProcess.run(
      ["validate", "--language", "en", "testby-2021.json"], in: folder)
    #expect(english.standardOutput == "testby-2021.json: valid (Testby kommun, 2021, total only)\n")

    // 512.5 / 800 = 64.0625\u{A0}%: 513 points (half away from zero) and 64\u{A0}%.
    let score = try KompassProcess.run(["score", "testby-2021.json"], in: folder)
    #expect(score.exitCode == 0)
    #expect(
      score.standardOutput.contains("Självvärdering, 2021 · Kommunkompassen 2019/2020"))
    #expect(score.standardOutput.hasSuffix("Totalt      513    800     64\u{A0}%\n"))
    let csv = try KompassProcess.run(["score", "--format", "csv", "testby-2021.json"], in: folder)
    #expect(
      csv.standardOutput.hasSuffix(
        "totalt;;;Testby kommun (1899);512,5;800;800;64,0625;513;64;poängsatt;1899;;;\r\n"))
  }

  @Test("A totals-only file with areas is refused with file, line:column, path and exit code 1")
  func totalsOnlyWithAreas() throws {
    let text = Self.oneLine.replacingOccurrences(
      of: #""points":512.5}"#, with: #""points":512.5,"areas":[]}"#)
    let folder = try Self.folder("testby-2021.json", text)
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try KompassProcess.run(["validate", "testby-2021.json"], in: folder)
    #expect(result.exitCode == 1 && result.standardOutput.isEmpty)
    #expect(
      result.standardError.hasPrefix(
        "testby-2021.json:1:184: fel: areas: utvärderingen har \"detail\": \"total\" och ger bara totalen i \"points\"; ta bort \"areas\""
      ))
  }

  @Test("compare: Höganäs 2020 → 2023 in English, totals only")
  func hoganas() throws {
    let result = try KompassProcess.run(
      [
        "compare", "--language", "en", "Evaluations/hoganas-2020-12.json",
        "Evaluations/hoganas-2023-02.json",
      ], in: KompassProcess.packageRoot)
    #expect(result.exitCode == 0 && result.standardError.isEmpty)
    let lines = result.standardOutput.split(separator: "\n").map {
      $0.split(separator: " ").joined(separator: " ")
    }
    #expect(
      lines.contains("The evaluations have their totals only, so only the totals are compared."))
    #expect(lines.contains("Total 800 611 (76%) 679 (85%) +68 +8.5 Improvement Same content"))
  }

  @Test("Grästorp 2014 on the 2010 revision scores 506 of 800, beside its published total")
  func grastorp() throws {
    let result = try KompassProcess.run(
      ["score", "Evaluations/grastorp-2014-10.json"], in: KompassProcess.packageRoot)
    #expect(result.exitCode == 0 && result.standardError.isEmpty)
    #expect(
      result.standardOutput.contains("Extern utvärdering, 2014-10 · Kommunkompassen 2010")
    )
    let lines = result.standardOutput.split(separator: "\n").map {
      $0.split(separator: " ").joined(separator: " ")
    }
    // 61 + 60 + 73 + 53 + 70 + 56 + 65 + 68 = 506; 506 / 800 = 63.25\u{A0}%.
    #expect(lines.contains("Summa av områdena 506 800 63\u{A0}%"))
    #expect(lines.contains("Publicerad total 506 800 63\u{A0}%"))
  }
}
