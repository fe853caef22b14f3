import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Removes the temporary files of unfinished writes when the command is interrupted by SIGINT,
/// SIGTERM or SIGHUP, then ends the command by the same signal, so that the shell sees exit code
/// 128 + the signal's number.
///
/// The paths live in a fixed number of slots, allocated once and never freed, each a status byte
/// followed by the path as a C string, so that the signal handler can read them at any moment
/// without allocating or locking: it only calls `unlink`, `signal`, `sigprocmask`, `raise` and
/// `_exit`, which are async-signal-safe. Registering and unregistering take a lock, so that
/// threads never share a slot. A signal that was ignored when the command started stays ignored.
///
/// SIGKILL cannot be caught: a write killed that way can leave its hidden temporary file behind.
final class TemporaryFileCleanup: @unchecked Sendable {
  /// The registry of the running command.
  static let shared = TemporaryFileCleanup()

  /// How many temporary files can be registered at once; `kompass` writes one file at a time.
  static let slotCount = 8
  /// The bytes of a slot: the status byte, then a path of at most `PATH_MAX` bytes and its NUL.
  private static let slotSize = 1 + Int(PATH_MAX) + 1
  /// The signals after which temporary files are removed.
  private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  /// A registered temporary file.
  struct Registration {
    fileprivate let slot: Int
  }

  private let lock = NSLock()
  /// `slotCount` slots of `slotSize` bytes; a slot whose first byte is 1 holds a path to remove.
  private let slots: UnsafeMutablePointer<CChar>
  /// Whether the signal handlers are in place (guarded by `lock`).
  private var handlersInstalled = false

  private init() {
    slots = UnsafeMutablePointer<CChar>.allocate(capacity: Self.slotCount * Self.slotSize)
    slots.initialize(repeating: 0, count: Self.slotCount * Self.slotSize)
  }

  /// Registers a temporary file to remove if the command is interrupted before it is unregistered.
  ///
  /// - Returns: The registration, or `nil` when every slot is taken or the path is too long (the
  ///   file is then written all the same, without the protection).
  func register(_ path: String) -> Registration? {
    let bytes = Array(path.utf8CString)
    guard bytes.count < Self.slotSize else { return nil }
    return lock.withLock {
      installHandlers()
      guard let slot = (0..<Self.slotCount).first(where: { slots[$0 * Self.slotSize] == 0 }) else {
        return nil
      }
      let start = slots + slot * Self.slotSize
      bytes.withUnsafeBufferPointer { buffer in
        if let base = buffer.baseAddress { (start + 1).update(from: base, count: buffer.count) }
      }
      // The status byte last: the handler never sees a slot whose path is half written.
      start.pointee = 1
      return Registration(slot: slot)
    }
  }

  /// Forgets a temporary file: it was renamed into place or removed.
  func unregister(_ registration: Registration?) {
    guard let registration else { return }
    lock.withLock { slots[registration.slot * Self.slotSize] = 0 }
  }

  /// Removes every registered file. Called from the signal handler: no allocation, no lock.
  fileprivate func removeRegisteredFiles() {
    for slot in 0..<Self.slotCount {
      let start = slots + slot * Self.slotSize
      if start.pointee != 0 { unlink(start + 1) }
    }
  }

  /// Installs the handlers once, leaving a signal that was ignored at the start ignored.
  private func installHandlers() {
    guard !handlersInstalled else { return }
    handlersInstalled = true
    for signalNumber in Self.signals {
      let previous = signal(signalNumber, removeTemporaryFilesAndStop)
      if Self.isIgnore(previous) { signal(signalNumber, SIG_IGN) }
    }
  }

  /// Whether a signal disposition is `SIG_IGN`.
  private static func isIgnore<Handler>(_ handler: Handler) -> Bool {
    unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
  }
}

/// The handler of SIGINT, SIGTERM and SIGHUP: removes the temporary files, then ends the process by
/// the same signal with its default action (or, should that return, exits with 128 + the signal).
private func removeTemporaryFilesAndStop(_ signalNumber: Int32) {
  TemporaryFileCleanup.shared.removeRegisteredFiles()
  signal(signalNumber, SIG_DFL)
  var unblocked = sigset_t()
  sigemptyset(&unblocked)
  sigaddset(&unblocked, signalNumber)
  sigprocmask(SIG_UNBLOCK, &unblocked, nil)
  raise(signalNumber)
  _exit(128 + signalNumber)
}
