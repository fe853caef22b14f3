import Foundation
import KommunKompass

/// Streams the evaluation files of a `--peers` folder into a ``PeerGroup``, one file at a time.
///
/// Only the `*.json` files directly in the folder are read (not subfolders, not hidden files), in
/// name order so that messages come in a stable order. Each file is loaded, added (the group keeps
/// one number per area and drops the evaluation) and forgotten, so memory does not grow with the
/// number of files beyond those numbers. The evaluation being compared is skipped silently when it
/// lies in the folder.
struct PeerFolder {
  /// The folder as the user named it.
  var path: String
  /// The language of messages.
  var language: Language

  /// What streaming the folder gave.
  struct Result {
    /// The peers, accumulated.
    var group: PeerGroup
    /// How many `*.json` files were considered (the compared file not included).
    var fileCount: Int
    /// Files with errors, as displayed.
    var invalidFiles: [String]
  }

  /// The JSON file names directly in the folder, in name order; `nil` (after printing why) when the
  /// folder cannot be listed.
  func fileNames() -> [String]? {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      Terminal.writeError(
        language == .swedish ? "\(path): fel: mappen finns inte" : "\(path): error: the folder does not exist")
      return nil
    }
    guard isDirectory.boolValue, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
      Terminal.writeError(
        language == .swedish
          ? "\(path): fel: detta är ingen mapp som går att läsa; --peers tar en mapp med utvärderingsfiler"
          : "\(path): error: this is not a folder that can be read; --peers takes a folder of evaluation files")
      return nil
    }
    return names.filter { !$0.hasPrefix(".") && $0.lowercased().hasSuffix(".json") }.sorted()
  }

  /// Loads every peer file into a group for the rubric, printing each file's problems and the
  /// group's warnings as they come.
  ///
  /// - Parameters:
  ///   - names: The file names from ``fileNames()``.
  ///   - rubric: The rubric of the evaluation compared.
  ///   - subject: The evaluation compared, left out of the peers.
  ///   - subjectPath: Its path, so that the file itself is skipped when it lies in the folder.
  ///   - skipInvalid: Whether invalid files are skipped with a warning (otherwise they are errors).
  func load(
    _ names: [String], rubric: Rubric, subject: Evaluation, subjectPath: String, skipInvalid: Bool
  ) -> Result {
    var group = PeerGroup(rubric: rubric, excluding: subject.municipality.code)
    let folder = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
    let subjectURL = URL(fileURLWithPath: subjectPath).standardizedFileURL.resolvingSymlinksInPath()
    let subjectInFolder = subjectURL.deletingLastPathComponent().path == folder.path
    let prefix = path.hasSuffix("/") ? path : path + "/"
    let files = names.filter { !(subjectInFolder && $0 == subjectURL.lastPathComponent) }.map { prefix + $0 }
    let scanner = PeerFigureScanner(rubric: rubric)
    var invalid: [String] = []
    // Files are read in parallel, a batch at a time, and added to the group in name order, so the
    // result and the messages never depend on timing and memory holds one batch at most.
    for batchStart in stride(from: 0, to: files.count, by: Self.batchSize) {
      let batch = Array(files[batchStart..<min(batchStart + Self.batchSize, files.count)])
      for (file, outcome) in zip(batch, PeerFile.read(batch, scanner: scanner)) {
        var problems: [Problem] = []
        switch outcome {
        case .figures(let figures):
          problems = group.add(figures, file: file)
        case .loaded(let result):
          guard let evaluation = EvaluationInput.report(result, path: file, language: language) else {
            invalid.append(file)
            if skipInvalid {
              Terminal.writeError(
                language == .swedish
                  ? "\(file): varning: filen är ogiltig och hoppas över (--skip-invalid)"
                  : "\(file): warning: the file is invalid and is skipped (--skip-invalid)")
            }
            continue
          }
          problems = group.add(evaluation, file: file)
        }
        // Earlier evaluations of a municipality are summed up in one warning by the comparison.
        for problem in problems where problem.kind != .duplicatePeer {
          Terminal.writeError(problem.formatted(in: language))
        }
      }
    }
    return Result(group: group, fileCount: files.count, invalidFiles: invalid)
  }

  /// How many files are read in parallel before they are added to the group.
  static let batchSize = 1024

  /// Streams the folder and benchmarks an evaluation against it, printing every problem as it comes.
  ///
  /// - Parameters:
  ///   - subject: The evaluation compared.
  ///   - scorecard: Its scorecard.
  ///   - subjectPath: Its path, so that the file itself is skipped when it lies in the folder.
  ///   - skipInvalid: Whether invalid peer files are skipped with a warning instead of stopping.
  /// - Returns: The comparison and the files skipped as invalid.
  /// - Throws: Exit code 1 when the folder cannot be read, a peer file is invalid (unless
  ///   skipped), or the comparison cannot be made.
  func benchmark(
    _ subject: Evaluation, scorecard: Scorecard, subjectPath: String, skipInvalid: Bool
  ) throws -> (comparison: BenchmarkComparison, skippedFiles: [String]) {
    guard let rubric = RubricCatalog.bundled.rubric(id: subject.rubricID), let names = fileNames() else {
      throw ExitStatus.invalidInputError
    }
    let loaded = load(names, rubric: rubric, subject: subject, subjectPath: subjectPath, skipInvalid: skipInvalid)
    if loaded.fileCount == 0 {
      Terminal.writeError(
        language == .swedish
          ? "\(path): varning: mappen har inga utvärderingsfiler (*.json) att jämföra med"
          : "\(path): warning: the folder has no evaluation files (*.json) to compare with")
    }
    if !loaded.invalidFiles.isEmpty && !skipInvalid {
      let (count, all) = (loaded.invalidFiles.count, loaded.fileCount)
      Terminal.writeError(
        language == .swedish
          ? "\(path): fel: \(count) av \(all) filer i mappen är ogiltiga, så ingen jämförelse görs; rätta dem, eller hoppa över dem med --skip-invalid"
          : "\(path): error: \(count) of \(all) files in the folder are invalid, so no comparison is made; fix them, or skip them with --skip-invalid")
      throw ExitStatus.invalidInputError
    }
    let outcome = loaded.group.comparison(for: scorecard, file: subjectPath)
    // The group's own warnings were printed file by file.
    for problem in outcome.problems.dropFirst(loaded.group.problems.count) {
      Terminal.writeError(problem.formatted(in: language))
    }
    guard let comparison = outcome.value else { throw ExitStatus.invalidInputError }
    return (comparison, loaded.invalidFiles)
  }
}
