import Foundation

/// Reads peer evaluation files into a ``PeerGroup``: a folder, or a list of files.
///
/// Files are read in parallel, one batch at a time, and added to the group in name order, so the
/// result and the order of problems never depend on timing, and memory holds one batch of files at
/// most. Each file goes first through a fast scanner that picks out the figures of well-formed
/// files; a file the scanner does not vouch for is read by the full loader, with every problem.
///
/// ```swift
/// let reader = PeerReader(rubric: rubric, excluding: evaluation, subjectFile: "kumla-2020.json")
/// let reading = reader.read(folder: "jämförelse")
/// let outcome = reading.group.comparison(for: scorecard)
/// ```
public struct PeerReader: Sendable {
  /// The rubric of the evaluation compared; peers in another version are compared by their areas.
  public var rubric: Rubric
  /// The municipality compared, which is never its own peer.
  public var excludedCode: MunicipalityCode?
  /// The file of the evaluation compared, skipped when it lies in the folder.
  public var subjectFile: String?
  /// The group or county the peers must belong to; every peer when `nil`.
  public var selection: MunicipalitySelection?

  /// How many files are read in parallel before they are added to the group.
  static let batchSize = 1024

  /// Creates a reader for peers of an evaluation.
  ///
  /// - Parameters:
  ///   - rubric: The rubric of the evaluation compared.
  ///   - subject: The evaluation compared: its municipality is left out of the peers.
  ///   - subjectFile: Its file, skipped when it lies in the folder read.
  ///   - selection: The group or county the peers must belong to; every peer when `nil`.
  public init(
    rubric: Rubric, excluding subject: Evaluation? = nil, subjectFile: String? = nil,
    selection: MunicipalitySelection? = nil
  ) {
    self.rubric = rubric
    self.excludedCode = subject?.municipality.code
    self.subjectFile = subjectFile
    self.selection = selection
  }

  /// The `*.json` files directly in a folder (not in subfolders, not hidden), in name order, as
  /// `folder/name`; or the problem that stops the folder from being read.
  package static func evaluationFiles(in folder: String) -> Result<[String], Problem> {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
      return .failure(
        Problem(
          file: folder, path: .root, kind: .unreadableFile,
          message: LocalizedText(sv: "mappen finns inte", en: "the folder does not exist")))
    }
    guard isDirectory.boolValue,
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
    else {
      return .failure(
        Problem(
          file: folder, path: .root, kind: .unreadableFile,
          message: LocalizedText(
            sv: "detta är ingen mapp som går att läsa; --peers tar en mapp med utvärderingsfiler",
            en: "this is not a folder that can be read; --peers takes a folder of evaluation files")
        ))
    }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    return .success(
      names.filter { !$0.hasPrefix(".") && $0.lowercased().hasSuffix(".json") }.sorted().map {
        prefix + $0
      })
  }

  /// Reads the evaluation files directly in a folder; the evaluation compared is skipped when it
  /// lies there.
  public func read(folder: String) -> PeerReading {
    switch Self.evaluationFiles(in: folder) {
    case .failure(let problem):
      return PeerReading(
        group: PeerGroup(rubric: rubric, excluding: excludedCode, selection: selection),
        fileCount: 0, invalidFiles: [],
        fileReports: [],
        folderProblem: problem)
    case .success(let files):
      // Resolved once for the folder, not per file: a folder holds thousands of files.
      guard let subjectFile else { return read(files: files) }
      let subject = URL(fileURLWithPath: Self.realPath(subjectFile))
      guard subject.deletingLastPathComponent().path == Self.realPath(folder) else {
        return read(files: files)
      }
      let subjectName = subject.lastPathComponent
      return read(files: files.filter { URL(fileURLWithPath: $0).lastPathComponent != subjectName })
    }
  }

  /// Reads the given files, in the order given.
  public func read(files: [String]) -> PeerReading {
    var group = PeerGroup(rubric: rubric, excluding: excludedCode, selection: selection)
    let scanner = PeerFigureScanner(rubric: rubric)
    var invalid: [String] = []
    var reports: [PeerReading.FileReport] = []
    for batchStart in stride(from: 0, to: files.count, by: Self.batchSize) {
      let batch = Array(files[batchStart..<min(batchStart + Self.batchSize, files.count)])
      let outcomes = PeerFile.read(batch, scanner: scanner)
      for index in batch.indices {
        let file = batch[index]
        var report = PeerReading.FileReport(
          file: file, isInvalid: false, problems: [], unscoredSubAreaIDs: [])
        let added: [Problem]
        switch outcomes[index] {
        case .figures(let figures):
          added = group.add(figures, file: file)
        case .loaded(let result):
          report.problems = result.problems.filter { $0.kind != .notScoredYet }
          guard let evaluation = result.value else {
            report.isInvalid = true
            invalid.append(file)
            reports.append(report)
            continue
          }
          report.unscoredSubAreaIDs = result.problems.filter { $0.kind == .notScoredYet }.compactMap
          {
            evaluation.subAreaID(at: $0.path)
          }
          added = group.add(evaluation, file: file)
        }
        // Earlier evaluations of a municipality are summed up in one warning by the comparison.
        report.problems += added.filter { $0.kind != .duplicatePeer }
        if !report.problems.isEmpty || !report.unscoredSubAreaIDs.isEmpty {
          reports.append(report)
        }
      }
    }
    return PeerReading(
      group: group, fileCount: files.count, invalidFiles: invalid, fileReports: reports,
      folderProblem: nil)
  }

  /// The path with symbolic links and `.`/`..` resolved, for telling whether two names are one file.
  private static func realPath(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }
}
