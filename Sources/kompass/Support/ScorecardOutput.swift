import KommunKompass
import KommunKompassReports

/// Renders a scorecard in the format the user chose.
enum ScorecardOutput {
  /// What kind of output the command produces in text and Markdown formats.
  enum View {
    case table, profile
  }

  /// The rendered scorecard.
  static func render(_ scorecard: Scorecard, view: View, options: OutputOptions) throws -> String {
    let language = options.language.language
    switch options.format {
    case .text:
      switch view {
      case .table:
        return ScoreTableRenderer(language: language).render(scorecard)
      case .profile:
        let onTerminal = options.writesToStandardOutput && Terminal.outputIsTerminal
        return ProfileRenderer(
          language: language, barStyle: onTerminal ? .unicode : .plain,
          usesColor: options.writesToStandardOutput && Terminal.colorAllowed
        ).render(scorecard)
      }
    case .json:
      return try ScorecardDocument(scorecard, language: language).jsonText()
    case .csv:
      return ScorecardCSVWriter(dialect: options.csvDialect, language: language).render(scorecard)
    case .markdown:
      let renderer = MarkdownRenderer(language: language)
      return view == .table ? renderer.renderTable(scorecard) : renderer.renderProfile(scorecard)
    }
  }
}
