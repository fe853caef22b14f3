extension ReferenceProfile {
  /// Benchmarks a municipality against the profile: per area and for the total, the municipality's
  /// points on the full maximum, the profile's points and the difference. There are no statistics
  /// or ranks, and the result is labelled as a reference profile.
  ///
  /// - Parameters:
  ///   - subject: The municipality's scorecard, scored with the profile's rubric.
  ///   - file: The file of its evaluation, for problems.
  /// - Returns: The comparison, or an error when the rubrics differ.
  public func comparison(for subject: Scorecard, file: String? = nil) -> Checked<
    BenchmarkComparison
  > {
    guard subject.rubricID == rubricID else {
      return Checked(
        value: nil,
        problems: [
          Problem(
            file: file, path: JSONPath.root.appending("rubric"), kind: .rubricMismatch,
            message: LocalizedText(
              sv:
                "utvärderingen är gjord med \(subject.rubricID), men referensprofilen \(id) med \(rubricID)",
              en:
                "the evaluation was made with \(subject.rubricID), but the reference profile \(id) with \(rubricID)"
            ))
        ])
    }
    var rows = subject.areas.map { area -> BenchmarkRow in
      let figure = subject.pooledFigure(of: [area.id])
      return row(
        id: area.id, level: .area, title: area.title, maxPoints: area.score.maxPoints,
        figure: figure,
        reference: points(ofArea: area.id))
    }
    let subjectTotal = subject.totalFigure
    let referenceTotal =
      total
      ?? {
        // A totals-only subject has no areas to add the profile's points over.
        let values = subject.areas.map { points(ofArea: $0.id) }
        guard !values.isEmpty, values.allSatisfy({ $0 != nil }) else { return nil }
        return ExactArithmetic.sum(values.compactMap { $0 })
      }()
    rows.append(
      row(
        id: "total", level: .total, title: LocalizedText(sv: "Totalt", en: "Total"),
        maxPoints: subject.total.maxPoints, figure: subjectTotal, reference: referenceTotal))
    let note = LocalizedText(
      sv:
        "Jämförelsen gäller referensprofilen \(title.swedish)\(source.map { " (\($0))" } ?? ""), inte en grupp jämförelsekommuner.",
      en:
        "The comparison is with the reference profile \(title.text(in: .english))\(source.map { " (\($0))" } ?? ""), not with a group of peers."
    )
    let totalOnly =
      subject.detail == .total
      ? [
        LocalizedText(
          sv: "Utvärderingen har bara sin total, så bara totalen jämförs med referensprofilen.",
          en: "The evaluation has its total only, so only the total is compared with the profile.")
      ] : []
    return Checked(
      value: BenchmarkComparison(
        municipality: subject.municipality, date: subject.date, file: file, rubricID: rubricID,
        basis: .reference(id: id, title: title), peerCount: 0, hasTooFewPeers: false, rows: rows,
        notes: totalOnly + [note]),
      problems: [])
  }

  private func row(
    id: String, level: ComparisonLevel, title: LocalizedText, maxPoints: Double,
    figure: ComparedValue,
    reference: Double?
  ) -> BenchmarkRow {
    let own = figure.pointsOnFullMaximum
    var row = BenchmarkRow(
      id: id, level: level, title: title, maxPoints: maxPoints, subject: figure, subjectPoints: own,
      referencePoints: reference)
    if let own, let reference {
      row.difference = ExactArithmetic.difference(own, reference)
    } else if reference == nil {
      row.note = LocalizedText(
        sv: "referensprofilen har inget värde här", en: "the reference profile has no value here")
    } else {
      row.note = LocalizedText(
        sv: "kommunen har inga bedömda poäng här",
        en: "the municipality has no assessed points here")
    }
    return row
  }
}
