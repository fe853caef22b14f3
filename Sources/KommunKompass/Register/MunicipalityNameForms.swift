/// The rules by which a municipality's name may be written in a file: the forms the register
/// accepts for a municipality, and the comparison key that makes case, spacing and Unicode
/// normalization irrelevant.
package enum MunicipalityNameForms {
  /// The words that may follow a name: "Kumla kommun", "Malmö stad", "Umeå Municipality".
  static let suffixes = ["", " kommun", " stad", " municipality"]

  /// The key two spellings of a name share: Unicode form C, lower case, runs of white space as one
  /// space, no white space at the ends.
  package static func key(_ text: String) -> String {
    text.precomposed.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The genitive Swedish names take before "kommun": an "s" after a consonant ("Hudiksvalls"),
  /// none after a vowel ("Kumla", "Umeå") or an s, x or z ("Borås").
  static func genitive(of name: String) -> String {
    guard let last = name.lowercased().last else { return name }
    return "aeiouyåäösxz".contains(last) ? name : name + "s"
  }

  /// Every accepted form of a municipality's name, as comparison keys.
  package static func forms(of municipality: RegisteredMunicipality) -> Set<String> {
    var forms = Set(municipality.longForms.map(key))
    for base in [municipality.name, genitive(of: municipality.name)] {
      for suffix in suffixes { forms.insert(key(base + suffix)) }
    }
    return forms
  }
}
