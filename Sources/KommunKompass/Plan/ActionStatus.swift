/// Where an action of an ``ActionPlan`` stands.
public enum ActionStatus: String, Codable, Hashable, Sendable, CaseIterable {
  /// Decided but not started.
  case planned
  /// Under way.
  case ongoing
  /// Carried out.
  case done
  /// Given up.
  case dropped

  /// The status's name for readers.
  public var title: LocalizedText {
    switch self {
    case .planned: LocalizedText(sv: "planerad", en: "planned")
    case .ongoing: LocalizedText(sv: "pågår", en: "ongoing")
    case .done: LocalizedText(sv: "klar", en: "done")
    case .dropped: LocalizedText(sv: "avbruten", en: "dropped")
    }
  }
}
