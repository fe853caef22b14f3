import Foundation
import KommunKompass
import Testing

@testable import KommunKompassReports

/// The follow-up renderers never let a plan's texts steer a terminal, break a Markdown table, run
/// as a spreadsheet formula or become HTML markup.
@Suite("Follow-up renderers and hostile plan texts")
struct FollowUpRendererTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The Testby 2018 → 2020 follow-up of one action whose title and note are hostile.
  static func followUp() throws -> PlanFollowUp {
    func load(_ year: Int) throws -> NamedEvaluation {
      let path = "Tests/KommunKompassTests/Fixtures/evaluations/testby-\(year).json"
      let evaluation = try #require(
        Evaluation.load(contentsOf: root.appendingPathComponent(path)).value)
      return NamedEvaluation(file: path, evaluation: evaluation)
    }
    let plan = ActionPlan(
      rubricID: "kommunkompassen-2020",
      municipality: Municipality(
        name: "Testby kommun", code: try #require(MunicipalityCode(rawValue: "1899"))),
      title: "<script>alert(1)</script>",
      evaluation: BaselineReference(date: try #require(CalendarDate("2018-10-15"))),
      actions: [
        PlanAction(
          id: "A1", title: HostileTextTests.hostile, targets: ["3.2", "4.1"], status: .ongoing,
          statusNote: "=HYPERLINK(\"http://example.invalid\")")
      ])
    let date = try #require(CalendarDate("2020-11"))
    return try #require(
      plan.followUp(before: try load(2018), after: try load(2020), asOf: date).value)
  }

  @Test("Text and Markdown escape the plan's texts; every Markdown table row keeps its columns")
  func textAndMarkdown() throws {
    let followUp = try Self.followUp()
    let text = FollowUpRenderer().text(followUp)
    HostileTextTests.expectSafe(text, "text")
    #expect(text.contains(#"A1 Ond\u{1B}[2J|*\u{202E}\u{D}\u{A}falsk rad [pågår]"#))
    let markdown = FollowUpRenderer(language: .english).markdown(followUp)
    HostileTextTests.expectSafe(markdown, "Markdown")
    var columns: Set<Int> = []
    for line in markdown.split(separator: "\n") where line.hasPrefix("|") {
      columns.insert(line.replacingOccurrences(of: #"\|"#, with: "").filter { $0 == "|" }.count)
    }
    #expect(columns == [8, 5], "7 columns in the action table, 4 in the area table")
  }

  @Test("CSV neutralises a formula in a status note and quotes a title with a line break")
  func csv() throws {
    let csv = FollowUpRenderer().csv(try Self.followUp(), dialect: .rfc4180)
    let note = "\"'=HYPERLINK(\"\"http://example.invalid\"\")\""
    let title = "\"\(HostileTextTests.hostile)\""
    #expect(csv.contains("\r\nA1,\(title),pågår,,\(note),0,3.2,3.2,20,33,50,82.5,"))
    #expect(csv.contains("\r\nA1,\(title),pågår,,\(note),0,4.1,4.1,15,10,75,50,försämring,,\r\n"))
  }

  @Test("HTML escapes the plan's texts and keeps the chart's text alternative")
  func html() throws {
    let html = HTMLReportRenderer(language: .swedish).followUpSection(try Self.followUp())
    HostileTextTests.expectSafe(html, "HTML", lineBreaksAreText: false)
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("<th scope=\"row\" rowspan=\"2\">A1 Ond"))
    #expect(
      html.contains(
        "<desc id=\"follow-up-bars-desc\">Stapeldiagram med antal åtgärder per område: planerade och bekräftade. 1. Samspel mellan förtroendevalda och medborgare: planerade 0, bekräftade 0; 2. Samhällsutveckling: planerade 0, bekräftade 0; 3. Styrning och kontroll: planerade 1, bekräftade 0; 4. Effektivitet: planerade 1, bekräftade 0;"
      ))
  }
}
