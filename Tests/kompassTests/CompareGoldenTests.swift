import Foundation
import KompassTestSupport
import Testing

/// `kompass compare` on the made-up fixtures in `Tests/kompassTests/Fixtures/`, compared byte for
/// byte with reviewed golden files. Every municipality there is fictitious (Testby kommun, 1899,
/// and its neighbours 1894–1898), and so are all figures.
///
/// The runs happen in the fixtures folder, so file names in the output are short and the same on
/// every machine.
@Suite("kompass compare output matches the golden files")
struct CompareGoldenTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var snapshot: String
    /// What standard error must hold: the warning for Testby 2020's unscored sub-area 5.3.
    var standardError: String
    var testDescription: String { "kompass " + arguments.joined(separator: " ") }
  }

  /// The fixtures folder, where the commands run.
  static let fixtures = KompassProcess.packageRoot.appendingPathComponent(
    "Tests/kompassTests/Fixtures")

  static let early = "evaluations/testby-2018.json"
  static let late = "evaluations/testby-2020.json"
  static let draftWarning =
    "evaluations/testby-2020.json: varning: 1 delområde är ännu inte poängsatt: 5.3\n"
  static let draftWarningEnglish =
    "evaluations/testby-2020.json: warning: 1 sub-area is not scored yet: 5.3\n"
  /// Testby 2018 is made with the 2019/2020 revision, which was used from 2019.
  static let periodWarning =
    "evaluations/testby-2018.json:9:11: varning: date: utvärderingen är daterad 2018-10-15, men version 2019/2020 av Kommunkompassen användes från 2019; kontrollera datumet och \"rubric\"\n"
  static let periodWarningEnglish =
    "evaluations/testby-2018.json:9:11: warning: date: the evaluation is dated 2018-10-15, but the 2019/2020 revision of Kommunkompassen was used from 2019; check the date and \"rubric\"\n"

  static let cases: [Case] = [
    // Over time, within one revision, in every format.
    Case(
      arguments: ["compare", early, late], snapshot: "compare-time.sv.txt",
      standardError: periodWarning + draftWarning),
    Case(
      arguments: ["compare", "--language", "en", early, late], snapshot: "compare-time.en.txt",
      standardError: periodWarningEnglish + draftWarningEnglish),
    Case(
      arguments: ["compare", "--format", "json", early, late], snapshot: "compare-time.sv.json",
      standardError: periodWarning + draftWarning),
    Case(
      arguments: ["compare", "--format", "csv", early, late], snapshot: "compare-time.sv.excel.csv",
      standardError: periodWarning + draftWarning),
    Case(
      arguments: [
        "compare", "--format", "csv", "--csv-dialect", "rfc4180", "--language", "en", early, late,
      ],
      snapshot: "compare-time.en.rfc4180.csv",
      standardError: periodWarningEnglish + draftWarningEnglish),
    Case(
      arguments: ["compare", "--format", "markdown", early, late], snapshot: "compare-time.sv.md",
      standardError: periodWarning + draftWarning),
    // Across rubric revisions: 2016 (area points only) against 2020 through the bundled crosswalk.
    Case(
      arguments: ["compare", "evaluations/testby-2016.json", late],
      snapshot: "compare-revisions.sv.txt",
      standardError: draftWarning),
    Case(
      arguments: ["compare", "--language", "en", "evaluations/testby-2016.json", late],
      snapshot: "compare-revisions.en.txt", standardError: draftWarningEnglish),
    // Against five peers, against two (too few for statistics), against a reference profile.
    Case(
      arguments: ["compare", "--peers", "peers", late], snapshot: "compare-peers.sv.txt",
      standardError: draftWarning),
    Case(
      arguments: ["compare", "--peers", "peers", "--format", "json", late],
      snapshot: "compare-peers.sv.json",
      standardError: draftWarning),
    Case(
      arguments: ["compare", "--peers", "peers-two", late], snapshot: "compare-peers-two.sv.txt",
      standardError: draftWarning),
    Case(
      arguments: ["compare", "--reference", "profiles/testsnitt-2020.json", late],
      snapshot: "compare-reference.sv.txt",
      standardError: draftWarning),
    // Against targets, the baseline found through the profile.
    Case(
      arguments: ["compare", "--target", "profiles/testby-mal-2024.json", late],
      snapshot: "compare-target.sv.txt",
      standardError: draftWarning + periodWarning),
    Case(
      arguments: [
        "compare", "--target", "profiles/testby-mal-2024.json", "--format", "json", late,
      ],
      snapshot: "compare-target.sv.json", standardError: draftWarning + periodWarning),
    Case(arguments: ["compare", "--help"], snapshot: "compare-help.txt", standardError: ""),
  ]

  @Test(
    "Standard output equals the golden file, standard error holds only the expected warning",
    arguments: cases)
  func goldenOutput(_ testCase: Case) throws {
    let result = try KompassProcess.run(testCase.arguments, in: Self.fixtures)
    #expect(result.exitCode == 0, "\(result.standardError)")
    #expect(result.standardError == testCase.standardError)
    try Snapshot.assertMatches(result.standardOutput, named: testCase.snapshot)
  }
}
