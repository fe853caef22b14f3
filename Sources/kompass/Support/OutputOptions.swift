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
    help:
      "CSV-variant / CSV flavour: excel (svensk Excel: ; och decimalkomma) eller rfc4180 (, och decimalpunkt)."
  )
  var csvDialect: CSVDialect = .excel

  @Option(
    name: [.customShort("o"), .long],
    help: ArgumentHelp(
      "Skriv till en fil i stället för standard ut (- är standard ut) / write to a file (- is standard output).",
      valueName: "fil"))
  var output: String?

  @Flag(
    help:
      "Ersätt även en befintlig datafil (utvärdering, version, profil, plan) / replace a data file too."
  )
  var force = false

  @OptionGroup var language: LanguageOption

  /// Whether the output goes to standard output (no `--output`, or `--output -`).
  var writesToStandardOutput: Bool { output == nil || output == "-" }

  /// Writes the rendered text to the output file (atomically) or to standard output.
  ///
  /// - Parameter inputs: The command's input files, which the output may never be.
  func emit(_ text: String, inputs: [String]) throws {
    if let output {
      try OutputFile(
        path: output, replacing: force ? .anything : .exports, inputs: inputs,
        language: language.language
      )
      .write(text)
    } else {
      Terminal.write(text)
    }
  }

  /// What the help of a command with `--output` says about the files it replaces.
  static let replacementHelp = """
    --output skriver aldrig över en av kommandots indatafiler och ersätter en befintlig datafil \
    (utvärdering, version av Kommunkompassen, övergångstabell, profil eller plan) bara med \
    --force; en tidigare rapport eller export ersätts. En symbolisk länk följs, en enhet eller FIFO skrivs direkt, och \
    en fil skrivs via en tillfällig fil som byts in i ett steg och behåller den gamla filens \
    rättigheter. / --output never overwrites an input and replaces a data file only with --force; \
    an earlier report or export is replaced. Links are followed, devices and FIFOs written directly.
    """
}
