import Foundation
import KompassTestSupport
import Testing

/// Renders every kind of HTML report and checks it in headless Chromium with
/// `Tests/ReportScreenshots/render-reports.sh`: HTML validity (html5lib), axe-core with no WCAG 2.1
/// A/AA violation, nothing scrolling sideways at 390 px, chart text of at least 11 px, full-page
/// screenshots at 1280 and 390 px and an A4 PDF with a cover page. A missing browser or tool fails
/// the test; set `KOMPASS_SKIP_BROWSER_TESTS=1` to skip it on a machine without one.
@Suite("HTML reports in a real browser")
struct ReportScreenshotTests {
  static let skipped = ProcessInfo.processInfo.environment["KOMPASS_SKIP_BROWSER_TESTS"] == "1"

  static let reports = [
    "kumla-2020", "kumla-2020-en", "testby-comparison", "testby-versions", "tomelilla-totals",
    "testby-peers", "testby-follow-up",
  ]

  @Test(
    "Every report kind: valid HTML, no axe-core violation, fits 390 px, screenshots, A4 PDF",
    .enabled(if: !skipped, "KOMPASS_SKIP_BROWSER_TESTS=1"), .timeLimit(.minutes(10)))
  func reports() throws {
    let folder = try KompassProcess.temporaryFolder()
    var environment = ProcessInfo.processInfo.environment
    environment["KOMPASS"] = KompassProcess.productsFolder.appendingPathComponent("kompass").path
    let run = try ChildProcess(
      executable: URL(fileURLWithPath: "/bin/bash"),
      arguments: [
        KompassProcess.packageRoot.appendingPathComponent(
          "Tests/ReportScreenshots/render-reports.sh"
        ).path,
        folder.path,
      ],
      folder: KompassProcess.packageRoot, environment: environment
    ).run()
    let text = run.outputText
    #expect(run.status == 0, "\(text)\n\(run.errorText)")
    #expect(!text.contains("FAIL"), "\(text)")
    #expect(text.contains("\n0 failed\n"), "\(text)")
    for name in Self.reports {
      let html = "\(folder.path)/\(name).html"
      #expect(text.contains("ok   \(html): HTML parses without errors, all tags closed"))
      #expect(text.contains("ok   \(html): axe-core finds no WCAG 2.1 A/AA violations"))
      #expect(text.contains("ok   \(html): nothing scrolls sideways at 390 px"))
      #expect(text.contains("ok   \(html): no chart text below 11 px at 390 px"))
      for width in [1280, 390] {
        let png = try Data(contentsOf: folder.appendingPathComponent("\(name)-\(width).png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(text.contains("ok   \(folder.path)/\(name)-\(width).png: \(width)x"))
      }
      let pdf = try Data(contentsOf: folder.appendingPathComponent("\(name).pdf"))
      #expect(pdf.starts(with: Array("%PDF".utf8)))
    }
  }
}
