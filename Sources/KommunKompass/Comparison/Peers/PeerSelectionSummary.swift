/// Which peers a comparison chose by the ``MunicipalityRegister`` (one of SKR's groups, or a
/// county), and how many of the selection's municipalities had an evaluation among the files read.
public struct PeerSelectionSummary: Codable, Hashable, Sendable {
  /// The group or county.
  public var selection: MunicipalitySelection
  /// How many municipalities the register has in the selection.
  public var registeredCount: Int
  /// How many of them are peers: they have a usable evaluation among the files read and are not
  /// the municipality compared.
  public var peerCount: Int

  /// Creates a summary.
  public init(selection: MunicipalitySelection, registeredCount: Int, peerCount: Int) {
    self.selection = selection
    self.registeredCount = registeredCount
    self.peerCount = peerCount
  }

  /// The sentence reports show: what the peers are and how many of the selection's municipalities
  /// have an evaluation.
  public var sentence: LocalizedText {
    switch selection {
    case .group(let group):
      LocalizedText(
        sv:
          "Jämförelsekommunerna är kommunerna i \(group.label(in: .swedish)) enligt \(MunicipalityGroup.classification.swedish), som används även för utvärderingar gjorda före 2023: \(peerCount) av gruppens \(registeredCount) kommuner har en utvärdering bland filerna (kommunen som jämförs oräknad).",
        en:
          "The peers are the municipalities of \(group.label(in: .english)) in \(MunicipalityGroup.classification.text(in: .english)), used also for evaluations made before 2023: \(peerCount) of the group's \(registeredCount) municipalities have an evaluation among the files (the municipality compared not counted)."
      )
    case .county(let county):
      LocalizedText(
        sv:
          "Jämförelsekommunerna är kommunerna i \(county.name) (län \(county.code)): \(peerCount) av länets \(registeredCount) kommuner har en utvärdering bland filerna (kommunen som jämförs oräknad).",
        en:
          "The peers are the municipalities of \(county.name) (county \(county.code)): \(peerCount) of the county's \(registeredCount) municipalities have an evaluation among the files (the municipality compared not counted)."
      )
    }
  }
}
