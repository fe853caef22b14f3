import Foundation

/// Reads data files for the loaders, turning a file that cannot be read into a ``Problem``.
package enum FileInput {
  /// The bytes of a file, or a problem naming the file and the reason.
  ///
  /// The file is opened for reading only; it is never modified. An empty name (`kompass score ''`)
  /// is reported as such, not read as the current folder, which is what an empty path means to
  /// `URL(fileURLWithPath:)`.
  package static func bytes(of url: URL, displayName: String) -> Result<[UInt8], Problem> {
    if displayName.isEmpty {
      return .failure(
        Problem(
          file: "\"\"", path: .root, kind: .unreadableFile,
          message: LocalizedText(
            sv: "sökvägen är tom; ange en fil", en: "the path is empty; give a file")))
    }
    do {
      let data = try Data(contentsOf: url)
      return .success([UInt8](data))
    } catch {
      return .failure(
        Problem(
          file: displayName, path: .root, kind: .unreadableFile, message: reason(for: url.path)))
    }
  }

  /// Why the file at `path` cannot be read, found with `stat` so that a symbolic link that loops or
  /// points nowhere is told apart from a file that does not exist.
  private static func reason(for path: String) -> LocalizedText {
    var info = stat()
    guard stat(path, &info) == 0 else {
      let statError = errno
      var linkInfo = stat()
      let isLink = lstat(path, &linkInfo) == 0 && (linkInfo.st_mode & S_IFMT) == S_IFLNK
      switch statError {
      case ELOOP:
        return LocalizedText(
          sv: "filen är en symbolisk länk som pekar i en slinga (länkar som pekar på varandra)",
          en: "the file is a symbolic link that points in a loop (links that point to each other)")
      case ENOENT where isLink:
        return LocalizedText(
          sv: "filen är en symbolisk länk till en fil som inte finns",
          en: "the file is a symbolic link to a file that does not exist")
      case ENOENT, ENOTDIR:
        return LocalizedText(sv: "filen finns inte", en: "the file does not exist")
      case EACCES:
        return LocalizedText(
          sv: "du har inte behörighet att läsa filen",
          en: "you do not have permission to read the file")
      default:
        return LocalizedText(sv: "filen kan inte läsas", en: "the file cannot be read")
      }
    }
    if (info.st_mode & S_IFMT) == S_IFDIR {
      return LocalizedText(sv: "detta är en mapp, inte en fil", en: "this is a folder, not a file")
    }
    if access(path, R_OK) != 0 {
      return LocalizedText(
        sv: "du har inte behörighet att läsa filen",
        en: "you do not have permission to read the file")
    }
    return LocalizedText(sv: "filen kan inte läsas", en: "the file cannot be read")
  }
}
