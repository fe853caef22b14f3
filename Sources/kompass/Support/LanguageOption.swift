import ArgumentParser
import KommunKompass

extension Language: ExpressibleByArgument {}

/// The `--language` option shared by every command that prints for people.
struct LanguageOption: ParsableArguments {
  @Option(
    name: [.customShort("l"), .long], help: "Språk för utskriften / output language: sv eller en.")
  var language: Language = .swedish
}
