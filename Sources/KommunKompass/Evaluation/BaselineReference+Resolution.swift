import Foundation

extension BaselineReference {
  /// The referenced file, resolved relative to the real location of the referencing file (its
  /// symbolic links followed first, so that `..` leaves the folder the file really lies in), with
  /// a warning when the reference is absolute or leads outside the referencing file's folder tree (the
  /// folder above the referencing file's own).
  ///
  /// - Parameters:
  ///   - referencingFile: The target profile or action plan that names ``file``.
  ///   - displayName: How the referencing file is named in problems.
  ///   - key: The JSON key of the reference in the referencing file, such as `"baseline"`.
  /// - Returns: The referenced file's URL (`nil` when ``file`` is not given) and any warnings.
  package func resolvedFile(relativeTo referencingFile: URL, displayName: String, key: String)
    -> (url: URL?, problems: [Problem])
  {
    guard let file else { return (nil, []) }
    let folder = referencingFile.standardizedFileURL.resolvingSymlinksInPath()
      .deletingLastPathComponent()
      .resolvingSymlinksInPath()
    let path = JSONPath.root.appending(key).appending("file")
    if file.hasPrefix("/") {
      return (
        URL(fileURLWithPath: file).standardizedFileURL,
        [
          Problem(
            file: displayName, path: path, kind: .referenceOutsideFolder, severity: .warning,
            message: LocalizedText(
              sv: "sökvägen \(file) är absolut; en relativ sökväg följer med när mappen flyttas",
              en:
                "the path \(file) is absolute; a relative path keeps working when the folder is moved"
            ))
        ]
      )
    }
    let url = folder.appendingPathComponent(file).standardizedFileURL
    // The folder tree is the folder above the referencing file's, so that the common layout of
    // sibling folders (profiles/ and plans/ next to evaluations/) needs no warning.
    let top = folder.deletingLastPathComponent().path
    let root = top.hasSuffix("/") ? top : top + "/"
    guard url.path.hasPrefix(root) else {
      return (
        url,
        [
          Problem(
            file: displayName, path: path, kind: .referenceOutsideFolder, severity: .warning,
            message: LocalizedText(
              sv: "sökvägen \(file) leder utanför mappen \(folder.path) (till \(url.path))",
              en: "the path \(file) leads outside the folder \(folder.path) (to \(url.path))"))
        ]
      )
    }
    return (url, [])
  }
}
