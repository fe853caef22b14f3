import Foundation
import Testing

@testable import KommunKompass

@Suite("kompass form")
struct FormCommandTests {
  /// The JSON embedded in a written form for its script.
  static func embeddedData(_ html: String) throws -> [String: Any] {
    let start = try #require(html.range(of: "<script type=\"application/json\" id=\"form-data\">"))
    let end = try #require(html[start.upperBound...].range(of: "</script>"))
    let json = Data(html[start.upperBound..<end.lowerBound].utf8)
    return try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
  }

  @Test("Writes one self-contained page with the bundled rubrics, in Swedish by default")
  func newForm() throws {
    let folder = try KompassProcess.temporaryFolder()
    let result = try KompassProcess.run(["form", "--output", "formular.html"], in: folder)
    #expect(result.exitCode == 0, "\(result.standardError)")
    #expect(
      result.standardError
        == "Skrev formular.html: utvärderingsformulär, Kommunkompassen 2019/2020. Öppna filen i webbläsaren.\n"
    )
    let html = try String(
      contentsOf: folder.appendingPathComponent("formular.html"), encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"))
    #expect(
      html.contains("<title>Utvärderingsformulär – Kommunkompassen 2019/2020</title>"))
    // Nothing is loaded from elsewhere: no external scripts, style sheets, images or fonts.
    for reference in ["<link", " src=", "@import", "url(", "fetch(", "XMLHttpRequest"] {
      #expect(!html.contains(reference), "\(reference)")
    }
    #expect(html.contains("default-src 'none'"))
    let data = try Self.embeddedData(html)
    #expect(data["language"] as? String == "sv")
    #expect(data["rubric"] as? String == "kommunkompassen-2020")
    #expect(data["defaultSchema"] as? String == "./evaluation.schema.json")
    #expect(data["documentText"] == nil)
    let rubrics = try #require(data["rubrics"] as? [[String: Any]])
    #expect(rubrics.compactMap { $0["id"] as? String } == RubricCatalog.bundled.ids)
    let rubric = try #require(rubrics.first { $0["id"] as? String == "kommunkompassen-2020" })
    let areas = try #require(rubric["areas"] as? [[String: Any]])
    let first = try #require((areas.first?["subAreas"] as? [[String: Any]])?.first)
    #expect(first["id"] as? String == "1.1")
    #expect(first["maxPoints"] as? Double == 20)
    #expect(first["title"] as? String == "Strategi för demokratiutveckling och information")
    #expect((first["evidenceNotes"] as? [String])?.count == 4)
  }

  @Test("--from embeds the file's text exactly; --language en gives English titles")
  func fromFile() throws {
    let folder = try KompassProcess.temporaryFolder()
    let output = folder.appendingPathComponent("kumla.html").path
    let result = try KompassProcess.run(
      ["form", "--from", "Evaluations/kumla-2020.json", "--language", "en", "--output", output])
    #expect(result.exitCode == 0, "\(result.standardError)")
    #expect(result.standardError.contains("evaluation form, Kumla kommun, 2020-11"))
    let html = try String(contentsOfFile: output, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    let data = try Self.embeddedData(html)
    let original = try String(
      contentsOf: KompassProcess.packageRoot.appendingPathComponent("Evaluations/kumla-2020.json"),
      encoding: .utf8)
    #expect(data["documentText"] as? String == original)
    #expect(data["documentName"] as? String == "kumla-2020.json")
    let rubrics = try #require(data["rubrics"] as? [[String: Any]])
    let areas = try #require(rubrics.first?["areas"] as? [[String: Any]])
    #expect(areas.first?["title"] as? String == "Public access and democracy")
  }

  @Test("A text in the data cannot end the script element")
  func scriptEnd() throws {
    let folder = try KompassProcess.temporaryFolder()
    let source = KompassProcess.packageRoot.appendingPathComponent(
      "Tests/kompassTests/Fixtures/evaluations/testby-2020.json")
    var text = try String(contentsOf: source, encoding: .utf8)
    text = text.replacingOccurrences(
      of: "\"summary\": [",
      with: "\"summary\": [\"</script><script>alert(1)</script> {{script}}\", ")
    let input = folder.appendingPathComponent("testby.json")
    try text.write(to: input, atomically: true, encoding: .utf8)
    let result = try KompassProcess.run(
      ["form", "--from", input.path, "--output", folder.appendingPathComponent("f.html").path])
    #expect(result.exitCode == 0, "\(result.standardError)")
    let html = try String(contentsOf: folder.appendingPathComponent("f.html"), encoding: .utf8)
    #expect(html.components(separatedBy: "</script>").count == 3)
    #expect(html.components(separatedBy: "function wholeNumber").count == 2)
    #expect(try Self.embeddedData(html)["documentText"] as? String == text)
  }

  @Test("Bad input: both --rubric and --from, an unknown rubric, an invalid evaluation")
  func badInput() throws {
    let both = try KompassProcess.run(
      [
        "form", "--rubric", "kommunkompassen-2020", "--from", "Evaluations/kumla-2020.json",
        "--output", "/dev/null",
      ])
    #expect(both.exitCode == 2)
    #expect(both.standardError.contains("Ange --rubric eller --from, inte båda"))
    let unknown = try KompassProcess.run(["form", "--rubric", "okand", "--output", "/dev/null"])
    #expect(unknown.exitCode == 1)
    #expect(unknown.standardError.contains("det finns ingen version \"okand\" av Kommunkompassen"))
    let invalid = "Tests/KommunKompassTests/Malformed/evaluations/points-above-maximum.json"
    let bad = try KompassProcess.run(["form", "--from", invalid, "--output", "/dev/null"])
    #expect(bad.exitCode == 1)
    #expect(bad.standardError.contains("\(invalid):"))
    #expect(bad.standardError.contains("är högre än maxpoängen"))
  }

  @Test("Never replaces an evaluation file without --force, nor its input")
  func dataFilesKept() throws {
    let folder = try KompassProcess.temporaryFolder()
    let evaluation = folder.appendingPathComponent("kumla.json")
    try FileManager.default.copyItem(
      at: KompassProcess.packageRoot.appendingPathComponent("Evaluations/kumla-2020.json"),
      to: evaluation)
    let before = try Data(contentsOf: evaluation)
    let refused = try KompassProcess.run(["form", "--output", evaluation.path])
    #expect(refused.exitCode == 1)
    let input = try KompassProcess.run(
      ["form", "--from", evaluation.path, "--output", evaluation.path, "--force"])
    #expect(input.exitCode == 1)
    #expect(try Data(contentsOf: evaluation) == before)
  }
}
