import Foundation

/// Reads data files for the loaders, turning a file that cannot be read into a ``Problem``.
package enum FileInput {
  /// The bytes of a file, or a problem naming the file and the reason.
  ///
  /// The file is opened for reading only; it is never modified.
  package static func bytes(of url: URL, displayName: String) -> Result<[UInt8], Problem> {
    do {
      let data = try Data(contentsOf: url)
      return .success([UInt8](data))
    } catch {
      let reason: LocalizedText
      var isDirectory: ObjCBool = false
      if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
        reason = LocalizedText(sv: "filen finns inte", en: "the file does not exist")
      } else if isDirectory.boolValue {
        reason = LocalizedText(sv: "detta är en mapp, inte en fil", en: "this is a folder, not a file")
      } else {
        reason = LocalizedText(sv: "filen kan inte läsas", en: "the file cannot be read")
      }
      return .failure(Problem(file: displayName, path: .root, kind: .unreadableFile, message: reason))
    }
  }
}
