import KommunKompass

extension Scorecard {
  /// The municipality and its code: "Kumla kommun (1881)".
  package var headline: String {
    "\(municipality.name) (\(municipality.code))"
  }

  /// The kind and date of the evaluation and the rubric:
  /// "Extern utvärdering, 2020-11 · Kommunkompassen, revision 2019/2020".
  package func subtitle(in language: Language) -> String {
    "\(kind.title.text(in: language)), \(date) · \(rubricTitle.text(in: language))"
  }
}
