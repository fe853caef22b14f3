import KommunKompass

/// The fixed words and phrases of comparison reports (over time, against peers or a reference
/// profile, against targets), in Swedish and English.
///
/// The names of classifications, comparability levels and target statuses come from the library
/// (`ChangeClassification/title`, `Comparability/title`, `TargetStatus/title`); this enum
/// holds the rest.
package enum ComparisonLabel: Sendable, CaseIterable {
  /// Heading suffix of a comparison over time: "jämförelse över tid".
  case overTime
  /// Heading of the list of evaluations compared.
  case evaluations
  /// First column heading: the area or sub-area.
  case area
  /// Column heading for the maximum points of a row.
  case maximum
  /// Column heading for the change in points.
  case changeInPoints
  /// Column heading for the change in percentage points.
  case changeInPercentagePoints
  /// Column heading for the change's classification (improved, declined, …).
  case classification
  /// Column heading for how comparable a row is across rubric revisions.
  case comparability
  /// Heading of the largest improvements.
  case largestImprovements
  /// Heading of the largest declines.
  case largestDeclines
  /// Heading of the notes.
  case notes
  /// Heading of the crosswalk counterparts of each row in earlier revisions.
  case counterparts
  /// Label of the line that states the overlap between revisions.
  case overlap
  /// Heading of the rows of earlier revisions that were removed.
  case removedRows
  /// Label of the total row.
  case total
  /// Column heading for the municipality's own figure against peers or a reference.
  case municipality
  /// Column heading for the peers' mean.
  case mean
  /// Column heading for the peers' median.
  case median
  /// Column heading for the peers' lowest figure.
  case lowest
  /// Column heading for the peers' highest figure.
  case highest
  /// Column heading for the difference from the benchmark.
  case difference
  /// Column heading for the municipality's rank among the peers and itself.
  case rank
  /// Column heading for the reference profile's figure.
  case reference
  /// Column heading for the target points.
  case target
  /// Column heading for the baseline points.
  case baseline
  /// Column heading for the current points.
  case current
  /// Column heading for the points still to go to the target.
  case gap
  /// Column heading for the progress from baseline to target.
  case progress
  /// Column heading for a target row's status.
  case status
  /// "Evaluation", as in "Evaluation 2020-11".
  case evaluation
  /// Introduces the target date.
  case targetDate
  /// "Points" after a number, as in "+4 poäng".
  case points
  /// "pp" after a number: percentage points, as in "+40 p.e.".
  case percentagePointsUnit
  /// Shown where a list is empty.
  case none

  /// The label in the given language.
  package func text(in language: Language) -> String {
    switch (self, language) {
    case (.overTime, .swedish): "jämförelse över tid"
    case (.overTime, .english): "comparison over time"
    case (.evaluations, .swedish): "Utvärderingar"
    case (.evaluations, .english): "Evaluations"
    case (.area, .swedish): "Område"
    case (.area, .english): "Area"
    case (.maximum, _): "Max"
    case (.changeInPoints, .swedish): "Δ poäng"
    case (.changeInPoints, .english): "Δ points"
    case (.changeInPercentagePoints, .swedish): "Δ p.e."
    case (.changeInPercentagePoints, .english): "Δ pp"
    case (.classification, .swedish): "Förändring"
    case (.classification, .english): "Change"
    case (.comparability, .swedish): "Jämförbarhet"
    case (.comparability, .english): "Comparability"
    case (.largestImprovements, .swedish): "Största förbättringar"
    case (.largestImprovements, .english): "Largest improvements"
    case (.largestDeclines, .swedish): "Största försämringar"
    case (.largestDeclines, .english): "Largest declines"
    case (.notes, .swedish): "Noter"
    case (.notes, .english): "Notes"
    case (.counterparts, .swedish): "Motsvarigheter i tidigare versioner"
    case (.counterparts, .english): "Counterparts in earlier versions"
    case (.overlap, .swedish): "Överlapp"
    case (.overlap, .english): "Overlap"
    case (.removedRows, .swedish): "Borttaget i senare version"
    case (.removedRows, .english): "Removed in a later version"
    case (.total, .swedish): "Totalt"
    case (.total, .english): "Total"
    case (.municipality, .swedish): "Kommunen"
    case (.municipality, .english): "Municipality"
    case (.mean, .swedish): "Medelvärde"
    case (.mean, .english): "Mean"
    case (.median, _): "Median"
    case (.lowest, .swedish): "Lägst"
    case (.lowest, .english): "Lowest"
    case (.highest, .swedish): "Högst"
    case (.highest, .english): "Highest"
    case (.difference, .swedish): "Skillnad"
    case (.difference, .english): "Difference"
    case (.rank, .swedish): "Placering"
    case (.rank, .english): "Rank"
    case (.reference, .swedish): "Referens"
    case (.reference, .english): "Reference"
    case (.target, .swedish): "Mål"
    case (.target, .english): "Target"
    case (.baseline, .swedish): "Utgångsläge"
    case (.baseline, .english): "Baseline"
    case (.current, .swedish): "Nu"
    case (.current, .english): "Now"
    case (.gap, .swedish): "Kvar"
    case (.gap, .english): "To go"
    case (.progress, .swedish): "Framsteg"
    case (.progress, .english): "Progress"
    case (.status, _): "Status"
    case (.evaluation, .swedish): "Utvärdering"
    case (.evaluation, .english): "Evaluation"
    case (.targetDate, .swedish): "Måldatum"
    case (.targetDate, .english): "Target date"
    case (.points, .swedish): "poäng"
    case (.points, .english): "points"
    case (.percentagePointsUnit, .swedish): "p.e."
    case (.percentagePointsUnit, .english): "pp"
    case (.none, .swedish): "inga"
    case (.none, .english): "none"
    }
  }

  /// The name of a comparison level as CSV writes it: "delområde", "område", "totalt".
  package static func levelName(_ level: ComparisonLevel, in language: Language) -> String {
    switch (level, language) {
    case (.subArea, .swedish): "delområde"
    case (.subArea, .english): "sub-area"
    case (.area, .swedish): "område"
    case (.area, .english): "area"
    case (.total, .swedish): "totalt"
    case (.total, .english): "total"
    }
  }

  /// An evaluation's total as the list of evaluations shows it: the points, or, when the source
  /// published a total, the labelled sum of the areas and the published total beside it.
  static func totals(of evaluation: ComparedEvaluation, language: Language) -> [String] {
    let sum = ProfileTerms.pointsSentence(evaluation.total, language: language)
    guard let published = evaluation.publishedTotal else { return [sum] }
    let sumLabel = ReportLabel.sumOfAreas.text(in: language)
    let publishedLabel = ReportLabel.publishedTotal.text(in: language)
    return [
      "\(sumLabel.lowercased()) \(sum)",
      "\(publishedLabel.lowercased()) \(published.displayPoints)",
    ]
  }
}
