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

  @Test(
    "The page embeds the register's codes, names and accepted name forms, as the library reads them"
  )
  func register() throws {
    let rubric = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2020"))
    let html = EvaluationFormRenderer().render(rubric: rubric)
    let start = try #require(html.range(of: "<script type=\"application/json\" id=\"form-data\">"))
    let end = try #require(html[start.upperBound...].range(of: "</script>"))
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8))
        as? [String: Any])
    let municipalities = try #require(json["municipalities"] as? [[String: Any]])
    #expect(municipalities.count == 290)
    let hudiksvall = try #require(municipalities.first { $0["code"] as? String == "2184" })
    #expect(hudiksvall["name"] as? String == "Hudiksvalls kommun")
    let forms = try #require(hudiksvall["forms"] as? [String])
    #expect(forms.contains("hudiksvalls kommun") && forms.contains("hudiksvall"))
    // Every form the page offers is one the library accepts for that code.
    for entry in municipalities {
      let code = try #require(entry["code"] as? String)
      let parsed = try #require(MunicipalityCode(rawValue: code))
      let registered = try #require(MunicipalityRegister.bundled.municipality(code: parsed))
      for form in try #require(entry["forms"] as? [String]) {
        #expect(registered.isNamed(form), "\(code): \(form)")
      }
    }
    let changes = try #require(json["codeChanges"] as? [[String: String]])
    #expect(changes.contains(["formerCode": "1917", "code": "0331"]))
  }
}
