/// What a municipality is benchmarked against.
public enum BenchmarkBasis: Codable, Hashable, Sendable {
  /// A group of peer municipalities' evaluations, with how many there are.
  case peers(count: Int)
  /// A published reference profile, such as a national average per area.
  case reference(id: String, title: LocalizedText)

  /// A label for reports: "Jämförelsegrupp (5 kommuner)" or the reference profile's title.
  public var label: LocalizedText {
    switch self {
    case .peers(let count):
      LocalizedText(
        sv: "Jämförelsegrupp (\(count) \(count == 1 ? "kommun" : "kommuner"))",
        en: "Peer group (\(count) \(count == 1 ? "municipality" : "municipalities"))")
    case .reference(_, let title):
      LocalizedText(
        sv: "Referensprofil: \(title.swedish)", en: "Reference profile: \(title.text(in: .english))"
      )
    }
  }
}
