import ArgumentParser
import KommunKompass
import KommunKompassReports

/// The output formats of `score` and `profile`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, csv, markdown
}

extension CSVDialect: ExpressibleByArgument {}

/// Options shared by the commands that print a scorecard.
struct OutputOptions: ParsableArguments {
  @Option(name: [.customShort("f"), .long], help: "Format: text, json, csv eller markdown.")
  var format: OutputFormat = .text

  @Option(
    name: .customLong("csv-dialect"),
    help: "CSV-variant / CSV flavour: excel (svensk Excel: ; och decimalkomma) eller rfc4180 (, och decimalpunkt).")
  var csvDialect: CSVDialect = .excel

  @Option(
    name: [.customShort("o"), .long],
    help: ArgumentHelp("Skriv till en fil i stället för standard ut / write to a file.", valueName: "fil"))
  var output: String?

  @OptionGroup var language: LanguageOption

  /// Writes the rendered text to the output file (atomically) or to standard output.
  func emit(_ text: String) throws {
    if let output {
      try OutputFile.write(text, to: output, overwrite: true, language: language.language)
    } else {
      Terminal.write(text)
    }
  }
}
