import Foundation
import Testing

@testable import KommunKompass

/// Evaluations checked against the municipality register when they are loaded, by the full loader
/// and the peer scanner alike.
@Suite("Municipality codes checked against names")
struct MunicipalityValidationTests {
  static let scanner = PeerFigureScanner(rubric: PeerFigureScannerTests.rubric2020)

  /// Kumla 2020 with another municipality object and date.
  static func kumla(_ municipality: [String: Any], date: String = "2020-11") throws -> [UInt8] {
    // The object travels as JSON text, which is sendable, into the edit.
    let text = String(
      decoding: try JSONSerialization.data(withJSONObject: municipality), as: UTF8.self)
    return try KumlaMutation.json {
      $0["municipality"] = try? JSONSerialization.jsonObject(with: Data(text.utf8))
      $0["date"] = date
    }.apply()
  }

  @Test("A name that does not belong to its code is a warning naming the registered name")
  func nameMismatch() throws {
    let bytes = try Self.kumla(["name": "Hallsbergs kommun", "code": "1881"])
    let result = Evaluation.load(bytes: bytes, file: "kumla.json")
    #expect(result.value != nil)
    let problem = try #require(result.problems.only)
    #expect(problem.kind == .municipalityNameMismatch)
    #expect(problem.severity == .warning)
    #expect(problem.path.description == "municipality.name")
    #expect(problem.location != nil)
    #expect(
      problem.message.swedish
        == "namnet \"Hallsbergs kommun\" hör inte till kommunkod 1881, som är Kumla kommun i SCB:s register; Hallsbergs kommun har kommunkod 1861; kontrollera namn och kod"
    )
    #expect(
      problem.message.english
        == "the name \"Hallsbergs kommun\" does not belong to municipality code 1881, which is Kumla kommun in SCB's register; Hallsbergs kommun has municipality code 1861; check the name and the code"
    )
    #expect(Self.scanner.figures(in: bytes) == nil)
  }

  @Test("The forms municipalities call themselves are accepted, by the loader and the scanner")
  func acceptedForms() throws {
    for (name, code) in [
      ("Kumla", "1881"), ("Falu kommun", "2080"), ("Göteborgs Stad", "1480"),
      ("Region Gotland", "0980"), ("Hudiksvalls kommun", "2184"), ("Malmö stad", "1280"),
    ] {
      let bytes = try Self.kumla(["name": name, "code": code])
      #expect(Evaluation.load(bytes: bytes, file: nil).problems.isEmpty, "\(name)")
      #expect(Self.scanner.figures(in: bytes) != nil, "\(name)")
    }
  }

  @Test("An unknown code is an error suggesting the code of the file's name")
  func unknownCodeWithKnownName() throws {
    let bytes = try Self.kumla(["name": "Kumla kommun", "code": "1818"])
    let result = Evaluation.load(bytes: bytes, file: nil)
    #expect(result.value == nil)
    let problem = try #require(result.problems.only)
    #expect(problem.kind == .unknownMunicipality)
    #expect(problem.severity == .error)
    #expect(problem.path.description == "municipality.code")
    #expect(
      problem.message.swedish
        == "kommunkoden 1818 finns inte bland SCB:s 290 kommunkoder; Kumla kommun har kod 1881")
    #expect(Self.scanner.figures(in: bytes) == nil)
  }

  @Test("An unknown code with an unknown name suggests the nearest codes and the fictitious mark")
  func unknownCodeAndName() throws {
    let bytes = try Self.kumla(["name": "Testby kommun", "code": "1899"])
    let problem = try #require(Evaluation.load(bytes: bytes, file: nil).problems.only)
    #expect(problem.kind == .unknownMunicipality)
    #expect(
      problem.message.english
        == "the municipality code 1899 is not among SCB's 290 municipality codes; the nearest codes: 1885 Lindesberg, 1884 Nora, 1883 Karlskoga; if the file is about a made-up municipality (in tests, say), write \"fictitious\": true in \"municipality\""
    )
  }

  @Test("A fictitious municipality is not checked, by the loader and the scanner")
  func fictitious() throws {
    for municipality: [String: Any] in [
      ["name": "Testby kommun", "code": "1899", "fictitious": true],
      // A real code under a made-up name: fictitious, so no warning either.
      ["name": "Syntetkommun 1881", "code": "1881", "fictitious": true],
    ] {
      let bytes = try Self.kumla(municipality)
      let result = Evaluation.load(bytes: bytes, file: nil)
      #expect(result.problems.isEmpty)
      #expect(result.value?.municipality.isFictitious == true)
      let figures = try #require(Self.scanner.figures(in: bytes))
      #expect(figures.municipality.isFictitious)
    }
    // "fictitious": false is a real municipality, checked like one.
    let real = try Self.kumla(["name": "Testby kommun", "code": "1899", "fictitious": false])
    #expect(Evaluation.load(bytes: real, file: nil).problems.map(\.kind) == [.unknownMunicipality])
    #expect(Self.scanner.figures(in: real) == nil)
  }

  @Test("\"fictitious\" must be true or false, for the loader and the scanner")
  func fictitiousType() throws {
    for value: Any in ["true", 1, NSNull()] {
      let bytes = try Self.kumla(["name": "Testby kommun", "code": "1899", "fictitious": value])
      let result = Evaluation.load(bytes: bytes, file: nil)
      #expect(result.value == nil)
      #expect(
        result.problems.contains {
          $0.kind == .wrongType && $0.path.description == "municipality.fictitious"
        })
      #expect(Self.scanner.figures(in: bytes) == nil)
    }
  }

  @Test("Fictitious municipalities are written with the mark and read back")
  func writtenMark() throws {
    let municipality = Municipality(
      name: "Testby kommun", code: try #require(MunicipalityCode(rawValue: "1899")),
      isFictitious: true)
    let text = try OrderedJSONEncoder().encode(municipality)
    #expect(
      text
        == "{\n  \"name\": \"Testby kommun\",\n  \"code\": \"1899\",\n  \"fictitious\": true\n}\n")
    #expect(try JSONDecoder().decode(Municipality.self, from: Data(text.utf8)) == municipality)
    let real = Municipality(
      name: "Kumla kommun", code: try #require(MunicipalityCode(rawValue: "1881")))
    #expect(!(try OrderedJSONEncoder().encode(real)).contains("fictitious"))
  }

  @Test(
    "Heby's former code 1917 in an evaluation of its time is a warning (a note) with today's code")
  func hebyHistory() throws {
    let old = try Self.kumla(["name": "Heby kommun", "code": "1917"], date: "2006-05")
    let result = Evaluation.load(bytes: old, file: nil)
    #expect(result.value != nil)
    // 2006 is before the first bundled version's period, which a warning says; the code is a note.
    #expect(
      Set(result.problems.map(\.kind)) == [.formerMunicipalityCode, .dateOutsideRubricPeriod])
    let problem = try #require(result.problems.first { $0.kind == .formerMunicipalityCode })
    #expect(problem.kind == .formerMunicipalityCode)
    #expect(problem.severity == .note)
    #expect(
      problem.message.swedish
        == "1917 var Hebys kommunkod till och med 2006 (i Västmanlands län); sedan 2007 är koden 0331 (Uppsala län); koden stämmer för en utvärdering från den tiden, men jämförelser över tid matchar kommuner på kod"
    )
    #expect(Self.scanner.figures(in: old) == nil)
    // From 2007 the code is wrong.
    let later = try Self.kumla(["name": "Heby kommun", "code": "1917"], date: "2007-01")
    let laterProblem = try #require(
      Evaluation.load(bytes: later, file: nil).problems.first { $0.severity == .error })
    #expect(laterProblem.kind == .unknownMunicipality)
    #expect(laterProblem.severity == .error)
    #expect(laterProblem.message.swedish.hasSuffix("en utvärdering från 2007-01 ska ha kod 0331"))
    // And today's code is simply right.
    let current = try Self.kumla(["name": "Heby kommun", "code": "0331"], date: "2022-09")
    #expect(Evaluation.load(bytes: current, file: nil).problems.isEmpty)
  }

  @Test("With a group, fictitious and other municipalities are not peers; 1917 counts as Heby")
  func selection() throws {
    let register = MunicipalityRegister.bundled
    let b4 = try #require(register.group(code: "B4"))
    let group = PeerGroup(rubric: PeerFigureScannerTests.rubric2020, selection: .group(b4))
    func municipality(_ name: String, _ code: String, fictitious: Bool = false) throws
      -> Municipality
    {
      Municipality(
        name: name, code: try #require(MunicipalityCode(rawValue: code)), isFictitious: fictitious)
    }
    #expect(group.isSelected(try municipality("Kumla kommun", "1881")))
    #expect(group.isSelected(try municipality("Heby kommun", "1917")))
    #expect(!group.isSelected(try municipality("Örebro kommun", "1880")))
    #expect(!group.isSelected(try municipality("Syntetkommun 1881", "1881", fictitious: true)))
    #expect(!group.isSelected(try municipality("Testby kommun", "1899")))
  }
}

extension Array {
  /// The one element, or `nil` when there are none or several.
  fileprivate var only: Element? { count == 1 ? first : nil }
}
