import KommunKompass

/// The fixed words and phrases of reports, in Swedish and English.
public enum ReportLabel: Sendable, CaseIterable {
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
  /// Shown for a sub-area that was not assessed.
  case notAssessed
  /// Shown for a sub-area that has no points yet.
  case notScoredYet
  /// Introduces the rubric an evaluation was made with.
  case rubric

  /// The label in the given language.
  public func text(in language: Language) -> String {
    switch (self, language) {
    case (.achieved, .swedish): "Uppnått"
    case (.achieved, .english): "Achieved"
    case (.maximum, _): "Max"
    case (.percent, .swedish): "Procent"
    case (.percent, .english): "Percent"
    case (.areaSum, .swedish): "Summa"
    case (.areaSum, .english): "Sum"
    case (.total, .swedish): "Totalt"
    case (.total, .english): "Total"
    case (.notAssessed, .swedish): "ej bedömt"
    case (.notAssessed, .english): "not assessed"
    case (.notScoredYet, .swedish): "ej poängsatt"
    case (.notScoredYet, .english): "not scored"
    case (.rubric, .swedish): "Rubrik"
    case (.rubric, .english): "Rubric"
    }
  }
}
