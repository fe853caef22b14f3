import Foundation

@testable import KommunKompass

/// Random evaluation files, written as text with random key order, white space, escapes and
/// Unicode, valid for the full loader, for testing ``PeerFigureScanner`` against it.
struct RandomEvaluationFile {
  /// The file's bytes.
  var bytes: [UInt8]
  /// Whether the file has something the scanner leaves to the full loader on purpose (a text that
  /// starts with white space, an escaped id, `"points": null`, …), so it must return `nil`.
  var isUnusual: Bool

  /// A JSON value whose texts are already written as JSON (escapes included).
  indirect enum Value {
    case object([(key: String, value: Value)])
    case array([Value])
    /// The text between the quotes, as written in the file.
    case text(String)
    /// A number or literal, as written.
    case raw(String)
  }

  /// How white space is laid out.
  enum Layout: CaseIterable {
    case compact, twoSpaces, tabs, crlf, chaotic
  }

  /// Makes a random file for a rubric.
  ///
  /// - Parameters:
  ///   - areaLevel: Whether the file gives points per area (`"detail": "area"`).
  ///   - unusualRate: How likely each chance of something unusual is taken.
  ///   - warnings: Whether titles that are not the rubric's, published totals that do not agree
  ///     with the points and dates outside the rubric's period (which the loader warns about) may
  ///     be written.
  static func make(
    rubric: Rubric, areaLevel: Bool, unusualRate: Double = 0.002, warnings: Bool = true,
    using random: inout ScanRandom
  ) -> RandomEvaluationFile {
    var generator = Generator(random: random, unusualRate: unusualRate, warnings: warnings)
    let root = generator.evaluation(rubric: rubric, areaLevel: areaLevel)
    var writer = Writer(layout: generator.random.pick(Layout.allCases), random: generator.random)
    if writer.random.chance(0.1) { writer.output += [0xEF, 0xBB, 0xBF] }
    writer.write(root, depth: 0)
    writer.whitespace(depth: 0, newline: true)
    random = writer.random
    return RandomEvaluationFile(bytes: writer.output, isUnusual: generator.isUnusual)
  }

  /// Draws the content.
  private struct Generator {
    var random: ScanRandom
    var unusualRate: Double
    var warnings: Bool
    var isUnusual = false
    /// The points written, for a published total that agrees with them.
    var pointsSum = 0.0

    static let words = [
      "Kommunen", "arbetar", "systematiskt", "med", "uppföljning", "Årsredovisningen", "visar",
      "ökad",
      "nöjdhet", "bland", "medborgarna", "Ölands", "naïve", "e\u{301}tude", "“citat”", "–", "🙂",
      "𝄞", "中文",
      "a/b", "100 %", "Ω", "\u{00A0}fast", "ﬁ",
    ]
    static let escapes = [
      "\\\"", "\\\\", "\\/", "\\n", "\\t", "\\r", "\\b", "\\f", "\\u00e5", "\\u00C5",
      "\\ud83d\\ude00", "\\u2028", "\\u0000",
    ]
    static let visibleStarts = [
      "Det", "Å", "Ö", "🙂", "\\u00e5", "\\\"", "\\/", "\\ud83d\\ude00", "1", "(", "É",
    ]

    /// Whether to put something unusual in; records that the file then has one.
    mutating func unusual(_ scale: Double = 1) -> Bool {
      guard random.chance(unusualRate * scale) else { return false }
      isUnusual = true
      return true
    }

    /// A text as written in JSON, never empty after trimming (unless unusual: starting with space).
    mutating func text(words count: ClosedRange<Int> = 1...12) -> Value {
      var parts: [String] = []
      if unusual() {
        parts.append(random.pick([" ", "\\n", "\\t", "\\u0020", "\\u00a0", "\u{2003}"]))
      }
      parts.append(random.pick(Self.visibleStarts))
      for _ in 0..<Int.random(in: count, using: &random) {
        parts.append(random.chance(0.1) ? random.pick(Self.escapes) : random.pick(Self.words))
      }
      return .text(parts.joined(separator: random.chance(0.9) ? " " : ""))
    }

    mutating func texts(_ count: ClosedRange<Int>) -> Value {
      if random.chance(0.05) { return .raw("null") }
      return .array((0..<Int.random(in: count, using: &random)).map { _ in text() })
    }

    mutating func optionalText() -> Value {
      random.chance(0.15) ? .raw("null") : text()
    }

    mutating func date(years: ClosedRange<Int> = 1990...2030) -> String {
      let year = Int.random(in: years, using: &random)
      if random.chance(0.1) { return String(format: "%04d", year) }
      let month = Int.random(in: 1...12, using: &random)
      guard random.chance(0.6) else { return String(format: "%04d-%02d", year, month) }
      let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
      return String(format: "%04d-%02d-%02d", year, month, Int.random(in: 1...days, using: &random))
    }

    /// An id as written: usually exact, rarely escaped or padded (which the loader accepts).
    mutating func id(_ id: String) -> Value {
      if unusual() {
        if random.chance(0.5) {
          return .text(id + " ")
        }
        let scalars = id.unicodeScalars.map { String(format: "\\u%04x", $0.value) }
        return .text(scalars.joined())
      }
      return .text(id)
    }

    /// Points from 0 to `maximum`, written in one of the ways evaluators and tools write them.
    mutating func points(maximum: Double) -> Value {
      let value = pointsLiteral(maximum: maximum)
      if case .raw(let literal) = value, let points = Double(literal), points >= 0 {
        pointsSum += points
      }
      return value
    }

    mutating func pointsLiteral(maximum: Double) -> Value {
      if unusual() { return .raw(random.chance(0.5) ? "null" : "-0") }
      switch Int.random(in: 0..<20, using: &random) {
      case 0: return .raw("0")
      case 1: return .raw(maximum.formattedForJSON)
      case 2:
        // Exponent form, read by the slow path.
        let hundredths = Int.random(in: 0...Int(maximum * 100), using: &random)
        return .raw(random.chance(0.5) ? "\(hundredths)e-2" : "\(Double(hundredths) / 100)E0")
      case 3:
        // Many digits, also the slow path.
        let value = Double.random(in: 0...maximum, using: &random)
        return .raw(String(format: "%.17f", value))
      default:
        let decimals = Int.random(in: 0...3, using: &random)
        let scale = pow(10, Double(decimals))
        let value = min(
          maximum, (Double.random(in: 0...1, using: &random) * maximum * scale).rounded() / scale)
        return .raw(String(format: "%.\(decimals)f", value))
      }
    }

    /// `points` or `notAssessed` for a part with this maximum.
    mutating func assessment(maximum: Double) -> [(key: String, value: Value)] {
      if random.chance(0.12) { return [("notAssessed", text())] }
      return [("points", points(maximum: maximum))]
    }

    /// The evaluation's date: within the rubric's period of use, and sometimes (a warning) outside.
    mutating func evaluationDate(rubric: Rubric) -> String {
      guard let period = rubric.periodOfUse else { return date() }
      if warnings && random.chance(0.05) { return date(years: 1990...(period.from - 1)) }
      return date(years: period.from...(period.until ?? period.from + 10))
    }

    /// A title: usually the rubric's in one of its spellings, sometimes another text (a warning).
    mutating func title(_ title: LocalizedText, aliases: [String]) -> Value {
      let spellings =
        [title.swedish, title.swedish, title.swedish] + (title.english.map { [$0] } ?? []) + aliases
      switch Int.random(in: 0..<10, using: &random) {
      case 0: return .raw("null")
      case 1: return .text(title.swedish.uppercased().jsonEscaped)
      case 2: return .text(title.swedish.replacingOccurrences(of: " ", with: "  ").jsonEscaped)
      case 3 where warnings: return text()
      default: return .text(random.pick(spellings).jsonEscaped)
      }
    }

    mutating func finding() -> Value {
      var members: [(key: String, value: Value)] = [
        ("text", text(words: 3...20)),
        (
          "source",
          .text(unusual() ? " interview" : random.pick(["interview", "document", "website"]))
        ),
      ]
      if random.chance(0.5) { members.append(("reference", optionalText())) }
      if random.chance(0.3) {
        members.append(("date", random.chance(0.2) ? .raw("null") : .text(date())))
      }
      if random.chance(0.3) { members.append(("recordedBy", optionalText())) }
      if random.chance(0.2) {
        members.append(("carriedOverFrom", random.chance(0.2) ? .raw("null") : .text(date())))
      }
      return .object(members.shuffled(using: &random))
    }

    mutating func subArea(_ rubricSubArea: RubricSubArea) -> Value {
      var members: [(key: String, value: Value)] = [("id", id(rubricSubArea.id))]
      members += assessment(maximum: rubricSubArea.maxPoints)
      if random.chance(0.5) {
        members.append(("title", title(rubricSubArea.title, aliases: rubricSubArea.aliases)))
      }
      if random.chance(0.3) { members.append(("guidance", texts(0...3))) }
      if random.chance(0.9) {
        members.append(
          (
            "findings",
            random.chance(0.05)
              ? .raw("null")
              : .array((0..<Int.random(in: 0...3, using: &random)).map { _ in finding() })
          ))
      }
      return .object(members.shuffled(using: &random))
    }

    mutating func area(_ rubricArea: RubricArea, areaLevel: Bool) -> Value {
      var members: [(key: String, value: Value)] = [("id", id(rubricArea.id))]
      if areaLevel {
        members += assessment(maximum: rubricArea.maxPoints)
      } else {
        members.append(
          ("subAreas", .array(rubricArea.subAreas.shuffled(using: &random).map { subArea($0) })))
      }
      if random.chance(0.4) {
        members.append(("title", title(rubricArea.title, aliases: rubricArea.aliases)))
      }
      for key in ["strengths", "improvements", "previousStrengths", "previousImprovements"]
      where random.chance(0.6) {
        members.append((key, texts(0...4)))
      }
      return .object(members.shuffled(using: &random))
    }

    mutating func evaluation(rubric: Rubric, areaLevel: Bool) -> Value {
      // A real municipality under a name the register accepts for its code, or a made-up one
      // (any code, real ones included) marked fictitious.
      var municipality: [(key: String, value: Value)]
      if random.chance(0.5) {
        let (name, code) =
          unusual()
          ? ("Ume\\u00e5 kommun", "2480")
          : random.pick([
            ("Umeå kommun", "2480"), ("Umea\u{30A} kommun", "2480"), ("Kumla kommun", "1881"),
            ("göteborgs stad", "1480"), ("Region Gotland", "0980"), ("Falu kommun", "2080"),
          ])
        municipality = [("name", .text(name)), ("code", .text(code))]
        if random.chance(0.2) { municipality.append(("fictitious", .raw("false"))) }
      } else {
        let county = random.pick(MunicipalityCode.countyCodes.sorted())
        let code = county + String(format: "%02d", Int.random(in: 0...99, using: &random))
        let name = random.pick(["Testkommun \(code)", "Ørsted ", "Kumla kommun", "Umeå kommun"])
        municipality = [("name", .text(name)), ("code", .text(code)), ("fictitious", .raw("true"))]
      }
      var members: [(key: String, value: Value)] = [
        ("rubric", .text(rubric.id)),
        ("municipality", .object(municipality.shuffled(using: &random))),
        ("date", .text(evaluationDate(rubric: rubric))),
        ("kind", .text(random.pick(["external", "selfAssessment"]))),
        (
          "areas",
          .array(rubric.areas.shuffled(using: &random).map { area($0, areaLevel: areaLevel) })
        ),
      ]
      if areaLevel {
        members.append(("detail", .text("area")))
      } else if random.chance(0.3) {
        members.append(("detail", .text("subArea")))
      }
      if random.chance(0.7) { members.append(("formatVersion", .raw(unusual() ? "1.0" : "1"))) }
      if random.chance(0.2) {
        members.append(
          ("$schema", unusual() ? .object([]) : .text("../Rubrics/evaluation.schema.json")))
      }
      if random.chance(0.6) { members.append(("evaluators", texts(0...3))) }
      if random.chance(0.5) {
        if random.chance(0.1) {
          members.append(("sources", .raw("null")))
        } else {
          var sources: [(key: String, value: Value)] = []
          if random.chance(0.8) {
            sources.append(
              (
                "interviews",
                .raw(
                  unusual()
                    ? "3.0"
                    : random.chance(0.1) ? "null" : "\(Int.random(in: 0...60, using: &random))")
              ))
          }
          if random.chance(0.8) { sources.append(("description", optionalText())) }
          members.append(("sources", .object(sources.shuffled(using: &random))))
        }
      }
      if random.chance(0.5) { members.append(("provenance", optionalText())) }
      if random.chance(0.6) { members.append(("summary", texts(0...4))) }
      if random.chance(0.5) {
        members.append(
          (
            "goodExamples",
            .array(
              (0..<Int.random(in: 0...4, using: &random)).map { _ in
                var example: [(key: String, value: Value)] = [("text", text())]
                if random.chance(0.7) {
                  example.append(
                    (
                      "area",
                      random.chance(0.2) ? .raw("null") : .text(random.pick(rubric.areas).id)
                    ))
                }
                return .object(example.shuffled(using: &random))
              })
          ))
      }
      if random.chance(0.3) {
        // Usually the sum of the points as published (rounded), sometimes any number (a warning).
        let total =
          random.chance(0.7) || !warnings
          ? pointsSum.rounded()
          : Double.random(in: 0...rubric.maxPoints, using: &random).rounded(.down)
        members.append(("publishedTotal", .raw(String(format: "%.0f", total))))
      }
      return .object(members.shuffled(using: &random))
    }
  }

  /// Writes values with the layout's white space.
  private struct Writer {
    var layout: Layout
    var random: ScanRandom
    var output: [UInt8] = []

    mutating func whitespace(depth: Int, newline: Bool) {
      switch layout {
      case .compact:
        break
      case .twoSpaces, .tabs, .crlf:
        guard newline else { return }
        output += layout == .crlf ? [0x0D, 0x0A] : [0x0A]
        let unit: [UInt8] = layout == .tabs ? [0x09] : [0x20, 0x20]
        for _ in 0..<depth { output += unit }
      case .chaotic:
        for _ in 0..<Int.random(in: 0...3, using: &random) {
          output.append(random.pick([0x20, 0x0A, 0x09, 0x0D]))
        }
      }
    }

    mutating func write(_ value: Value, depth: Int) {
      switch value {
      case .text(let text):
        output.append(UInt8(ascii: "\""))
        output += Array(text.utf8)
        output.append(UInt8(ascii: "\""))
      case .raw(let raw):
        output += Array(raw.utf8)
      case .array(let elements):
        output.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
          if index > 0 { output.append(UInt8(ascii: ",")) }
          whitespace(depth: depth + 1, newline: true)
          write(element, depth: depth + 1)
        }
        if !elements.isEmpty { whitespace(depth: depth, newline: true) }
        output.append(UInt8(ascii: "]"))
      case .object(let members):
        output.append(UInt8(ascii: "{"))
        for (index, member) in members.enumerated() {
          if index > 0 { output.append(UInt8(ascii: ",")) }
          whitespace(depth: depth + 1, newline: true)
          output.append(UInt8(ascii: "\""))
          output += Array(member.key.utf8)
          output.append(UInt8(ascii: "\""))
          if layout == .chaotic { whitespace(depth: 0, newline: false) }
          output.append(UInt8(ascii: ":"))
          if layout != .compact { output.append(0x20) }
          write(member.value, depth: depth + 1)
        }
        if !members.isEmpty { whitespace(depth: depth, newline: true) }
        output.append(UInt8(ascii: "}"))
      }
    }
  }
}

extension Double {
  /// The number as a JSON literal: whole numbers without a decimal point.
  fileprivate var formattedForJSON: String {
    rounded() == self ? String(format: "%.0f", self) : "\(self)"
  }
}

extension String {
  /// The text with `"` and `\` escaped, to write between quotes in JSON.
  fileprivate var jsonEscaped: String {
    replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
  }
}
