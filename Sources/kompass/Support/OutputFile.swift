import Foundation
import KommunKompass

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one writer of every file `kompass` writes, so that nothing is ever lost.
///
/// - `-` is standard output.
/// - A symbolic link is followed: its target is written and the link stays.
/// - A device, FIFO or socket is written to directly, as the shell's `>` does.
/// - A regular file is written to a hidden temporary file in the same folder
///   (`.NAME.kompass-XXXXXX.tmp`), flushed to disk, then renamed over the target in one step. A
///   failed write leaves the existing file as it was and removes the temporary file, as does
///   SIGINT, SIGTERM or SIGHUP (``TemporaryFileCleanup``). A replaced file keeps its mode and,
///   when `kompass` runs as root, its owner; being a new file, it has a new inode, so other hard
///   links to the old file keep the old contents.
/// - The output is never one of the command's inputs (compared by device and inode, so also
///   through another spelling, a symbolic link or a hard link), never an existing folder, and an
///   existing file is replaced only as ``Replacement`` allows.
///
/// Every refusal and failure is one line on standard error naming the file and the cause, and
/// exit code 1.
struct OutputFile {
  /// Which existing files may be replaced.
  enum Replacement {
    /// None: the command refuses to replace any existing file (`init` and `plan` without `--force`).
    case nothing
    /// Any file but one holding project data (``DataFileKind/recognised(in:)``): an earlier
    /// report or export may be replaced, an evaluation, rubric, profile or plan may not.
    case exports
    /// Any regular file (`--force`).
    case anything
  }

  /// The path as the user gave it.
  var path: String
  /// Which existing files may be replaced.
  var replacing: Replacement
  /// The command's input files, which are never written.
  var inputs: [String] = []
  /// The language of messages.
  var language: Language

  /// Writes the text, or stops the command with exit code 1 after saying why it could not.
  func write(_ text: String) throws {
    if path == "-" {
      Terminal.write(text)
      return
    }
    guard !path.isEmpty else { try fail(.noName) }
    if path.hasSuffix("/") {
      var info = stat()
      try fail(
        stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR ? .isFolder : .namesFolder)
    }
    let target = try resolvedTarget()
    let bytes = Array(text.utf8)
    var info = stat()
    if stat(target, &info) == 0 {
      switch info.st_mode & S_IFMT {
      case S_IFDIR:
        try fail(.isFolder)
      case S_IFREG:
        try checkNotInput(info)
        try checkReplaceable(target)
        try replace(target, with: bytes, existing: info)
      default:
        try writeDirectly(bytes, to: target)
      }
    } else if errno == ENOENT {
      let folder = Self.folder(of: target)
      var folderInfo = stat()
      if stat(folder, &folderInfo) != 0 {
        try fail(errno == ENOENT ? .missingFolder(Self.folder(of: path)) : .cannotWrite(errno))
      }
      guard folderInfo.st_mode & S_IFMT == S_IFDIR else { try fail(.cannotWrite(ENOTDIR)) }
      try replace(target, with: bytes, existing: nil)
    } else {
      try fail(.cannotWrite(errno))
    }
  }

  /// Creates a folder to write into, with any missing parent folders, or stops the command with
  /// exit code 1 after saying why it could not.
  static func createFolder(_ path: String, language: Language) throws {
    func fail(_ message: OutputFileMessage) throws -> Never {
      Terminal.writeError(message.line(for: path, in: language))
      throw ExitStatus.invalidInputError
    }
    guard !path.isEmpty else { try fail(.noName) }
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
      var info = stat()
      if stat(prefix, &info) == 0 {
        guard info.st_mode & S_IFMT == S_IFDIR else {
          try fail(
            prefix == path || prefix + "/" == path ? .notAFolder : .cannotCreateFolder(ENOTDIR))
        }
        continue
      }
      if mkdir(prefix, 0o777) != 0 && errno != EEXIST { try fail(.cannotCreateFolder(errno)) }
    }
  }

  /// The paths of the entries of a folder (for a `--peers` folder whose files are inputs too),
  /// or none when it cannot be read.
  static func entries(ofFolder folder: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.map { (folder as NSString).appendingPathComponent($0) }
  }

  // MARK: Checks

  /// The path with every symbolic link on its last component followed, as far as they lead.
  private func resolvedTarget() throws -> String {
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
      var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = buffer.withUnsafeMutableBufferPointer { pointer in
        guard let base = pointer.baseAddress else { return -1 }
        return base.withMemoryRebound(to: CChar.self, capacity: pointer.count) {
          readlink(current, $0, pointer.count - 1)
        }
      }
      guard count > 0 else { try fail(.cannotWrite(errno)) }
      let destination = String(decoding: buffer[0..<count], as: UTF8.self)
      let folder = (current as NSString).deletingLastPathComponent
      current =
        destination.hasPrefix("/") || folder.isEmpty ? destination : folder + "/" + destination
    }
    try fail(.cannotWrite(ELOOP))
  }

  /// Stops when the existing file is one of the inputs.
  private func checkNotInput(_ target: stat) throws {
    for input in inputs {
      var info = stat()
      if stat(input, &info) == 0, info.st_dev == target.st_dev, info.st_ino == target.st_ino {
        try fail(.sameAsInput(input))
      }
    }
  }

  /// Stops when the existing regular file may not be replaced.
  private func checkReplaceable(_ target: String) throws {
    switch replacing {
    case .anything: return
    case .nothing: try fail(.exists)
    case .exports:
      guard let contents = FileManager.default.contents(atPath: target) else {
        try fail(.cannotCheck(EACCES))
      }
      if let kind = DataFileKind.recognised(in: [UInt8](contents)) { try fail(.holdsData(kind)) }
    }
  }

  // MARK: Writing

  /// Writes to a device, FIFO or socket as it is, without a temporary file.
  private func writeDirectly(_ bytes: [UInt8], to target: String) throws {
    let descriptor = open(target, O_WRONLY | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else { try fail(.cannotWrite(errno)) }
    if let error = Self.writeAll(bytes, to: descriptor) {
      close(descriptor)
      try fail(.cannotWrite(error))
    }
    if close(descriptor) != 0 && errno != EINTR { try fail(.cannotWrite(errno)) }
  }

  /// Writes a temporary file next to the target, then puts it in the target's place.
  ///
  /// - Parameter existing: The file replaced, whose mode (and, as root, owner) the new one keeps;
  ///   `nil` for a new file, which is linked into place so that a file that appeared meanwhile is
  ///   never replaced.
  private func replace(_ target: String, with bytes: [UInt8], existing: stat?) throws {
    let folder = Self.folder(of: target)
    let (temporary, descriptor, registration) = try createTemporaryFile(in: folder, for: target)
    var isOpen = true
    func abandon(_ error: Int32) throws -> Never {
      if isOpen { close(descriptor) }
      unlink(temporary)
      TemporaryFileCleanup.shared.unregister(registration)
      try fail(.cannotWrite(error))
    }
    if let existing {
      if geteuid() == 0 && fchown(descriptor, existing.st_uid, existing.st_gid) != 0 {
        try abandon(errno)
      }
      if fchmod(descriptor, existing.st_mode & 0o7777) != 0 { try abandon(errno) }
    }
    if let error = Self.writeAll(bytes, to: descriptor) { try abandon(error) }
    if fsync(descriptor) != 0 && errno != EINVAL && errno != EINTR { try abandon(errno) }
    isOpen = false
    if close(descriptor) != 0 && errno != EINTR { try abandon(errno) }
    if existing != nil {
      if rename(temporary, target) != 0 { try abandon(errno) }
    } else if link(temporary, target) == 0 {
      unlink(temporary)
    } else {
      let error = errno
      if error == EEXIST {
        unlink(temporary)
        TemporaryFileCleanup.shared.unregister(registration)
        try fail(.exists)
      }
      guard [EPERM, EMLINK, ENOTSUP, EOPNOTSUPP, ENOSYS].contains(error) else { try abandon(error) }
      // A file system without hard links: rename, after one more look that nothing appeared.
      var info = stat()
      if lstat(target, &info) == 0 { try abandon(EEXIST) }
      if rename(temporary, target) != 0 { try abandon(errno) }
    }
    TemporaryFileCleanup.shared.unregister(registration)
    Self.flushFolder(folder)
  }

  /// Creates `.NAME.kompass-XXXXXX.tmp` in the folder, registered for removal on a signal.
  private func createTemporaryFile(in folder: String, for target: String) throws -> (
    String, Int32, TemporaryFileCleanup.Registration?
  ) {
    // The name is kept short enough that the temporary name fits in NAME_MAX (255 bytes).
    var name = ""
    for character in (target as NSString).lastPathComponent {
      if name.utf8.count + String(character).utf8.count > 200 { break }
      name.append(character)
    }
    let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    for _ in 0..<100 {
      var generator = SystemRandomNumberGenerator()
      let suffix = String(
        (0..<6).map { _ in letters[Int(generator.next(upperBound: UInt(letters.count)))] })
      let temporary = (folder == "." ? "" : folder + "/") + ".\(name).kompass-\(suffix).tmp"
      let registration = TemporaryFileCleanup.shared.register(temporary)
      let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if descriptor >= 0 { return (temporary, descriptor, registration) }
      let error = errno
      TemporaryFileCleanup.shared.unregister(registration)
      if error != EEXIST { try fail(.cannotWrite(error)) }
    }
    try fail(.cannotWrite(EEXIST))
  }

  /// Writes all bytes, retrying after interruptions; returns the `errno` of a failed write.
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
    bytes.withUnsafeBytes { buffer -> Int32? in
      guard let base = buffer.baseAddress else { return nil }
      var offset = 0
      while offset < buffer.count {
        let written = systemWrite(
          descriptor, base + offset, min(buffer.count - offset, 1 << 20))
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return nil
    }
  }

  /// Flushes a folder, so that a rename in it survives a crash; a failure changes nothing.
  private static func flushFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  /// The folder of a path: `.` for a bare name.
  private static func folder(of path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    return folder.isEmpty ? "." : folder
  }

  private func fail(_ message: OutputFileMessage) throws -> Never {
    Terminal.writeError(message.line(for: path, in: language))
    throw ExitStatus.invalidInputError
  }
}

/// The system's `write(2)`, named apart from ``OutputFile/write(_:)``.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
  #else
    Darwin.write(descriptor, bytes, count)
  #endif
}
