extension Evaluation {
  /// Checks the total of a totals-only evaluation (``detail`` `.total`) against the rubric: points
  /// are a finite number from 0 to the rubric's maximum; a not-assessed or not-yet-scored total
  /// has nothing to check.
  ///
  /// - Parameters:
  ///   - assessment: The total's points or why it was not assessed, as read from the file.
  ///   - rubric: The rubric the evaluation names.
  /// - Returns: An error at `points` when the points are out of range; empty otherwise.
  package static func totalProblems(
    _ assessment: AreaEvaluation.Assessment?, against rubric: Rubric
  ) -> [Problem] {
    guard case .points(let points)? = assessment else { return [] }
    let maximum = rubric.maxPoints
    let allowed = "0–\(maximum.formattedPoints)"
    let path = JSONPath.root.appending("points")
    if !points.isFinite {
      return [
        Problem(
          path: path, kind: .notFinite,
          message: LocalizedText(
            sv: "totalen måste vara ett tal mellan \(allowed)",
            en: "the total must be a number from \(allowed)"))
      ]
    }
    guard points < 0 || points > maximum else { return [] }
    return [
      Problem(
        path: path, kind: .outOfRange,
        message: LocalizedText(
          sv:
            "totalen \(points.formattedPoints) ligger utanför det tillåtna, \(allowed) (maxpoängen i version \(rubric.revision) av Kommunkompassen)",
          en:
            "the total \(points.formattedPoints) is outside what is allowed, \(allowed) (the maximum of the \(rubric.revision) revision of Kommunkompassen)"
        ))
    ]
  }
}
