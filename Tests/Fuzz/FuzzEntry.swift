// libFuzzer entry point for the KommunKompass library and its renderers.
//
// Compiled by Tests/Fuzz/fuzz.sh (never by a test target) as its own module, linked with the
// KommunKompass and KommunKompassReports modules, which the script compiles with the same package
// name so that package-level API can be reached. Every input is read as an evaluation, a rubric
// and a crosswalk. Whatever the bytes, loading must return problems instead of crashing, what loads
// must keep the library's promises, and every output of what loads (text, profile, Markdown, CSV
// in both dialects, HTML and JSON, in Swedish and English) must render without a crash and keep
// the renderers' promises; a broken promise stops the fuzzer with a message, which libFuzzer
// reports as a crash and saves the input.

import Foundation
import KommunKompass
import KommunKompassReports

@_cdecl("LLVMFuzzerTestOneInput")
public func kommunKompassFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  FuzzChecks.evaluation(bytes)
  FuzzChecks.rubric(bytes)
  FuzzChecks.crosswalk(bytes)
  // A rubric and an evaluation made with it, separated by a NUL byte (never part of JSON text).
  if let separator = bytes.firstIndex(of: 0) {
    FuzzChecks.rubricAndEvaluation(Array(bytes[..<separator]), Array(bytes[(separator + 1)...]))
  }
  return 0
}

enum FuzzChecks {
  static let fileName = "fuzz.json"

  /// Stops the run when a promise is broken.
  static func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("broken promise: \(message())") }
  }

  /// Problems name the file, and a loaded value comes without errors; no value comes with at least one.
  static func checkResult<Value>(_ result: Checked<Value>, what: String) {
    check(
      result.problems.allSatisfy { $0.file == fileName }, "\(what): a problem without the file name"
    )
    check(
      result.problems.allSatisfy {
        !$0.message.swedish.isEmpty && !($0.message.english ?? "").isEmpty
      },
      "\(what): a problem without a message")
    if result.value != nil {
      check(!result.problems.containsErrors, "\(what): a value together with errors")
    } else {
      check(result.problems.containsErrors, "\(what): no value and no error")
    }
    for problem in result.problems {
      _ = problem.formatted(in: .swedish)
      _ = problem.formatted(in: .english)
    }
  }

  static func evaluation(_ bytes: [UInt8]) {
    let result = Evaluation.load(bytes: bytes, file: fileName)
    checkResult(result, what: "evaluation")
    guard let evaluation = result.value,
      let rubric = RubricCatalog.bundled.rubric(id: evaluation.rubricID)
    else {
      return
    }
    checkLoaded(evaluation, rubric: rubric, catalog: .bundled)
  }

  static func rubricAndEvaluation(_ rubricBytes: [UInt8], _ evaluationBytes: [UInt8]) {
    guard let rubric = Rubric.load(bytes: rubricBytes, file: fileName).value else { return }
    let catalog = RubricCatalog.bundled.adding([rubric])
    let result = Evaluation.load(bytes: evaluationBytes, file: fileName, catalog: catalog)
    checkResult(result, what: "evaluation with its own rubric")
    guard let evaluation = result.value, let rubric = catalog.rubric(id: evaluation.rubricID) else {
      return
    }
    checkLoaded(evaluation, rubric: rubric, catalog: catalog)
  }

  /// Scoring, writing and comparing an evaluation that loaded without errors.
  static func checkLoaded(_ evaluation: Evaluation, rubric: Rubric, catalog: RubricCatalog) {
    let scorecard = ScoringEngine(rubric: rubric).score(evaluation)
    var areaSum = 0.0
    for area in scorecard.areas {
      areaSum += area.score.points
      checkScore(area.score, "area \(area.id)")
      for subArea in area.subAreas { checkScore(subArea.score, "sub-area \(subArea.id)") }
    }
    checkScore(scorecard.total, "total")
    FuzzRendering.scorecard(scorecard, evaluation: evaluation)
    check(
      abs(areaSum - scorecard.total.points) <= 1e-9 * max(1, abs(areaSum)),
      "the total is not the sum of the areas")

    // Writing the evaluation out and reading it back loses nothing.
    guard let text = try? OrderedJSONEncoder().encode(evaluation) else {
      check(false, "a loaded evaluation cannot be written")
      return
    }
    let reloaded = Evaluation.load(bytes: Array(text.utf8), file: fileName, catalog: catalog)
    check(
      reloaded.value == evaluation,
      "writing and reading back changed the evaluation: \(reloaded.problems)")

    // An evaluation compared with itself (one month later) shows no change.
    var later = evaluation
    later.date =
      CalendarDate(
        year: evaluation.date.year + (evaluation.date.month == 12 ? 1 : 0),
        month: evaluation.date.month % 12 + 1) ?? evaluation.date
    guard later.date != evaluation.date else { return }
    let comparison = EvaluationComparer(rubrics: catalog).compare([evaluation, later])
    check(
      comparison.value != nil,
      "an evaluation cannot be compared with itself: \(comparison.problems)")
    if let value = comparison.value {
      FuzzRendering.comparison(value)
      for row in value.areas.flatMap({ [$0] + $0.subRows }) + [value.total] {
        check(
          row.overall.classification == .unchanged || row.overall.classification == .notComparable,
          "row \(row.id) changed against itself: \(row.overall.classification)")
      }
    }
  }

  /// Points are finite and within the assessed maximum, percentages from 0 to 100, and the figures
  /// shown can be computed.
  static func checkScore(_ score: Score, _ what: String) {
    check(score.points.isFinite && score.points >= 0, "\(what) has points \(score.points)")
    check(
      score.points <= score.assessedMaxPoints * (1 + 1e-12) + 1e-9, "\(what) is above its maximum")
    check(score.maxPoints.isFinite, "\(what) has the maximum \(score.maxPoints)")
    if let percent = score.percent {
      check(percent >= 0 && percent <= 100 + 1e-9, "\(what) at \(percent) %")
      check(
        (0...100).contains(score.displayPercent ?? -1),
        "\(what) shown at \(score.displayPercent ?? -1) %")
    }
    _ = score.displayPoints
  }

  static func rubric(_ bytes: [UInt8]) {
    let result = Rubric.load(bytes: bytes, file: fileName)
    checkResult(result, what: "rubric")
    guard let rubric = result.value else { return }
    check(rubric.validationProblems().isEmpty, "a loaded rubric is inconsistent")
    FuzzRendering.rubric(rubric)
    for area in rubric.areas where !area.subAreas.isEmpty {
      let sum = area.subAreas.reduce(0) { $0 + $1.maxPoints }
      check(abs(sum - area.maxPoints) <= 1e-9, "area \(area.id) maxima do not add up")
    }
  }

  static func crosswalk(_ bytes: [UInt8]) {
    let result = Crosswalk.load(bytes: bytes, file: fileName)
    checkResult(result, what: "crosswalk")
    guard let crosswalk = result.value,
      let earlier = RubricCatalog.bundled.rubric(id: crosswalk.fromRubricID),
      let later = RubricCatalog.bundled.rubric(id: crosswalk.toRubricID)
    else { return }
    // A valid crosswalk can be followed both ways without trouble.
    let catalog = CrosswalkCatalog(crosswalks: [crosswalk])
    _ = catalog.overlap(from: earlier, to: later)
    _ = catalog.overlap(from: later, to: earlier)
  }
}

/// Every output of what loaded, with the renderers' promises checked.
enum FuzzRendering {
  static let languages: [Language] = [.swedish, .english]

  /// Text and Markdown hold no control character or bidirectional control but their own line
  /// breaks (and, in a coloured profile, their own escape sequences).
  static func checkDisplayText(_ text: String, _ what: String, colours: Bool = false) {
    let shown = colours ? text.replacingOccurrences(of: "\u{1B}[", with: "") : text
    let lines = shown.split(separator: "\n", omittingEmptySubsequences: false)
    FuzzChecks.check(
      lines.allSatisfy { String($0).escapedForDisplay == String($0) },
      "\(what): a raw control character")
    FuzzChecks.check(text.hasSuffix("\n"), "\(what): no final line break")
  }

  /// JSON output is valid JSON.
  static func checkJSON(_ make: () throws -> String, _ what: String) {
    guard let text = try? make() else {
      FuzzChecks.check(false, "\(what): JSON output failed")
      return
    }
    FuzzChecks.check(
      (try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "\(what): invalid JSON")
  }

  /// CSV output ends with CRLF.
  static func checkCSV(_ text: String, _ what: String) {
    FuzzChecks.check(text.isEmpty || text.hasSuffix("\r\n"), "\(what): no final CRLF")
  }

  static func scorecard(_ scorecard: Scorecard, evaluation: Evaluation) {
    for language in languages {
      checkDisplayText(ScoreTableRenderer(language: language).render(scorecard), "table")
      checkDisplayText(ProfileRenderer(language: language).render(scorecard), "profile")
      checkDisplayText(
        ProfileRenderer(language: language, barStyle: .unicode, usesColor: true).render(scorecard),
        "coloured profile",
        colours: true)
      let markdown = MarkdownRenderer(language: language)
      checkDisplayText(markdown.renderTable(scorecard), "Markdown table")
      checkDisplayText(
        markdown.renderProfile(scorecard, evaluation: evaluation), "Markdown profile")
      for dialect in CSVDialect.allCases {
        checkCSV(ScorecardCSVWriter(dialect: dialect, language: language).render(scorecard), "CSV")
      }
      let html = HTMLReportRenderer(language: language).render(
        evaluation: evaluation, scorecard: scorecard)
      FuzzChecks.check(html.hasSuffix("</html>\n"), "HTML: not a whole document")
      FuzzChecks.check(
        !html.unicodeScalars.contains("\u{202E}"), "HTML: a raw right-to-left override")
      checkJSON(
        { try ScorecardDocument(scorecard, language: language).jsonText() }, "scorecard JSON")
    }
  }

  static func comparison(_ comparison: TimeComparison) {
    for language in languages {
      let renderer = TimeComparisonRenderer(language: language)
      checkDisplayText(renderer.renderText(comparison), "comparison text")
      checkDisplayText(renderer.renderMarkdown(comparison), "comparison Markdown")
      for dialect in CSVDialect.allCases {
        checkCSV(
          TimeComparisonCSVWriter(dialect: dialect, language: language).render(comparison),
          "comparison CSV")
      }
      checkJSON(
        { try TimeComparisonDocument(comparison, language: language).jsonText() }, "comparison JSON"
      )
    }
  }

  static func rubric(_ rubric: Rubric) {
    for language in languages {
      checkDisplayText(RubricRenderer(language: language).render(rubric), "rubric")
      checkDisplayText(RubricRenderer(language: language).renderList([rubric]), "rubric list")
    }
  }
}
