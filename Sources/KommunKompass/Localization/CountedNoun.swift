/// A noun in Swedish and English whose form follows a count: "1 delområde", "2 delområden".
package struct CountedNoun: Sendable {
  /// Swedish singular and plural.
  package var swedish: (singular: String, plural: String)
  /// English singular and plural.
  package var english: (singular: String, plural: String)

  /// Creates a noun from its Swedish and English singular and plural forms.
  package init(sv: (String, String), en: (String, String)) {
    swedish = (sv.0, sv.1)
    english = (en.0, en.1)
  }

  /// The form that goes with `count` in the language: singular for exactly 1.
  package func form(for count: Int, in language: Language) -> String {
    switch language {
    case .swedish: count == 1 ? swedish.singular : swedish.plural
    case .english: count == 1 ? english.singular : english.plural
    }
  }

  /// The count followed by the right form: "1 delområde", "3 sub-areas".
  package func counted(_ count: Int, in language: Language) -> String {
    "\(count) \(form(for: count, in: language))"
  }
}

extension CountedNoun {
  /// delområde / sub-area.
  package static let subArea = CountedNoun(
    sv: ("delområde", "delområden"), en: ("sub-area", "sub-areas"))
  /// område / area.
  package static let area = CountedNoun(sv: ("område", "områden"), en: ("area", "areas"))
  /// utvärdering / evaluation.
  package static let evaluation = CountedNoun(
    sv: ("utvärdering", "utvärderingar"), en: ("evaluation", "evaluations"))
  /// jämförelsekommun / peer.
  package static let peer = CountedNoun(
    sv: ("jämförelsekommun", "jämförelsekommuner"), en: ("peer", "peers"))
  /// fil / file.
  package static let file = CountedNoun(sv: ("fil", "filer"), en: ("file", "files"))
}
