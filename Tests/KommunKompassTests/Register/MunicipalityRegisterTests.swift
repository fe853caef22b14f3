import Foundation
import Testing

@testable import KommunKompass

/// The bundled municipality register: its rows, groups and counties, and lookup by code and name.
@Suite("Municipality register")
struct MunicipalityRegisterTests {
  static let register = MunicipalityRegister.bundled

  static func code(_ text: String) throws -> MunicipalityCode {
    try #require(MunicipalityCode(rawValue: text))
  }

  @Test("All 290 rows of kommuner.csv load, each code once, in 21 counties")
  func allRowsLoad() throws {
    #expect(Self.register.municipalities.count == 290)
    #expect(Set(Self.register.municipalities.map(\.code)).count == 290)
    #expect(Self.register.counties.count == 21)
    #expect(
      Self.register.groups.map(\.code) == ["A1", "A2", "B3", "B4", "B5", "C6", "C7", "C8", "C9"])
    // Every row of the file became a municipality: none was dropped as unreadable.
    let file = try #require(EmbeddedDataFile.municipalities.first { $0.fileName == "kommuner.csv" })
    let lines = String(decoding: file.bytes, as: UTF8.self).split(separator: "\n")
    #expect(lines.count == 291)
    for municipality in Self.register.municipalities {
      #expect(municipality.code.countyCode == municipality.county.code)
    }
  }

  @Test(
    "Counts per group equal SKR's 2023 overview",
    arguments: [
      ("A1", 3), ("A2", 43), ("B3", 23), ("B4", 63), ("B5", 24), ("C6", 27), ("C7", 51),
      ("C8", 35), ("C9", 21),
    ])
  func countsPerGroup(group: String, count: Int) throws {
    let found = try #require(Self.register.group(code: group))
    #expect(Self.register.municipalities(in: .group(found)).count == count)
  }

  @Test("Kumla is 1881 in Örebro län, group B4; Heby 0331 in Uppsala län; Gotland C6")
  func lookupByCode() throws {
    let kumla = try #require(Self.register.municipality(code: Self.code("1881")))
    #expect(kumla.name == "Kumla")
    #expect(kumla.county == County(code: "18", name: "Örebro län"))
    #expect(kumla.group.code == "B4")
    #expect(kumla.group.name.swedish == "Pendlingskommun nära större stad")
    #expect(kumla.group.name.english == "Commuter municipality near a larger town")
    #expect(kumla.group.mainGroup.swedish == "Större städer och kommuner nära större stad")
    #expect(kumla.group.englishIsTranslation)
    let heby = try #require(Self.register.municipality(code: Self.code("0331")))
    #expect(heby.county.name == "Uppsala län")
    #expect(try Self.register.municipality(code: Self.code("1917")) == nil)
    #expect(try Self.register.municipality(currentOrFormerCode: Self.code("1917"))?.name == "Heby")
    #expect(try Self.register.municipality(code: Self.code("1899")) == nil)
    #expect(Self.register.county(code: "1")?.name == "Stockholms län")
    #expect(
      Self.register.municipalities(in: .county(County(code: "18", name: "Örebro län"))).count == 12)
  }

  @Test(
    "Names as municipalities write them find their code",
    arguments: [
      ("Kumla", "1881"), ("Kumla kommun", "1881"), ("  kumla   KOMMUN ", "1881"),
      ("Falu kommun", "2080"), ("Falun", "2080"), ("Hudiksvalls kommun", "2184"),
      ("Hudiksvall kommun", "2184"), ("Stockholms stad", "0180"), ("Göteborgs Stad", "1480"),
      ("Malmö stad", "1280"), ("Region Gotland", "0980"), ("Gotlands kommun", "0980"),
      ("Borås Stad", "1490"), ("Upplands Väsby kommun", "0114"), ("Umeå Municipality", "2480"),
      // NFD: U+0061 U+030A for å, as some systems save names.
      ("Ume\u{61}\u{30A} kommun", "2480"), ("\u{4F}\u{308}rebro kommun", "1880"),
    ])
  func lookupByName(name: String, code: String) throws {
    #expect(Self.register.municipalities(named: name).map(\.code.rawValue) == [code])
    let municipality = try #require(Self.register.municipality(code: Self.code(code)))
    #expect(municipality.isNamed(name))
    #expect(Self.register.isRegistered(name: name, code: municipality.code))
  }

  @Test("Names that are no municipality's find nothing")
  func unknownNames() {
    for name in ["Testby kommun", "Kumlan", "Stockholms län", "Region Stockholm", ""] {
      #expect(Self.register.municipalities(named: name).isEmpty, "\(name)")
    }
  }

  @Test("The formal name: the genitive and kommun, or the long form of the data")
  func formalNames() throws {
    let expected = [
      "1881": "Kumla kommun", "2184": "Hudiksvalls kommun", "2080": "Falu kommun",
      "0980": "Region Gotland", "1490": "Borås kommun", "0114": "Upplands Väsby kommun",
      "1861": "Hallsbergs kommun",
    ]
    for (code, name) in expected {
      #expect(try Self.register.municipality(code: Self.code(code))?.formalName == name)
    }
  }

  @Test("Nearest codes: the same county first, then the fewest differing digits or a swap")
  func nearestCodes() {
    #expect(
      Self.register.nearestCodes(to: "1899").map(\.code.rawValue) == ["1885", "1884", "1883"])
    #expect(
      Self.register.nearestCodes(to: "1818").map(\.code.rawValue) == ["1814", "1881", "1860"])
  }
}
