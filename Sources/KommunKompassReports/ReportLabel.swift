import KommunKompass

/// The fixed words and phrases of reports, in Swedish and English.
package enum ReportLabel: Sendable, CaseIterable {
  /// Column heading for achieved points.
  case achieved
  /// Column heading for maximum points.
  case maximum
  /// Column heading for percentages.
  case percent
  /// Label of an area's total row.
  case areaSum
  /// Label of the evaluation's total row.
  case total
  /// Label of the total row when a published total is shown beside it: the sum of the areas.
  case sumOfAreas
  /// Label of the total the source published.
  case publishedTotal
  /// Starts a note, such as why a published total differs from the sum of the areas.
  case note
  /// Shown for a sub-area that was not assessed.
  case notAssessed
  /// Shown for a sub-area that has no points yet.
  case notScoredYet
  /// Introduces the rubric an evaluation was made with.
  case rubric
  /// Heading of the profile's bar chart.
  case pointsProfile
  /// Heading of the evaluators' strengths.
  case strengths
  /// Heading of the evaluators' improvement opportunities.
  case improvements
  /// Heading of the sub-areas clearly above the overall level.
  case strongSubAreas
  /// Heading of the sub-areas clearly below the overall level.
  case weakSubAreas
  /// Heading of the evaluators' summary.
  case summary
  /// Heading of the highlighted good examples.
  case goodExamples
  /// "Area", as in "Area 3".
  case area
  /// "Sub-area" as a column heading.
  case subArea
  /// "Title" as a column heading.
  case title
  /// "Level" as a column heading (sub-area, area or total).
  case level
  /// "Status" as a column heading.
  case status
  /// Shown for a sub-area that was scored.
  case scored
  /// Shown where a list is empty.
  case none

  /// The label in the given language.
  package func text(in language: Language) -> String {
    switch (self, language) {
    case (.achieved, .swedish): "Uppnått"
    case (.achieved, .english): "Achieved"
    case (.maximum, _): "Max"
    case (.percent, .swedish): "Procent"
    case (.percent, .english): "Percent"
    case (.areaSum, .swedish): "Summa"
    case (.areaSum, .english): "Area total"
    case (.total, .swedish): "Totalt"
    case (.total, .english): "Total"
    case (.sumOfAreas, .swedish): "Summa av områdena"
    case (.sumOfAreas, .english): "Sum of the areas"
    case (.publishedTotal, .swedish): "Publicerad total"
    case (.publishedTotal, .english): "Published total"
    case (.note, .swedish): "Anmärkning"
    case (.note, .english): "Note"
    case (.notAssessed, .swedish): "ej bedömt"
    case (.notAssessed, .english): "not assessed"
    case (.notScoredYet, .swedish): "ännu inte poängsatt"
    case (.notScoredYet, .english): "not scored yet"
    case (.rubric, .swedish): "Version av Kommunkompassen"
    case (.rubric, .english): "Kommunkompassen version"
    case (.pointsProfile, .swedish): "Poängprofil per område"
    case (.pointsProfile, .english): "Points profile by area"
    case (.strengths, .swedish): "Styrkor"
    case (.strengths, .english): "Strengths"
    case (.improvements, .swedish): "Förbättringsmöjligheter"
    case (.improvements, .english): "Areas for improvement"
    case (.strongSubAreas, .swedish): "Starka delområden jämfört med totalresultatet"
    case (.strongSubAreas, .english): "Strong sub-areas compared with the total result"
    case (.weakSubAreas, .swedish): "Svaga delområden jämfört med totalresultatet"
    case (.weakSubAreas, .english): "Weak sub-areas compared with the total result"
    case (.summary, .swedish): "Sammanfattning"
    case (.summary, .english): "Summary"
    case (.goodExamples, .swedish): "Goda exempel"
    case (.goodExamples, .english): "Good examples"
    case (.area, .swedish): "Område"
    case (.area, .english): "Area"
    case (.subArea, .swedish): "Delområde"
    case (.subArea, .english): "Sub-area"
    case (.title, .swedish): "Rubrik"
    case (.title, .english): "Title"
    case (.level, .swedish): "Nivå"
    case (.level, .english): "Level"
    case (.status, _): "Status"
    case (.scored, .swedish): "poängsatt"
    case (.scored, .english): "scored"
    case (.none, .swedish): "inga angivna"
    case (.none, .english): "none recorded"
    }
  }
}
