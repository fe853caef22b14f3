import Foundation
import Testing

@testable import KommunKompass

/// The municipality register end to end: peers chosen by SKR group or county, `init` filling in a
/// code or a name, `kompass municipalities`, and the credit where groups are shown.
///
/// The fixtures in `Fixtures/register/` use real municipalities with made-up area points
/// (`"detail": "area"`), so the statistics can be computed by hand:
///
/// | file                      | code | county | group | 1  | 2  | 3  | 4  | 5  | 6  | 7  | 8  | total |
/// |---------------------------|------|--------|-------|----|----|----|----|----|----|----|----|-------|
/// | kumla-2024 (compared)     | 1881 | 18     | B4    | 60 | 70 | 80 | 50 | 60 | 70 | 60 | 70 | 520   |
/// | lekeberg-2021             | 1814 | 18     | B4    | 50 | 60 | 70 | 40 | 50 | 60 | 50 | 60 | 440   |
/// | hallsberg-2022            | 1861 | 18     | B4    | 70 | 50 | 60 | 60 | 70 | 50 | 70 | 50 | 480   |
/// | nora-2021                 | 1884 | 18     | B4    | 40 | 80 | 90 | 50 | 40 | 80 | 40 | 80 | 500   |
/// | heby-2022                 | 0331 | 03     | B4    | 80 | 60 | 50 | 70 | 60 | 40 | 60 | 70 | 490   |
/// | heby-2006 (code 1917)     | 1917 | (19)   | B4    | 30 each                               | 240   |
/// | orebro-2020               | 1880 | 18     | B3    | 90 each                               | 720   |
/// | askersund-2021            | 1882 | 18     | B5    | 20 | 40 | 60 | 80 | 20 | 40 | 60 | 80 | 400   |
/// | umea-2020                 | 2480 | 24     | B3    | 65 each                               | 520   |
/// | syntetkommun-2023 (fict.) | 1862 | –      | –     | 100 each                              | 800   |
///
/// Group B4 (Kumla's): Lekeberg, Hallsberg, Nora and Heby (2022; the 2006 file under the former
/// code is the same municipality and earlier), 4 of 63. Area 1: 50, 70, 40, 80: mean 60, median
/// 60, min 40, max 80. Total: 440, 480, 500, 490: mean 477.5, median 485, min 440, max 500; Kumla's
/// 520 ranks 1 of 5.
///
/// County 18: Lekeberg, Hallsberg, Nora, Örebro and Askersund, 5 of 12 (the fictitious file has a
/// code of county 18 but no county). Area 1: 50, 70, 40, 90, 20: mean 54, median 50, min 20,
/// max 90. Total: 440, 480, 500, 720, 400: mean 508, median 480, min 400, max 720; Kumla ranks 2
/// of 6.
@Suite("Municipality register in the tool")
struct RegisterCommandTests {
  static let fixtures = CompareGoldenTests.fixtures.appendingPathComponent("register")
  static let hebyNote =
    "peers/heby-2006.json:7:13: anmärkning: municipality.code: 1917 var Hebys kommunkod till och med 2006 (i Västmanlands län); sedan 2007 är koden 0331 (Uppsala län); koden stämmer för en utvärdering från den tiden, men jämförelser över tid matchar kommuner på kod\n"
    + "peers/heby-2006.json:9:11: varning: date: utvärderingen är daterad 2006-05, men version 2019/2020 av Kommunkompassen användes från 2019; kontrollera datumet och \"rubric\"\n"

  /// The JSON output of `compare --peers` with the given options.
  static func peersJSON(_ options: [String]) throws -> (
    document: [String: Any], result: KompassProcess.Result
  ) {
    let result = try KompassProcess.run(
      ["compare", "--peers", "peers", "kumla-2024.json", "--format", "json"] + options,
      in: fixtures)
    let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    return (try #require(object as? [String: Any]), result)
  }

  /// The statistics and rank of a row of a `compare --peers` JSON document.
  static func figures(_ document: [String: Any], row id: String) throws -> [Double] {
    let rows = try #require(document["rows"] as? [[String: Any]])
    let row = try #require(rows.first { $0["id"] as? String == id })
    let statistics = try #require(row["statistics"] as? [String: Any])
    let rank = try #require(row["rank"] as? [String: Any])
    return try ["mean", "median", "minimum", "maximum"].map {
      try #require(statistics[$0] as? Double)
    } + [
      Double(try #require(rank["position"] as? Int)), Double(try #require(rank["outOf"] as? Int)),
    ]
  }

  @Test("--group same: the peers of Kumla's group B4, with hand-computed statistics")
  func peersBySameGroup() throws {
    let (document, result) = try Self.peersJSON(["--group", "same"])
    #expect(result.exitCode == 0, "\(result.standardError)")
    #expect(
      result.standardError == Self.hebyNote
        + "kumla-2024.json: varning: 1 utvärdering gäller kommuner som har en senare (eller lika gammal) utvärdering bland jämförelsekommunerna och räknas inte; bara den senaste utvärderingen av varje kommun räknas\n"
    )
    let selection = try #require(document["peerSelection"] as? [String: Any])
    #expect(selection["kind"] as? String == "group")
    #expect(selection["code"] as? String == "B4")
    #expect(selection["name"] as? String == "Pendlingskommun nära större stad")
    #expect(selection["classification"] as? String == "SKR 2023")
    #expect(selection["municipalities"] as? Int == 63)
    #expect(selection["withEvaluation"] as? Int == 4)
    #expect(try Self.figures(document, row: "1") == [60, 60, 40, 80, 3, 5])
    #expect(try Self.figures(document, row: "total") == [477.5, 485, 440, 500, 1, 5])
    let municipality = try #require(document["municipality"] as? [String: Any])
    #expect((municipality["group"] as? [String: Any])?["code"] as? String == "B4")
    #expect((municipality["county"] as? [String: Any])?["name"] as? String == "Örebro län")
    // --group B4 chooses the same peers.
    let (explicit, _) = try Self.peersJSON(["--group", "b4"])
    #expect(try Self.figures(explicit, row: "total") == [477.5, 485, 440, 500, 1, 5])
  }

  @Test("--county 18: the peers in Örebro län, with hand-computed statistics")
  func peersByCounty() throws {
    let (document, result) = try Self.peersJSON(["--county", "18"])
    #expect(result.exitCode == 0, "\(result.standardError)")
    let selection = try #require(document["peerSelection"] as? [String: Any])
    #expect(selection["kind"] as? String == "county")
    #expect(selection["name"] as? String == "Örebro län")
    #expect(selection["municipalities"] as? Int == 12)
    #expect(selection["withEvaluation"] as? Int == 5)
    #expect(try Self.figures(document, row: "1") == [54, 50, 20, 90, 3, 6])
    #expect(try Self.figures(document, row: "total") == [508, 480, 400, 720, 2, 6])
    // The county by name gives the same.
    let (byName, _) = try Self.peersJSON(["--county", "Örebro län"])
    #expect(try Self.figures(byName, row: "total") == [508, 480, 400, 720, 2, 6])
  }

  @Test("The text output names the group and how many of its municipalities have an evaluation")
  func peersText() throws {
    let result = try KompassProcess.run(
      ["compare", "--peers", "peers", "kumla-2024.json", "--group", "same"], in: Self.fixtures)
    #expect(
      result.standardOutput.hasPrefix(
        "Kumla kommun (1881) · Jämförelsegrupp: kommungrupp B4 (Pendlingskommun nära större stad), 4 kommuner\n"
      ))
    #expect(
      result.standardOutput.contains(
        "Jämförelsekommunerna är kommunerna i kommungrupp B4 (Pendlingskommun nära större stad) enligt SKR:s\nkommungruppsindelning 2023, som används även för utvärderingar gjorda före 2023: 4 av gruppens 63\nkommuner har en utvärdering bland filerna (kommunen som jämförs oräknad).\n"
      ))
    #expect(
      result.standardOutput.contains(
        "Källa: SCB, SKR (kommunkoder och län per 2025-01-01; kommungruppsindelning 2023)\n"))
    #expect(result.standardOutput.contains("Totalt   ") && result.standardOutput.contains("477,5"))
    let english = try KompassProcess.run(
      ["compare", "--peers", "peers", "kumla-2024.json", "--county", "18", "--language", "en"],
      in: Self.fixtures)
    #expect(
      english.standardOutput.hasPrefix(
        "Kumla kommun (1881) · Peer group: Örebro län (county 18), 5 municipalities\n"))
    #expect(
      english.standardOutput.contains(
        "5 of the county's 12 municipalities have\nan evaluation among the files"))
    #expect(english.standardOutput.contains("Source: SCB, SKR (municipality codes and counties"))
  }

  @Test("Without --group or --county every valid evaluation is a peer, fictitious ones too")
  func peersWithoutSelection() throws {
    let (document, result) = try Self.peersJSON([])
    #expect(result.exitCode == 0)
    #expect(document["peerSelection"] == nil)
    let basis = try #require(document["basis"] as? [String: Any])
    // Lekeberg, Hallsberg, Nora, Heby, Örebro, Askersund, Umeå and the fictitious one.
    #expect(basis["peerCount"] as? Int == 8)
  }

  @Test("--group same for a fictitious municipality stops with exit code 1")
  func sameGroupOfFictitious() throws {
    let result = try KompassProcess.run(
      [
        "compare", "--peers", "peers", "evaluations/testby-2020.json", "--group", "same",
        "--language", "en",
      ], in: CompareGoldenTests.fixtures)
    #expect(result.exitCode == 1)
    #expect(result.standardOutput.isEmpty)
    #expect(
      result.standardError.hasSuffix(
        "evaluations/testby-2020.json: error: Testby kommun (1899) is fictitious and has no municipality group; give the group, for example --group B4\n"
      ))
  }

  @Test(
    "Usage errors: unknown group or county, both, or without --peers",
    arguments: [
      (["--peers", "peers", "--group", "B6"], "Kommungruppen \"B6\" finns inte"),
      (["--peers", "peers", "--county", "02"], "Länet \"02\" finns inte"),
      (
        ["--peers", "peers", "--group", "B4", "--county", "18"], "högst en av --group och --county"
      ),
      (["--group", "B4", "--reference", "x.json"], "--group och --county gäller bara --peers"),
    ])
  func usageErrors(options: [String], message: String) throws {
    let result = try KompassProcess.run(
      ["compare", "kumla-2024.json"] + options, in: Self.fixtures)
    #expect(result.exitCode == 2)
    #expect(result.standardError.contains(message), "\(result.standardError)")
  }

  @Test("report --peers --group names the group and the source, in HTML and Markdown")
  func reportNamesTheGroup() throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let html = folder.appendingPathComponent("kumla.html")
    let result = try KompassProcess.run(
      [
        "report", "kumla-2024.json", "--peers", "peers", "--group", "same", "--output", html.path,
      ], in: Self.fixtures)
    #expect(result.exitCode == 0, "\(result.standardError)")
    let page = try String(contentsOf: html, encoding: .utf8)
    #expect(page.contains("4 av gruppens 63 kommuner har en utvärdering bland filerna"))
    #expect(page.contains("Källa: SCB, SKR (kommunkoder och län per 2025-01-01"))
    let markdown = folder.appendingPathComponent("kumla.md")
    let english = try KompassProcess.run(
      [
        "report", "kumla-2024.json", "--peers", "peers", "--county", "18", "--format", "markdown",
        "--language", "en", "--output", markdown.path,
      ], in: Self.fixtures)
    #expect(english.exitCode == 0, "\(english.standardError)")
    let text = try String(contentsOf: markdown, encoding: .utf8)
    #expect(
      text.contains(
        "## Peer municipalities\n\nThe peers are the municipalities of Örebro län (county 18): 5 of the county's 12 municipalities"
      ))
    // The peers' statistics follow, without repeating how the peers were chosen.
    #expect(
      text.contains(
        "Source: SCB, SKR (municipality codes and counties as of 2025-01-01; municipality groups of 2023)\n\n## Peer group: Örebro län (county 18), 5 municipalities\n\nPoints are on the full maximum;"
      ))
    #expect(
      text.components(separatedBy: "The peers are the municipalities of Örebro län").count == 2)
    #expect(
      text.contains(
        "among the peers and the municipality itself.\n\n## About the evaluation\n\nKommunkompassen is a tool"
      ))
    #expect(text.hasSuffix("\n\n*Made with kompass \(ToolVersion.current).*\n"))
  }

  @Test("Heby's evaluation under its former code 1917 validates with a note")
  func hebyValidates() throws {
    let result = try KompassProcess.run(["validate", "peers/heby-2006.json"], in: Self.fixtures)
    #expect(result.exitCode == 0)
    #expect(result.standardError == Self.hebyNote)
  }

  // MARK: init

  @Test("init --municipality fills in the code, init --code the name")
  func initBothWays() throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let byName = try KompassProcess.run(
      ["init", "--municipality", "Kumla", "--date", "2026-03-01"], in: folder)
    #expect(byName.exitCode == 0, "\(byName.standardError)")
    let kumla = try #require(
      Evaluation.load(contentsOf: folder.appendingPathComponent("kumla-2026-03-01.json")).value)
    #expect(
      kumla.municipality
        == Municipality(
          name: "Kumla kommun", code: try #require(MunicipalityCode(rawValue: "1881"))))

    let byCode = try KompassProcess.run(
      ["init", "--code", "2080", "--date", "2026-03-01"], in: folder)
    #expect(byCode.exitCode == 0, "\(byCode.standardError)")
    let falun = try #require(
      Evaluation.load(contentsOf: folder.appendingPathComponent("falu-2026-03-01.json")).value)
    #expect(falun.municipality.name == "Falu kommun")
    #expect(falun.municipality.code.rawValue == "2080")

    let stad = try KompassProcess.run(
      ["init", "--municipality", "Göteborgs Stad", "--date", "2026-03-01", "-o", "gbg.json"],
      in: folder)
    #expect(stad.exitCode == 0)
    let goteborg = try #require(
      Evaluation.load(contentsOf: folder.appendingPathComponent("gbg.json")).value)
    #expect(goteborg.municipality.name == "Göteborgs Stad")
    #expect(goteborg.municipality.code.rawValue == "1480")
  }

  @Test("init with a name and a code that disagree stops with exit code 1 and writes nothing")
  func initDisagreement() throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try KompassProcess.run(
      ["init", "--municipality", "Hallsberg", "--code", "1881", "--date", "2026-03-01"],
      in: folder)
    #expect(result.exitCode == 1)
    #expect(
      result.standardError
        == "fel: --municipality \"Hallsberg\" och --code 1881 hör inte ihop: kod 1881 är Kumla kommun; Hallsbergs kommun har kod 1861\n"
    )
    let unknown = try KompassProcess.run(
      ["init", "--code", "1899", "--date", "2026-03-01", "--language", "en"], in: folder)
    #expect(unknown.exitCode == 1)
    #expect(
      unknown.standardError
        == "error: the municipality code 1899 is not among SCB's municipality codes; the nearest codes: 1885 Lindesberg, 1884 Nora, 1883 Karlskoga\n"
    )
    let misspelt = try KompassProcess.run(
      ["init", "--municipality", "Kumlaa", "--date", "2026-03-01"], in: folder)
    #expect(misspelt.exitCode == 1)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test("init --fictitious writes the mark and is not checked against the register")
  func initFictitious() throws {
    let folder = try KompassProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try KompassProcess.run(
      [
        "init", "--municipality", "Testby kommun", "--code", "1899", "--fictitious", "--date",
        "2026-03-01",
      ], in: folder)
    #expect(result.exitCode == 0, "\(result.standardError)")
    let file = folder.appendingPathComponent("testby-2026-03-01.json")
    #expect(try String(contentsOf: file, encoding: .utf8).contains("\"fictitious\": true"))
    #expect(Evaluation.load(contentsOf: file).value?.municipality.isFictitious == true)
  }

  // MARK: municipalities

  @Test("kompass municipalities lists the register in every format and both languages")
  func municipalitiesCommand() throws {
    let all = try KompassProcess.run(["municipalities"])
    #expect(all.exitCode == 0)
    let lines = all.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "Sveriges kommuner: 290")
    #expect(
      lines.contains(
        "1881  Kumla            Örebro län            B4 Pendlingskommun nära större stad"))
    #expect(
      all.standardOutput.hasSuffix(
        "Källa: SCB, SKR (kommunkoder och län per 2025-01-01; kommungruppsindelning 2023)\n"))

    let csv = try KompassProcess.run(["municipalities", "--group", "B4", "--format", "csv"])
    let rows = csv.standardOutput.split(separator: "\r\n")
    #expect(rows.count == 64)
    #expect(rows.contains("1881;Kumla;18;Örebro län;B4;Pendlingskommun nära större stad"))

    let json = try KompassProcess.run(
      ["municipalities", "--county", "18", "--format", "json", "--language", "en"])
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
    #expect(document["count"] as? Int == 12)
    let entries = try #require(document["municipalities"] as? [[String: Any]])
    #expect(entries.map { $0["code"] as? String }.contains("1881"))
    let kumla = try #require(entries.first { $0["code"] as? String == "1881" })
    #expect(
      (kumla["group"] as? [String: Any])?["name"] as? String
        == "Commuter municipality near a larger town")
    #expect(kumla["formalName"] as? String == "Kumla kommun")

    let markdown = try KompassProcess.run(
      ["municipalities", "--group", "A1", "--format", "markdown", "--language", "en"])
    #expect(
      markdown.standardOutput == """
        # The municipalities of municipality group A1 (Large cities, our translation): 3

        | Code  Municipality | County | Group |
        |---|---|---|
        | 0180 Stockholm | Stockholms län | A1 Large cities |
        | 1280 Malmö | Skåne län | A1 Large cities |
        | 1480 Göteborg | Västra Götalands län | A1 Large cities |

        Municipality groups: SKR's municipality groups of 2023.

        SKR names the groups in Swedish only; the English names are our translation.

        Source: SCB, SKR (municipality codes and counties as of 2025-01-01; municipality groups of 2023)

        """)
    let bad = try KompassProcess.run(["municipalities", "--group", "same"])
    #expect(bad.exitCode == 2)
  }

  @Test(
    "Every format in both languages lists Kumla with its county and group",
    arguments: ["text", "markdown", "csv", "json"], ["sv", "en"])
  func municipalitiesFormats(format: String, language: String) throws {
    let result = try KompassProcess.run(
      ["municipalities", "--county", "Örebro län", "--format", format, "--language", language])
    #expect(result.exitCode == 0)
    #expect(result.standardError.isEmpty)
    let output = result.standardOutput
    #expect(output.contains("1881") && output.contains("Kumla") && output.contains("Örebro län"))
    #expect(
      output.contains(
        language == "sv"
          ? "Pendlingskommun nära större stad" : "Commuter municipality near a larger town"))
    #expect(!output.contains("Stockholms län"), "only Örebro län")
    // CSV is data for a spreadsheet, one row per municipality; the other formats give the source.
    if format != "csv" {
      #expect(output.contains(language == "sv" ? "Källa: SCB, SKR" : "Source: SCB, SKR"))
    }
  }

  @Test("The help of the commands that use the register gives the source with its dates")
  func helpCredits() throws {
    for command in ["compare", "report", "init", "municipalities", "validate", "score", "profile"] {
      let result = try KompassProcess.run([command, "--help"])
      #expect(
        result.standardOutput.contains("Källa: SCB, SKR (kommunkoder och län per 2025-01-01;"),
        "\(command)")
    }
  }

  @Test("score and profile JSON and CSV carry the county and group")
  func exportsCarryGroup() throws {
    let json = try KompassProcess.run(
      ["score", "--format", "json", "kumla-2024.json"], in: Self.fixtures)
    #expect(
      json.standardOutput.contains(
        "\"county\": {\n      \"code\": \"18\",\n      \"name\": \"Örebro län\"\n    }"))
    let csv = try KompassProcess.run(
      [
        "profile", "--format", "csv", "--csv-dialect", "rfc4180", "--language", "en",
        "kumla-2024.json",
      ],
      in: Self.fixtures)
    let header = try #require(csv.standardOutput.split(separator: "\r\n").first)
    #expect(header.hasSuffix(",Municipality code,County,Group (SKR 2023),Group name"))
    #expect(
      csv.standardOutput.contains(
        ",1881,Örebro län,B4,Commuter municipality near a larger town\r\n"))
  }
}
