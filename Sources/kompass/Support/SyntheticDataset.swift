import Foundation
import KommunKompass

/// Writes a synthetic national dataset: many municipalities, each evaluated several times, with
/// valid, varied scores, findings, strengths and improvement opportunities, the same for the same
/// seed. For benchmarks and load tests only; the municipalities are made up and marked
/// `"fictitious": true`, so their codes (which may be real ones) are not checked against the
/// municipality register and never count as peers of a group or county.
struct SyntheticDataset {
  var rubric: Rubric
  var municipalities: Int
  var evaluationsPerMunicipality: Int
  var seed: UInt64

  /// The most municipalities the generator can name: every county code times 100.
  static var maximumMunicipalities: Int { MunicipalityCode.countyCodes.count * 100 }

  private static let findingTexts = [
    "Det finns en antagen plan med mål och ansvar, och den följs upp i årsredovisningen.",
    "Intervjuerna visar att arbetssättet är känt bland chefer men mindre känt bland medarbetare.",
    "Webbplatsen beskriver arbetet, men uppgifterna är delvis inaktuella.",
    "Resultaten jämförs med andra kommuner och analyseras i nämnderna.",
    "Arbetet är nystartat och det är för tidigt att se effekter.",
  ]
  private static let strengthTexts = [
    "Tydlig koppling mellan mål och uppföljning.",
    "Engagerade chefer och medarbetare.",
    "Ett väl utvecklat samarbete med andra kommuner.",
    "Goda exempel på medborgardialog.",
  ]
  private static let improvementTexts = [
    "Följ upp effekterna av arbetet systematiskt.",
    "Gör resultaten kända i hela organisationen.",
    "Samordna arbetet mellan förvaltningarna.",
    "Utveckla analysen av jämförelser med andra kommuner.",
  ]

  /// Writes the files into a folder, created if it is missing, and returns their number.
  ///
  /// Each file is written by ``OutputFile``: complete or not at all, never a temporary file left
  /// behind. A file of an earlier run with the same name is replaced.
  func write(to folder: String) throws -> Int {
    try OutputFile.createFolder(folder, language: .english)
    var random = SeededGenerator(seed: seed)
    let codes = MunicipalityCode.countyCodes.sorted().flatMap { county in
      (0..<100).map { String(format: "%@%02d", county, $0) }
    }
    var written = 0
    for index in 0..<municipalities {
      let code = codes[index]
      guard let municipalityCode = MunicipalityCode(rawValue: code) else { continue }
      let municipality = Municipality(
        name: "Syntetkommun \(code)", code: municipalityCode, isFictitious: true)
      // Each municipality has its own level and trend, so profiles differ and change over time.
      let level = Double.random(in: 0.35...0.85, using: &random)
      let trend = Double.random(in: -0.03...0.05, using: &random)
      for round in 0..<evaluationsPerMunicipality {
        guard
          let date = CalendarDate(
            year: (rubric.periodOfUse?.from ?? 2010) + 2 * round,
            month: Int.random(in: 1...12, using: &random))
        else {
          continue
        }
        let share = level + trend * Double(round)
        let evaluation = makeEvaluation(
          municipality: municipality, date: date, share: share, random: &random)
        let name = "syntet-\(code)-\(date).json"
        try OutputFile(
          path: (folder as NSString).appendingPathComponent(name), replacing: .anything,
          language: .english
        )
        .write(try evaluation.fileText())
        written += 1
      }
    }
    return written
  }

  private func makeEvaluation(
    municipality: Municipality, date: CalendarDate, share: Double, random: inout SeededGenerator
  ) -> Evaluation {
    let areas = rubric.areas.map { area in
      AreaEvaluation(
        id: area.id,
        strengths: pick(Self.strengthTexts, count: 2, random: &random),
        improvements: pick(Self.improvementTexts, count: 2, random: &random),
        subAreas: area.subAreas.map { subArea in
          let assessment: SubAreaEvaluation.Assessment
          if Double.random(in: 0..<1, using: &random) < 0.02 {
            assessment = .notAssessed(reason: "Underlaget räckte inte för en bedömning.")
          } else {
            let noise = Double.random(in: -0.15...0.15, using: &random)
            let fraction = min(max(share + noise, 0), 1)
            // Points in tenths, as evaluators write them.
            assessment = .points((fraction * subArea.maxPoints * 10).rounded() / 10)
          }
          let source = EvidenceSource.allCases.randomElement(using: &random) ?? .document
          let finding = Finding(
            text: Self.findingTexts.randomElement(using: &random) ?? "", source: source)
          return SubAreaEvaluation(id: subArea.id, assessment: assessment, findings: [finding])
        })
    }
    return Evaluation(
      rubricID: rubric.id, municipality: municipality, date: date, kind: .external,
      evaluators: ["Syntetiska utvärderare"],
      provenance: "Syntetiska data för prestandamätning; kommunen finns inte.",
      areas: areas)
  }

  private func pick(_ texts: [String], count: Int, random: inout SeededGenerator) -> [String] {
    Array(texts.shuffled(using: &random).prefix(count))
  }
}
