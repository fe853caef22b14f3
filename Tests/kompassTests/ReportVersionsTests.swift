import Foundation
import KompassTestSupport
import Testing

/// A report comparing evaluations made with different versions of Kommunkompassen (Testby kommun,
/// fictitious, 2016 and 2020) names the versions by their years, never by file ids, and says in
/// plain words that only what corresponds is compared.
@Suite("kompass report across versions")
struct ReportVersionsTests {
  static let folder = "Tests/KommunKompassTests/Fixtures/evaluations/"

  @Test("No file ids or jargon, and the versions by their years", arguments: ["html", "markdown"])
  func plainWords(format: String) throws {
    let result = try KompassProcess.run(
      [
        "report", Self.folder + "testby-2020.json", "--compare", Self.folder + "testby-2016.json",
        "--format", format, "--output", "-",
      ], in: KompassProcess.packageRoot)
    #expect(result.exitCode == 0, "\(result.standardError)")
    let text = result.standardOutput
    #expect(!text.contains("kommunkompassen-2016") && !text.contains("kommunkompassen-2020"))
    #expect(!text.contains("crosswalks"))
    #expect(text.contains("gjorda med olika versioner av Kommunkompassen (2016, 2019/2020)"))
    #expect(
      text.contains(
        "800 av 800 poäng (100\u{A0}%) i version 2019/2020 har en motsvarighet i version 2016, varav 800 i ändrad form."
      ))
    // The method section says that such a comparison is only partly possible.
    #expect(text.contains("En sådan jämförelse är bara delvis möjlig"))
  }
}
