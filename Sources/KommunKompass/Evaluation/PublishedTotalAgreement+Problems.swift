extension PublishedTotalAgreement {
  /// What a published total says about the figures it was published with.
  enum Verdict: Equatable, Sendable {
    /// The total equals the sum after rounding both to whole points: nothing to say.
    case agrees
    /// The two differ by one point, which rounding of the published figures probably explains.
    case roundingLikely
    /// The two differ by two points or more; rounding explains it only if at least `figures` of
    /// the rounded figures were all rounded the same way, which is unlikely.
    case roundingUnlikely(figures: Int)
    /// Rounding cannot explain the difference.
    case unexplained
  }

  /// The verdict on a published total against ``sum``.
  ///
  /// The two agree when both round to the same whole number. Otherwise the difference is a
  /// note when rounding can explain it (the total may be off by 0.5 and each whole figure by 0.5,
  /// see ``slack``): "probably rounding" for one point, "unlikely" from two points, since that
  /// needs several figures all rounded the same way. Beyond what rounding can explain it is a
  /// warning.
  func verdict(on total: Double) -> Verdict {
    if DisplayRounding.wholeNumber(total) == DisplayRounding.wholeNumber(sum) { return .agrees }
    guard explains(total) else { return .unexplained }
    let difference = abs(total - sum)
    if difference < 1.5 { return .roundingLikely }
    // 0.5 for the total and 0.5 for each figure rounded the same way must reach the difference.
    return .roundingUnlikely(figures: Int((2 * difference - 1 - 1e-9).rounded(.up)))
  }

  /// Whether a published total gives no problem at all: the rule the peer scanner follows to read
  /// a file only when the loader reports nothing.
  func isSilent(about total: Double) -> Bool { verdict(on: total) == .agrees }

  /// The note or warning about a published total that differs from ``sum``, or `nil` when the two
  /// agree.
  ///
  /// - Parameters:
  ///   - total: The published total.
  ///   - path: Where the total is in the file (`publishedTotal`, or `total` in a reference
  ///     profile).
  ///   - figures: What was summed, in Swedish and English ("poängen i filen", "the points in the
  ///     file").
  func problem(
    about total: Double, at path: JSONPath,
    figures: (sv: String, en: String) = ("poängen i filen", "the points in the file")
  ) -> Problem? {
    let verdict = verdict(on: total)
    let published = total.formattedForMessage
    let summed = sum.formattedForMessage
    let rounded = DisplayRounding.wholeNumber(sum)
    let sumText = sum == sum.rounded() ? summed : "\(summed) (avrundat \(rounded))"
    let sumTextEnglish = sum == sum.rounded() ? summed : "\(summed) (rounded \(rounded))"
    let difference = DecimalText.format(abs(total - sum), maximumDecimals: 2)
    let head = (
      sv:
        "den publicerade totalen \(published) skiljer sig från summan av \(figures.sv), \(sumText)",
      en:
        "the published total \(published) differs from the sum of \(figures.en), \(sumTextEnglish)"
    )
    switch verdict {
    case .agrees:
      return nil
    case .roundingLikely:
      return Problem(
        path: path, kind: .publishedTotalMismatch, severity: .note,
        message: LocalizedText(
          sv:
            "\(head.sv); skillnaden, \(difference), beror troligen på avrundning av de publicerade poängen",
          en:
            "\(head.en); the difference, \(difference), is probably due to rounding of the published figures"
        ))
    case .roundingUnlikely(let count):
      return Problem(
        path: path, kind: .publishedTotalMismatch, severity: .note,
        message: LocalizedText(
          sv:
            "\(head.sv); skillnaden, \(difference), kan bara förklaras av avrundning om minst \(count) av \(wholeFigures) heltal avrundats åt samma håll, vilket är osannolikt; kontrollera totalen och poängen",
          en:
            "\(head.en); the difference, \(difference), can only be explained by rounding if at least \(count) of \(wholeFigures) whole figures were rounded the same way, which is unlikely; check the total and the points"
        ))
    case .unexplained:
      var swedish = "\(head.sv); skillnaden, \(difference), kan inte förklaras av avrundning"
      var english = "\(head.en); the difference, \(difference), cannot be explained by rounding"
      if wholeFigures > 0 {
        let low = explainedTotals.lowest.formattedForMessage
        let high = explainedTotals.highest.formattedForMessage
        swedish +=
          ": \(wholeFigures) av poängen är heltal och kan vara avrundade, men avrundning förklarar bara en total från \(low) till \(high)"
        english +=
          ": \(wholeFigures) of the figures are whole numbers and may be rounded, but rounding only explains a total from \(low) to \(high)"
      }
      return Problem(
        path: path, kind: .publishedTotalMismatch, severity: .warning,
        message: LocalizedText(
          sv: swedish + "; kontrollera totalen och poängen",
          en: english + "; check the total and the points"))
    }
  }
}
