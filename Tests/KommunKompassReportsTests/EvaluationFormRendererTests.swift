import Foundation
import KommunKompass
import Testing

@testable import KommunKompassReports

@Suite("Evaluation form renderer")
struct EvaluationFormRendererTests {
  static let templateFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/KommunKompassReports/Form/Template")

  @Test(
    "The embedded template is the one in the source tree",
    arguments: ["form.html", "form.css", "form.js"])
  func embedded(_ name: String) throws {
    let onDisk = try String(
      contentsOf: Self.templateFolder.appendingPathComponent(name), encoding: .utf8)
    #expect(!onDisk.isEmpty)
    #expect(EvaluationFormRenderer.templateFile(name) == onDisk)
  }

  @Test("Placeholders are filled in one pass; unknown ones and values are left as they are")
  func fill() {
    let filled = EvaluationFormRenderer.fill(
      "<p>{{a}} {{b}} {{unknown}} {{</p>", with: ["a": "{{b}}", "b": "B"])
    #expect(filled == "<p>{{b}} B {{unknown}} {{</p>")
  }

  @Test("The page names the language, the title and the rubric, and carries no placeholder")
  func page() throws {
    let rubric = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2016"))
    let html = EvaluationFormRenderer(language: .english).render(rubric: rubric)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(
      html.contains(
        "<title>Evaluation form – Kommunkompassen 2016 (Municipal Compass)</title>"))
    #expect(html.contains("\"rubric\":\"kommunkompassen-2016\""))
    for placeholder in ["{{language}}", "{{title}}", "{{css}}", "{{script}}", "{{data}}"] {
      #expect(!html.contains(placeholder))
    }
  }
}
