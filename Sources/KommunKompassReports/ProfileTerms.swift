import KommunKompass

/// Sentences of the profile that carry figures, in Swedish and English.
enum ProfileTerms {
  /// "66 av 100 poäng (66 %)", with a note when part of the maximum was not assessed.
  static func pointsSentence(_ score: Score, language: Language) -> String {
    let numbers = NumberStyle(language: language)
    if score.assessedMaxPoints <= 0 {
      // Nothing assessed: never "0 of 0".
      let maximum = numbers.decimal(score.maxPoints)
      return language == .swedish
        ? "inga bedömda poäng av \(maximum)" : "no assessed points of \(maximum)"
    }
    let percent = score.displayPercent.map(numbers.percent) ?? "–"
    let maximum = numbers.decimal(score.maxPoints)
    let assessed = numbers.decimal(score.assessedMaxPoints)
    switch (language, score.isFullyAssessed) {
    case (.swedish, true): return "\(score.displayPoints) av \(maximum) poäng (\(percent))"
    case (.english, true): return "\(score.displayPoints) of \(maximum) points (\(percent))"
    case (.swedish, false):
      return
        "\(score.displayPoints) av \(assessed) bedömda poäng (\(percent)); \(numbers.decimal(score.unassessedMaxPoints)) av \(maximum) poäng ej bedömda"
    case (.english, false):
      return
        "\(score.displayPoints) of \(assessed) assessed points (\(percent)); \(numbers.decimal(score.unassessedMaxPoints)) of \(maximum) points not assessed"
    }
  }

  /// In English output, the sentence that says the evaluators' own texts keep the file's language;
  /// `nil` in Swedish.
  static func originalLanguageNote(language: Language) -> String? {
    switch language {
    case .swedish: nil
    case .english:
      "Texts the evaluators wrote (strengths, areas for improvement, findings, summary) are shown as written in the evaluation file, usually in Swedish."
    }
  }

  /// What a totals-only evaluation has: "Endast totalen är känd; källan ger inga poäng per område."
  static func totalOnlyExplanation(language: Language) -> String {
    language == .swedish
      ? "Endast totalen är känd; källan ger inga poäng per område eller delområde."
      : "Only the total is known; the source gives no points per area or sub-area."
  }

  /// The total of a totals-only scorecard as a sentence: its points, "ej bedömt: skäl" or
  /// "ännu inte poängsatt", never "0 of 0".
  static func totalOnlySentence(_ scorecard: Scorecard, language: Language) -> String {
    switch scorecard.totalOnlyStatus {
    case .notAssessed(let reason)?:
      return (language == .swedish ? "ej bedömt: " : "not assessed: ") + reason
    case .pending?:
      return language == .swedish ? "ännu inte poängsatt" : "not scored yet"
    case .scored?, nil:
      return pointsSentence(scorecard.total, language: language)
    }
  }

  /// The sentence of an area: ``pointsSentence(_:language:)``, or for an area assessed as a whole
  /// that has no points, "ej bedömt (100 poäng): the reason" or "ännu inte poängsatt (100 poäng)".
  static func areaSentence(_ area: AreaScore, language: Language) -> String {
    let maximum = NumberStyle(language: language).decimal(area.score.maxPoints)
    switch (area.areaLevelStatus, language) {
    case (.notAssessed(let reason), .swedish):
      let text = reason.trimmingWhitespace
      return "ej bedömt (\(maximum) poäng)" + (text.isEmpty ? "" : ": \(text)")
    case (.notAssessed(let reason), .english):
      let text = reason.trimmingWhitespace
      return "not assessed (\(maximum) points)" + (text.isEmpty ? "" : ": \(text)")
    case (.pending, .swedish): return "ännu inte poängsatt (\(maximum) poäng)"
    case (.pending, .english): return "not scored yet (\(maximum) points)"
    case (.scored, _), (nil, _): return pointsSentence(area.score, language: language)
    }
  }

  /// Why an area-level profile lists no strong or weak sub-areas.
  static func noSubAreaData(language: Language) -> String {
    switch language {
    case .swedish:
      "Utvärderingen har bara poäng per område: det finns inga uppgifter om delområden, så inga starka eller svaga delområden kan visas."
    case .english:
      "The evaluation has points per area only: there are no sub-area data, so no strong or weak sub-areas can be shown."
    }
  }

  /// The explanation of the derived lists: "minst 10 procentenheter över totalresultatet (70 %)".
  static func marginExplanation(above: Bool, scorecard: Scorecard, language: Language) -> String {
    let numbers = NumberStyle(language: language)
    let margin = numbers.decimal(scorecard.options.margin)
    let overall = scorecard.total.displayPercent.map(numbers.percent) ?? "–"
    switch (language, above) {
    case (.swedish, true): return "minst \(margin) procentenheter över totalresultatet (\(overall))"
    case (.swedish, false):
      return "minst \(margin) procentenheter under totalresultatet (\(overall))"
    case (.english, true):
      return "at least \(margin) percentage points above the total result (\(overall))"
    case (.english, false):
      return "at least \(margin) percentage points below the total result (\(overall))"
    }
  }

  /// A highlighted sub-area as "3.1 Strategi för styrning: 90 %".
  static func highlight(_ subArea: SubAreaScore, language: Language) -> String {
    let numbers = NumberStyle(language: language)
    let percent = subArea.score.displayPercent.map(numbers.percent) ?? "–"
    return "\(subArea.id) \(subArea.title.text(in: language)): \(percent)"
  }
}
