import Foundation
import KommunKompass

/// What the evaluation form's script reads at start-up, embedded in the page as JSON: the
/// language, the rubrics with the titles in that language, the default `$schema` and an evaluation
/// file to open.
struct EvaluationFormData: Encodable {
  /// A rubric as the form shows it: titles in the form's language, maxima and evidence notes.
  struct FormRubric: Encodable {
    /// A sub-area of a rubric.
    struct SubArea: Encodable {
      var id: String
      var title: String
      var maxPoints: Double
      var evidenceNotes: [String]
    }

    /// An area of a rubric.
    struct Area: Encodable {
      var id: String
      var title: String
      var maxPoints: Double
      var subAreas: [SubArea]
    }

    var id: String
    var revision: String
    var title: String
    var areas: [Area]

    init(_ rubric: Rubric, language: Language) {
      id = rubric.id
      revision = rubric.revision
      title = rubric.title.text(in: language)
      areas = rubric.areas.map { area in
        Area(
          id: area.id, title: area.title.text(in: language), maxPoints: area.maxPoints,
          subAreas: area.subAreas.map {
            SubArea(
              id: $0.id, title: $0.title.text(in: language), maxPoints: $0.maxPoints,
              evidenceNotes: $0.evidenceNotes)
          })
      }
    }
  }

  /// A municipality of the register as the form offers it: its code, the name it fills in, and
  /// every accepted form of its name as the library's comparison keys, so that the page matches
  /// names by the library's rules ("kumla", "Hudiksvalls kommun") without restating them.
  struct FormMunicipality: Encodable {
    var code: String
    var name: String
    var forms: [String]

    init(_ municipality: RegisteredMunicipality) {
      code = municipality.code.rawValue
      name = municipality.formalName
      forms = MunicipalityNameForms.forms(of: municipality).sorted()
    }
  }

  /// A code SCB no longer uses and the code that replaced it.
  struct FormCodeChange: Encodable {
    var formerCode: String
    var code: String
  }

  var language: String
  var rubric: String
  var rubrics: [FormRubric]
  var municipalities: [FormMunicipality]
  var codeChanges: [FormCodeChange]
  var defaultSchema: String
  var documentText: String?
  var documentName: String?

  /// The data as JSON that is safe inside `<script type="application/json">`: every `<` is written
  /// `\u003C`, so no text in the data can end the script element.
  var scriptText: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let json = (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    return json.replacingOccurrences(of: "<", with: "\\u003C")
  }
}
