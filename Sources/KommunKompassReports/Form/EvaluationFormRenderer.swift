import Foundation
import KommunKompass

/// Writes the evaluation form: one self-contained HTML page in which evaluators fill in an
/// evaluation, open an evaluation file and save it as JSON, without writing JSON by hand.
///
/// The page carries its style sheet, its script and the rubrics inline and makes no network
/// request. The rubrics come from the catalog the library scores with (the bundled one by default),
/// so maxima, titles and evidence notes are never typed twice. What the evaluator types is kept in
/// the browser's local storage, under a key of its own per form, and saved as a file only when the
/// evaluator asks for it.
///
/// The template (`form.html`, `form.css` and `form.js` in `Form/Template/`) is embedded into the
/// module when it is built.
public struct EvaluationFormRenderer: Sendable {
  /// The `$schema` that a new evaluation saved from the form names: the evaluation schema beside
  /// the file, as `kompass schema evaluation > evaluation.schema.json` writes it. An opened file
  /// keeps its own `$schema`, or none.
  public static let defaultSchemaReference = "./evaluation.schema.json"

  /// The language of the form's labels and messages; data stays as written.
  public var language: Language

  /// Creates a renderer for a language.
  public init(language: Language = .swedish) {
    self.language = language
  }

  /// The form as a complete HTML page.
  ///
  /// - Parameters:
  ///   - rubric: The version of Kommunkompassen a new evaluation uses.
  ///   - catalog: Every version the form knows, so that an opened file of another version is shown
  ///     with its maxima and evidence notes; `rubric` is added if it is missing.
  ///   - documentText: The JSON text of an evaluation file to open in the form, or `nil` for a new
  ///     evaluation. The text is kept exactly, so saving without a change gives the same document.
  ///   - documentName: The file name of `documentText`, offered again when saving.
  ///   - register: The municipalities whose codes and names the form fills in and checks.
  /// - Returns: The HTML text.
  public func render(
    rubric: Rubric, catalog: RubricCatalog = .bundled, documentText: String? = nil,
    documentName: String? = nil, register: MunicipalityRegister = .bundled
  ) -> String {
    let rubrics = catalog.adding([rubric]).rubrics
    let data = EvaluationFormData(
      language: language.rawValue, rubric: rubric.id,
      rubrics: rubrics.map { EvaluationFormData.FormRubric($0, language: language) },
      municipalities: register.municipalities.map(EvaluationFormData.FormMunicipality.init),
      codeChanges: register.codeChanges.map {
        EvaluationFormData.FormCodeChange(
          formerCode: $0.formerCode.rawValue, code: $0.code.rawValue)
      },
      defaultSchema: Self.defaultSchemaReference, documentText: documentText,
      documentName: documentName)
    let title =
      (language == .swedish ? "Utvärderingsformulär – " : "Evaluation form – ")
      + rubric.title.text(in: language)
    return Self.fill(
      Self.templateFile("form.html"),
      with: [
        "language": language.rawValue,
        "title": title.htmlEscaped,
        "css": Self.templateFile("form.css"),
        "script": Self.templateFile("form.js"),
        "data": data.scriptText,
      ])
  }

  /// A file of the embedded template, as text.
  static func templateFile(_ name: String) -> String {
    let bytes = EmbeddedDataFile.formTemplate.first { $0.fileName == name }?.bytes ?? []
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The template with each `{{name}}` replaced by its value, in one pass, so that a value (such as
  /// an opened file's text) is never read as a placeholder itself.
  static func fill(_ template: String, with values: [String: String]) -> String {
    var result = ""
    var rest = template[...]
    while let open = rest.range(of: "{{") {
      result += rest[..<open.lowerBound]
      guard let close = rest[open.upperBound...].range(of: "}}"),
        let value = values[String(rest[open.upperBound..<close.lowerBound])]
      else {
        result += "{{"
        rest = rest[open.upperBound...]
        continue
      }
      result += value
      rest = rest[close.upperBound...]
    }
    return result + rest
  }
}
