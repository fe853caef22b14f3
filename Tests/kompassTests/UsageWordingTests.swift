import Foundation
import Testing

/// The argument parser's own phrases follow `--language`: Swedish by default, English on request.
@Suite("Usage errors and help in the output language")
struct UsageWordingTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let arguments: [String]
    let swedish: [String]
    let english: [String]
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let cases: [Case] = [
    Case(
      arguments: ["score"],
      swedish: [
        "Fel: Argumentet '<file>' saknas", "Användning: kompass score", "Se 'kompass score",
      ],
      english: ["Error: Missing expected argument '<file>'", "Usage: kompass score"]),
    Case(
      arguments: ["score", "--format", "xml", "x.json"],
      swedish: ["Fel: Värdet 'xml' är ogiltigt för '--format <format>'. Ange ett av 'text', "],
      english: ["Error: The value 'xml' is invalid for '--format <format>'. Please provide"]),
    Case(
      arguments: ["score", "--bogus", "x.json"],
      swedish: ["Fel: Okänd flagga '--bogus'"], english: ["Error: Unknown option '--bogus'"]),
    Case(
      arguments: ["score", "--help"],
      swedish: ["ANVÄNDNING: kompass score", "FLAGGOR:", "Visa hjälpen.", "standard: text)"],
      english: ["USAGE: kompass score", "OPTIONS:", "Show help information.", "default: text)"]),
  ]

  @Test("Swedish by default", arguments: cases)
  func swedish(testCase: Case) throws {
    let result = try KompassProcess.run(testCase.arguments)
    let text = result.standardOutput + result.standardError
    for phrase in testCase.swedish { #expect(text.contains(phrase), "missing: \(phrase)") }
    for phrase in testCase.english { #expect(!text.contains(phrase), "English: \(phrase)") }
    for word in ["Error:", "Usage:", "USAGE:", "OPTIONS:", "Show help"] {
      #expect(!text.contains(word))
    }
  }

  @Test("English with --language en", arguments: cases)
  func english(testCase: Case) throws {
    for spelling in [["--language", "en"], ["-l", "en"], ["--language=en"]] {
      let result = try KompassProcess.run(testCase.arguments + spelling)
      let text = result.standardOutput + result.standardError
      for phrase in testCase.english { #expect(text.contains(phrase), "missing: \(phrase)") }
    }
  }
}
