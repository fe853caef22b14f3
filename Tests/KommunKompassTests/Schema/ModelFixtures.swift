import Foundation

@testable import KommunKompass

/// A rubric and evaluations (one per sub-area, one per area) built in Swift with every optional
/// field of the models set, so that encoding them exercises the whole `Codable` model.
///
/// ``unsetFields(in:)`` proves they stay complete: when a model gains a field, the fixture test
/// fails until the field is set here, and then the schema tests fail until the schema has it too.
enum ModelFixtures {
  /// The rubric's id.
  static let rubricID = "fixture-rubric"

  /// A small rubric with every optional field set, fractional maxima included.
  static func fullRubric() -> Rubric {
    Rubric(
      formatVersion: 1,
      id: rubricID,
      revision: "2025",
      title: LocalizedText(sv: "Provrubrik", en: "Test rubric"),
      source: "Skriven för testerna / written for the tests",
      periodOfUse: RubricPeriod(from: 2024, until: 2026),
      areas: [
        RubricArea(
          id: "1",
          title: LocalizedText(sv: "Samspel med medborgarna", en: "Interaction with citizens"),
          aliases: ["Offentlighet och demokrati"],
          maxPoints: 30,
          subAreas: [
            subArea("1.1", sv: "Information", en: "Information", maxPoints: 10),
            subArea("1.2", sv: "Dialog", en: "Dialogue", maxPoints: 10),
            subArea("1.3", sv: "Transparens", en: "Transparency", maxPoints: 10),
          ]),
        RubricArea(
          id: "2",
          title: LocalizedText(sv: "Styrning", en: "Governance"),
          aliases: ["Politisk styrning och kontroll"],
          maxPoints: 20,
          subAreas: [
            subArea("2.1", sv: "Mål", en: "Goals", maxPoints: 12.5),
            subArea("2.2", sv: "Uppföljning", en: "Follow-up", maxPoints: 7.5),
          ]),
      ])
  }

  private static func subArea(_ id: String, sv: String, en: String, maxPoints: Double)
    -> RubricSubArea
  {
    RubricSubArea(
      id: id, title: LocalizedText(sv: sv, en: en), aliases: ["\(sv) (äldre namn)"],
      maxPoints: maxPoints,
      evidenceNotes: ["Finns det en strategi för \(sv.lowercased())?"])
  }

  /// An evaluation of ``fullRubric()`` with every optional field set somewhere: sources, provenance,
  /// summary, good examples, area and sub-area titles, carried-over strengths and improvements,
  /// guidance, a finding with reference, date, recorder and origin, all three kinds of
  /// assessment (points, not assessed, not scored yet) and a consensus evaluation's proposals.
  static func fullEvaluation() throws -> Evaluation {
    let code = try require(MunicipalityCode(rawValue: "1881"))
    let date = try require(CalendarDate(year: 2025, month: 3))
    let findingDate = try require(CalendarDate(year: 2025, month: 2, day: 14))
    let earlier = try require(CalendarDate(year: 2020, month: 11))
    let finding = Finding(
      text: "Riktlinjer för medborgardialog antogs 2024.",
      source: .document,
      reference: "KS-2024/00117",
      date: findingDate,
      recordedBy: "Anna Andersson",
      carriedOverFrom: earlier)
    return Evaluation(
      formatVersion: 1,
      rubricID: rubricID,
      municipality: Municipality(name: "Kumla kommun", code: code),
      date: date,
      kind: .selfAssessment,
      evaluators: ["Kommunens utvärderingsgrupp"],
      sources: SourcesSummary(
        interviews: 12, description: "Styrdokument, webbplats och tolv intervjuer."),
      provenance: "Påhittad utvärdering för testerna.",
      summary: ["Kommunen har en tydlig styrmodell."],
      goodExamples: [GoodExample(area: "1", text: "Politikerportalen.")],
      areas: [
        AreaEvaluation(
          id: "1",
          title: "Samspel med medborgarna",
          strengths: ["Tydlig information."],
          improvements: ["Mer dialog."],
          previousStrengths: ["God webbplats."],
          previousImprovements: ["Sänd fullmäktige."],
          subAreas: [
            SubAreaEvaluation(
              id: "1.1", title: "Information", guidance: ["Finns det en strategi för information?"],
              assessment: .points(7.5),
              findings: [finding, Finding(text: "Intervju med KSO.", source: .interview)],
              proposals: [
                Proposal(evaluator: "Anna Andersson", assessment: .points(7.5)),
                Proposal(
                  evaluator: "Bo Berg", assessment: .notAssessed(reason: "Missade intervjun.")),
              ]),
            SubAreaEvaluation(
              id: "1.2", title: "Dialog",
              assessment: .notAssessed(reason: "Underlaget räckte inte."),
              findings: [Finding(text: "Webbplatsen saknar dialogsidor.", source: .website)]),
            SubAreaEvaluation(
              id: "1.3", assessment: .pending,
              proposals: [
                Proposal(evaluator: "Anna Andersson", assessment: .points(2)),
                Proposal(evaluator: "Bo Berg", assessment: .points(8)),
              ]),
          ],
          proposals: [
            AreaProposal(
              evaluator: "Anna Andersson", assessment: nil, strengths: ["Tydlig information."],
              improvements: ["Mer dialog."])
          ]),
        AreaEvaluation(
          id: "2",
          subAreas: [
            SubAreaEvaluation(id: "2.1", assessment: .points(12.5)),
            SubAreaEvaluation(id: "2.2", assessment: .points(0)),
          ]),
      ])
  }

  /// An area-level evaluation (`"detail": "area"`) of ``fullRubric()``: every area has its own
  /// points or is not assessed, and there is a published total.
  static func fullAreaLevelEvaluation() throws -> Evaluation {
    var evaluation = try fullEvaluation()
    evaluation.detail = .area
    evaluation.publishedTotal = 28
    // A made-up municipality, so that the file carries "fictitious" too.
    evaluation.municipality = Municipality(
      name: "Testby kommun", code: try require(MunicipalityCode(rawValue: "1899")),
      isFictitious: true)
    evaluation.areas = [
      AreaEvaluation(
        id: "1", title: "Samspel med medborgarna", strengths: ["Tydlig information."],
        improvements: ["Mer dialog."], assessment: .points(27.5),
        proposals: [
          AreaProposal(
            evaluator: "Anna Andersson", assessment: .points(27.5),
            strengths: ["Tydlig information."], improvements: ["Mer dialog."])
        ]),
      AreaEvaluation(
        id: "2", assessment: .notAssessed(reason: "Källan redovisar inte området."),
        proposals: [
          AreaProposal(evaluator: "Bo Berg", assessment: .notAssessed(reason: "Inget underlag."))
        ]),
    ]
    return evaluation
  }

  /// Totals-only evaluations (`"detail": "total"`) of ``fullRubric()``: one with the total's points
  /// (28.5 of 50), one whose total is not known, with the reason.
  static func fullTotalOnlyEvaluations() throws -> [Evaluation] {
    var known = try fullEvaluation()
    known.detail = .total
    known.areas = []
    known.goodExamples = []
    known.totalAssessment = .points(28.5)
    var unknown = known
    unknown.totalAssessment = .notAssessed(reason: "Källan anger inte totalen.")
    return [known, unknown]
  }

  /// The fields of a value (paths such as `areas[].subAreas[].title`) that are `nil` or empty
  /// everywhere they occur. Values that are written as one JSON value (dates, municipality codes)
  /// are not looked into: a month-only date is a value, not a field left out.
  static func unsetFields(in value: Any) -> [String] {
    var seen: Set<String> = []
    var set: Set<String> = []
    func walk(_ value: Any, at path: String) {
      let mirror = Mirror(reflecting: value)
      // `is` looks through optionals, so test for the one-value types only once unwrapped.
      if mirror.displayStyle != .optional && (value is CalendarDate || value is MunicipalityCode) {
        return
      }
      switch mirror.displayStyle {
      case .optional:
        seen.insert(path)
        guard let wrapped = mirror.children.first else { return }
        set.insert(path)
        walk(wrapped.value, at: path)
      case .collection, .set, .dictionary:
        seen.insert(path)
        if !mirror.children.isEmpty { set.insert(path) }
        for child in mirror.children { walk(child.value, at: path + "[]") }
      default:
        for child in mirror.children {
          let label = child.label ?? "?"
          walk(child.value, at: path.isEmpty ? label : path + "." + label)
        }
      }
    }
    walk(value, at: "")
    return seen.subtracting(set).sorted()
  }
}
