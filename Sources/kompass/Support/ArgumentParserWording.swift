import Foundation
import KommunKompass

/// Swedish wording for the fixed English phrases of swift-argument-parser.
///
/// The argument parser writes its help headings (`USAGE:`, `OPTIONS:`), the help and version flags'
/// descriptions and its usage errors (`Error: Missing expected argument …`) in English, with no
/// way to localise them. When the output language is Swedish, ``swedish(_:)`` rewrites the phrases
/// it knows, word for word where a value is quoted in them, and leaves anything else as it is.
enum ArgumentParserWording {
  /// A phrase of the argument parser and its Swedish wording; `$1`… take the captured values.
  private struct Phrase {
    let pattern: NSRegularExpression?
    let template: String

    init(_ pattern: String, _ template: String) {
      // The patterns below are constants, exercised end to end by the usage-wording tests; one
      // that failed to compile would leave its phrase in English.
      self.pattern = try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
      self.template = template
    }
  }

  /// Longer phrases first, so a heading inside a sentence is not rewritten on its own.
  private static let phrases: [Phrase] = [
    Phrase(
      #"See '([^']+) <subcommand>' for detailed help\."#,
      "Se '$1 <underkommando>' för hjälp om ett kommando."),
    Phrase(#"See '([^']+)' for more information\."#, "Se '$1' för mer information."),
    Phrase(#"Missing expected argument '([^']+)'"#, "Argumentet '$1' saknas"),
    Phrase(#"Missing value for '([^']+)'"#, "Värde saknas för '$1'"),
    Phrase(#"Missing required subcommand\."#, "Ett underkommando saknas."),
    Phrase(#"Missing one of: '([^']+)'"#, "En av dessa saknas: '$1'"),
    Phrase(
      #"Unknown option '([^']+)'\. Did you mean '([^']+)'\?"#,
      "Okänd flagga '$1'. Menade du '$2'?"),
    Phrase(#"Unknown option '([^']+)'"#, "Okänd flagga '$1'"),
    Phrase(#"Invalid option: (\S+)"#, "Ogiltig flagga: $1"),
    Phrase(#"Unexpected argument '([^']+)'"#, "Oväntat argument '$1'"),
    Phrase(
      #"The option '([^']+)' does not take any value, but '([^']+)' was specified\."#,
      "Flaggan '$1' tar inget värde, men '$2' angavs."),
    Phrase(
      #"Please provide one of ((?:'[^']+'(?:, | or )?)+)\."#,
      "Ange ett av $1."),
    Phrase(#"The value '([^']*)' is invalid for '([^']+)'"#, "Värdet '$1' är ogiltigt för '$2'"),
    Phrase(#"The value '([^']*)' is invalid\."#, "Värdet '$1' är ogiltigt."),
    Phrase(#"Show help information\."#, "Visa hjälpen."),
    Phrase(#"Show the version\."#, "Visa versionen."),
    Phrase(#"^Error: "#, "Fel: "),
    Phrase(#"^Help:  "#, "Hjälp: "),
    Phrase(#"^Usage: "#, "Användning: "),
    Phrase(#"^USAGE: "#, "ANVÄNDNING: "),
    Phrase(#"^OVERVIEW: "#, "ÖVERSIKT: "),
    Phrase(#"^OPTIONS:$"#, "FLAGGOR:"),
    Phrase(#"^ARGUMENTS:$"#, "ARGUMENT:"),
    Phrase(#"^SUBCOMMANDS:$"#, "UNDERKOMMANDON:"),
    Phrase(#"\(values: "#, "(värden: "),
    Phrase(#"\(values:$"#, "(värden:"),
    Phrase(#"; default: "#, "; standard: "),
    Phrase(#"\(default: "#, "(standard: "),
    Phrase(#"' or '"#, "' eller '"),
    Phrase(#"\[<options>\]"#, "[<flaggor>]"),
    Phrase(#"<subcommand>"#, "<underkommando>"),
  ]

  /// The message with the argument parser's English phrases in Swedish.
  static func swedish(_ message: String) -> String {
    phrases.reduce(message) { text, phrase in
      guard let pattern = phrase.pattern else { return text }
      return pattern.stringByReplacingMatches(
        in: text, range: NSRange(text.startIndex..., in: text), withTemplate: phrase.template)
    }
  }

  /// The language the command line asks for with `--language`/`-l`, Swedish by default; read
  /// before parsing, so that the parser's own messages follow it too.
  static func language(of arguments: [String]) -> Language {
    var index = arguments.startIndex
    while index < arguments.endIndex {
      let argument = arguments[index]
      if argument == "--" { break }
      for prefix in ["--language=", "-l="] where argument.hasPrefix(prefix) {
        return Language(rawValue: String(argument.dropFirst(prefix.count))) ?? .swedish
      }
      if argument == "--language" || argument == "-l", index + 1 < arguments.endIndex {
        return Language(rawValue: arguments[index + 1]) ?? .swedish
      }
      index += 1
    }
    return .swedish
  }

  /// The message in the output language: rewritten to Swedish unless English was asked for.
  static func localized(_ message: String, arguments: [String]) -> String {
    language(of: arguments) == .english ? message : swedish(message)
  }
}
