import KommunKompass

/// The line that closes a report with the version of the tool that computed it, so that a
/// published figure can be traced to the code behind it.
enum ToolCredit {
  /// "Skapad med kompass 0.5.0." or "Made with kompass 0.5.0."
  static func sentence(in language: Language) -> String {
    switch language {
    case .swedish: "Skapad med kompass \(ToolVersion.current)."
    case .english: "Made with kompass \(ToolVersion.current)."
    }
  }
}
