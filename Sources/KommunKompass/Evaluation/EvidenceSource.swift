/// The three kinds of source Kommunkompassen evaluators gather evidence from.
public enum EvidenceSource: String, Codable, Hashable, Sendable, CaseIterable {
  /// Interviews with politicians, officials, staff and union representatives.
  case interview
  /// The municipality's governing documents: programmes, policies, plans, reports, minutes.
  case document
  /// The municipality's website and social media.
  case website

  /// The source kind's name for readers.
  public var title: LocalizedText {
    switch self {
    case .interview: LocalizedText(sv: "Intervjuer", en: "Interviews")
    case .document: LocalizedText(sv: "Styrdokument", en: "Governing documents")
    case .website: LocalizedText(sv: "Webbplats och sociala medier", en: "Website and social media")
    }
  }
}
