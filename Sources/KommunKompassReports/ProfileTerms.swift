import KommunKompass

/// Sentences of the profile that carry figures, in Swedish and English.
enum ProfileTerms {
  /// "66 av 100 poäng (66 %)", with a note when part of the maximum was not assessed.
  static func pointsSentence(_ score: Score, language: Language) -> String {
    let numbers = NumberStyle(language: language)
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
