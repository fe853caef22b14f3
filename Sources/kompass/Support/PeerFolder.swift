import Foundation
import KommunKompass

/// Benchmarks an evaluation against the evaluation files of a `--peers` folder, printing every
/// problem the library's ``PeerReader`` found, file by file in name order.
struct PeerFolder {
  /// The folder as the user named it.
  var path: String
  /// The language of messages.
  var language: Language

  /// Reads the folder and benchmarks an evaluation against it, printing every problem.
  ///
  /// - Parameters:
  ///   - subject: The evaluation compared.
  ///   - scorecard: Its scorecard.
  ///   - subjectPath: Its path, so that the file itself is skipped when it lies in the folder.
  ///   - skipInvalid: Whether invalid peer files are skipped with a warning instead of stopping.
  ///   - selection: The group or county the peers must belong to; every peer when `nil`.
  /// - Returns: The comparison and the files skipped as invalid.
  /// - Throws: Exit code 1 when the folder cannot be read, a peer file is invalid (unless
  ///   skipped), or the comparison cannot be made.
  func benchmark(
    _ subject: Evaluation, scorecard: Scorecard, subjectPath: String, skipInvalid: Bool,
    selection: MunicipalitySelection? = nil
  ) throws -> (comparison: BenchmarkComparison, skippedFiles: [String]) {
    guard let rubric = RubricCatalog.bundled.rubric(id: subject.rubricID) else {
      throw ExitStatus.invalidInputError
    }
    let reading = PeerReader(
      rubric: rubric, excluding: subject, subjectFile: subjectPath, selection: selection
    ).read(folder: path)
    if let problem = reading.folderProblem {
      Terminal.writeError(
        language == .swedish
          ? "\(path): fel: \(problem.message.text(in: language))"
          : "\(path): error: \(problem.message.text(in: language))")
      throw ExitStatus.invalidInputError
    }
    report(reading.fileReports, skipInvalid: skipInvalid)
    if reading.fileCount == 0 {
      Terminal.writeError(
        language == .swedish
          ? "\(path): varning: mappen har inga utvärderingsfiler (*.json) att jämföra med"
          : "\(path): warning: the folder has no evaluation files (*.json) to compare with")
    }
    if !reading.invalidFiles.isEmpty && !skipInvalid {
      let (count, all) = (reading.invalidFiles.count, reading.fileCount)
      Terminal.writeError(
        language == .swedish
          ? "\(path): fel: \(count) av \(CountedNoun.file.counted(all, in: .swedish)) i mappen är \(count == 1 ? "ogiltig" : "ogiltiga"), så ingen jämförelse görs; rätta \(count == 1 ? "den" : "dem"), eller hoppa över \(count == 1 ? "den" : "dem") med --skip-invalid"
          : "\(path): error: \(count) of \(CountedNoun.file.counted(all, in: .english)) in the folder \(count == 1 ? "is" : "are") invalid, so no comparison is made; fix \(count == 1 ? "it" : "them"), or skip \(count == 1 ? "it" : "them") with --skip-invalid"
      )
      throw ExitStatus.invalidInputError
    }
    let outcome = reading.group.comparison(for: scorecard, file: subjectPath)
    // The group's own warnings were printed file by file.
    for problem in outcome.problems.dropFirst(reading.group.problems.count) {
      Terminal.writeError(problem.formatted(in: language))
    }
    guard let comparison = outcome.value else { throw ExitStatus.invalidInputError }
    return (comparison, reading.invalidFiles)
  }

  /// Prints each file's problems, as `kompass validate` would, and says which invalid files are
  /// skipped.
  private func report(_ reports: [PeerReading.FileReport], skipInvalid: Bool) {
    for report in reports {
      for problem in report.problems {
        Terminal.writeError(problem.formatted(in: language))
      }
      EvaluationInput.reportUnscored(
        report.unscoredSubAreaIDs, path: report.file, language: language)
      if report.isInvalid && skipInvalid {
        Terminal.writeError(
          language == .swedish
            ? "\(report.file): varning: filen är ogiltig och hoppas över (--skip-invalid)"
            : "\(report.file): warning: the file is invalid and is skipped (--skip-invalid)")
      }
    }
  }
}
