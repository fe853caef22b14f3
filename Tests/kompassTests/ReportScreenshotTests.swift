import Foundation
import KompassTestSupport
import Testing

/// Renders the Kumla 2020 report and a comparison report in headless Chromium with
/// `Tests/ReportScreenshots/render-reports.sh`, which also validates the HTML with html5lib.
/// Runs where Chromium is installed (`.ci/run` installs it).
@Suite("HTML reports in a real browser")
struct ReportScreenshotTests {
  static let browserAvailable: Bool = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    return path.split(separator: ":").contains {
      FileManager.default.isExecutableFile(atPath: "\($0)/chromium")
    }
  }()

  @Test(
    "Screenshots are produced and not blank, and the HTML validates", .enabled(if: browserAvailable)
  )
  func screenshots() throws {
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
    for name in ["kumla-2020", "testby-comparison"] {
      #expect(
        text.contains(
          "ok   \(folder.path)/\(name).html: HTML parses without errors, all tags closed"))
      #expect(text.contains("ok   \(folder.path)/\(name).png: 1000x1400,"))
      let png = try Data(contentsOf: folder.appendingPathComponent("\(name).png"))
      #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
  }
}
