import Dispatch
import Foundation

/// What reading one peer file gave: the figures straight from the fast scanner, or, for a file the
/// scanner does not vouch for, the full loader's result with every problem.
enum PeerFile: Sendable {
  case figures(PeerFigures)
  case loaded(Checked<Evaluation>)

  /// Reads and scans the files in parallel, one per core; the outcomes come in the files' order,
  /// one for each file.
  static func read(_ files: [String], scanner: PeerFigureScanner) -> [PeerFile] {
    let outcomes = OutcomeSlots(count: files.count)
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      outcomes.store(read(files[index], scanner: scanner), at: index)
    }
    return outcomes.collect()
  }

  /// Reads one file: the scanner first, the full loader when the scanner returns nothing.
  static func read(_ file: String, scanner: PeerFigureScanner) -> PeerFile {
    switch FileInput.bytes(of: URL(fileURLWithPath: file), displayName: file) {
    case .failure(let problem):
      return .loaded(Checked(value: nil, problems: [problem]))
    case .success(let bytes):
      if let figures = scanner.figures(in: bytes) { return .figures(figures) }
      return .loaded(Evaluation.load(bytes: bytes, file: file))
    }
  }
}

/// One slot per file for the parallel reads. Each index is written by exactly one iteration and
/// read only after all iterations have finished, which is what makes the unchecked sendability safe.
/// The slots are raw memory so that concurrent writes to different indices need no exclusive
/// access to a shared array.
private final class OutcomeSlots: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<PeerFile?>

  init(count: Int) {
    slots = UnsafeMutableBufferPointer<PeerFile?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func store(_ outcome: PeerFile, at index: Int) {
    slots[index] = outcome
  }

  /// The outcomes by index. Every slot is filled once the parallel loop has returned; an empty one
  /// would be a broken loop, and is never skipped, so that outcome `i` always belongs to file `i`.
  func collect() -> [PeerFile] {
    slots.indices.map { index in
      guard let outcome = slots[index] else {
        preconditionFailure("peer file \(index) was not read")
      }
      return outcome
    }
  }
}
