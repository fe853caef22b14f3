// swift-format-ignore-file: NeverForceUnwrap
// These tests edit parsed JSON fixtures and bundled data whose shape the test itself fixes; a
// failed cast or unwrap here is a broken fixture, and stopping the run is the right outcome.

/// A small seeded random number generator (SplitMix64), so the scanner's random tests give the same
/// files on every run and every platform.
struct ScanRandom: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  /// `true` with the given probability.
  mutating func chance(_ probability: Double) -> Bool {
    Double.random(in: 0..<1, using: &self) < probability
  }

  /// A random element of a non-empty collection.
  mutating func pick<C: Collection>(_ elements: C) -> C.Element {
    elements.randomElement(using: &self)!
  }
}
