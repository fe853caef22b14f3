import KommunKompass
import KommunKompassReports

/// Renders the comparisons of `kompass compare` in the format the user chose.
enum ComparisonOutput {
  /// A comparison over time.
  static func render(_ comparison: TimeComparison, options: OutputOptions) throws -> String {
    let language = options.language.language
    switch options.format {
    case .text: return TimeComparisonRenderer(language: language).renderText(comparison)
    case .markdown: return TimeComparisonRenderer(language: language).renderMarkdown(comparison)
    case .json: return try TimeComparisonDocument(comparison, language: language).jsonText()
    case .csv:
      return TimeComparisonCSVWriter(dialect: options.csvDialect, language: language).render(
        comparison)
    }
  }

  /// A comparison with peers or a reference profile.
  static func render(
    _ comparison: BenchmarkComparison, skippedFiles: [String], options: OutputOptions
  ) throws
    -> String
  {
    let language = options.language.language
    switch options.format {
    case .text:
      return BenchmarkRenderer(language: language).renderText(
        comparison, skippedFiles: skippedFiles)
    case .markdown:
      return BenchmarkRenderer(language: language).renderMarkdown(
        comparison, skippedFiles: skippedFiles)
    case .json:
      return try BenchmarkDocument(comparison, language: language, skippedFiles: skippedFiles)
        .jsonText()
    case .csv:
      return BenchmarkCSVWriter(dialect: options.csvDialect, language: language).render(comparison)
    }
  }

  /// A comparison with targets.
  static func render(
    _ comparison: TargetComparison, currentFile: String, baselineFile: String?,
    options: OutputOptions
  ) throws -> String {
    let language = options.language.language
    switch options.format {
    case .text:
      return TargetRenderer(language: language).renderText(
        comparison, currentFile: currentFile, baselineFile: baselineFile)
    case .markdown:
      return TargetRenderer(language: language).renderMarkdown(
        comparison, currentFile: currentFile, baselineFile: baselineFile)
    case .json:
      return try TargetDocument(
        comparison, language: language, currentFile: currentFile, baselineFile: baselineFile
      )
      .jsonText()
    case .csv:
      return TargetCSVWriter(dialect: options.csvDialect, language: language).render(comparison)
    }
  }
}
