/// What reading a set of peer evaluation files gave: the group, and for each file with something to
/// say, its problems.
public struct PeerReading: Sendable {
  /// One file's problems, in the order the files were read.
  public struct FileReport: Sendable {
    /// The file as it was named (folder and file name).
    public var file: String
    /// Whether the file was left out because it has errors.
    public var isInvalid: Bool
    /// The file's problems, and the group's warnings about it (a peer in another version of
    /// Kommunkompassen, say). Sub-areas not scored yet are in ``unscoredSubAreaIDs`` instead.
    public var problems: [Problem]
    /// The ids of the sub-areas of a draft that are not scored yet, for one summary line.
    public var unscoredSubAreaIDs: [String]
  }

  /// The peers, accumulated: one figure per area and municipality, never the whole evaluations.
  public var group: PeerGroup
  /// How many files were considered (the evaluation compared not included).
  public var fileCount: Int
  /// The files left out because they have errors, in reading order.
  public var invalidFiles: [String]
  /// The files with problems, in reading order.
  public var fileReports: [FileReport]
  /// Why the folder could not be read, when it could not; then the group is empty.
  public var folderProblem: Problem?
}
