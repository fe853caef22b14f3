import Foundation
import KompassTestSupport
import Testing

/// Drives the evaluation form that `kompass form` writes in headless Chromium with
/// `Tests/FormBrowser/run-form-check.sh` (selenium, chromedriver and axe-core; the script installs
/// what is missing). The test fails when the browser cannot be found; set
/// `KOMPASS_SKIP_BROWSER_TESTS=1` to skip it on a machine without one.
@Suite("Evaluation form in a real browser")
struct FormBrowserTests {
  static let skipped = ProcessInfo.processInfo.environment["KOMPASS_SKIP_BROWSER_TESTS"] == "1"

  @Test(
    "Open, type, save, refuse out-of-range points, restore, axe-core",
    .enabled(if: !skipped, "KOMPASS_SKIP_BROWSER_TESTS=1"), .timeLimit(.minutes(10)))
  func form() throws {
    let folder = try KompassProcess.temporaryFolder()
    var environment = ProcessInfo.processInfo.environment
    environment["KOMPASS"] = KompassProcess.productsFolder.appendingPathComponent("kompass").path
    let run = try ChildProcess(
      executable: URL(fileURLWithPath: "/bin/bash"),
      arguments: [
        KompassProcess.packageRoot.appendingPathComponent("Tests/FormBrowser/run-form-check.sh")
          .path,
        folder.path,
      ],
      folder: KompassProcess.packageRoot, environment: environment
    ).run()
    let text = run.outputText
    #expect(run.status == 0, "\(text)\n\(run.errorText)")
    for line in [
      "ok   the form opens",
      "ok   axe-core: 0 violations",
      "ok   no horizontal scrolling at 390 px",
      "ok   keyboard:",
      "ok   Kumla 2020: area sums and percentages as kompass score, total 557 (70\u{A0}%)",
      "ok   kompass score prints the same table for the saved kumla-2020.json",
      "ok   typed evaluation saved as lekebergs-2026-03-01.json",
      "ok   points above the maximum marked at the field",
      "ok   saving refused with the reason",
      "ok   after a reload the form offers the kept work",
      "ok   two forms keep two entries in local storage",
      "ok   typing the name \"hudiksvalls kommun\" fills in the code 2184",
      "ok   a code that does not match the typed name is reported at the field",
      "ok   typing the code 1881 fills in \"Kumla kommun\"",
      "ok   Marks kommun 2024, total only: 510 points",
      "ok   opened and saved",
      "0 failed",
    ] {
      #expect(text.contains(line), "missing: \(line)")
    }
  }
}
