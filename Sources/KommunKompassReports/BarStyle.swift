/// How bars are drawn in a text profile.
public enum BarStyle: Sendable, Hashable {
  /// Unicode block characters with eighth steps, for terminals.
  case unicode
  /// Plain `#` characters, for files, pipes and terminals without Unicode.
  case plain

  /// A bar for a percentage (0…100) drawn in `width` characters at 100 %.
  package func bar(percent: Double, width: Int) -> String {
    let clamped = min(max(percent, 0), 100)
    switch self {
    case .plain:
      let filled = Int((clamped / 100 * Double(width)).rounded(.toNearestOrAwayFromZero))
      return String(repeating: "#", count: filled)
    case .unicode:
      let eighths = Int((clamped / 100 * Double(width) * 8).rounded(.toNearestOrAwayFromZero))
      let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
      return String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
    }
  }
}
