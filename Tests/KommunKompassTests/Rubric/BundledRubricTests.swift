import Foundation
import Testing

@testable import KommunKompass

@Suite("Bundled rubrics")
struct BundledRubricTests {
  @Test("Every embedded rubric file loads without problems")
  func embeddedFilesLoadCleanly() {
    #expect(!EmbeddedDataFile.rubrics.isEmpty)
    for file in EmbeddedDataFile.rubrics {
      let result = RubricCatalog.loadBundled(file)
      #expect(result.problems.isEmpty, "\(file.fileName): \(result.problems)")
      #expect(result.value != nil)
    }
  }

  @Test("The bundled catalog is exactly the JSON files in Rubrics/, byte for byte")
  func bundledCatalogMatchesRubricsFolder() throws {
    let files = try RepositoryFiles.jsonFiles(in: RepositoryFiles.rubrics)
    #expect(files.map(\.lastPathComponent) == EmbeddedDataFile.rubrics.map(\.fileName))
    for (url, embedded) in zip(files, EmbeddedDataFile.rubrics) {
      let onDisk = [UInt8](try Data(contentsOf: url))
      #expect(onDisk == embedded.bytes, "\(url.lastPathComponent) differs from the embedded copy")
      let loaded = try #require(Rubric.load(contentsOf: url).value)
      #expect(RubricCatalog.bundled.rubric(id: loaded.id) == loaded)
    }
  }

  @Test("The loader and JSONDecoder read the same rubric")
  func loaderAgreesWithCodable() throws {
    for url in try RepositoryFiles.jsonFiles(in: RepositoryFiles.rubrics) {
      let loaded = try #require(Rubric.load(contentsOf: url).value)
      let decoded = try JSONDecoder().decode(Rubric.self, from: Data(contentsOf: url))
      #expect(loaded == decoded)
      let roundTripped = try JSONDecoder().decode(Rubric.self, from: JSONEncoder().encode(loaded))
      #expect(roundTripped == loaded)
    }
  }

  @Test("Kommunkompassen 2020 has eight areas of 100 points and 35 sub-areas")
  func kommunkompassen2020Shape() throws {
    let rubric = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2020"))
    #expect(rubric.areas.map(\.id) == ["1", "2", "3", "4", "5", "6", "7", "8"])
    #expect(rubric.areas.allSatisfy { $0.maxPoints == 100 })
    #expect(rubric.maxPoints == 800)
    #expect(rubric.areas.map(\.subAreas.count) == [5, 4, 4, 4, 5, 4, 4, 5])
    for area in rubric.areas {
      #expect(area.subAreas.reduce(0) { $0 + $1.maxPoints } == area.maxPoints, "area \(area.id)")
      for subArea in area.subAreas {
        #expect(subArea.id.hasPrefix(area.id + "."), "\(subArea.id) under area \(area.id)")
        #expect(!subArea.evidenceNotes.isEmpty, "\(subArea.id) has no evidence notes")
        #expect(subArea.title.english != nil, "\(subArea.id) has no English title")
        #expect(
          !subArea.aliases.contains(subArea.title.swedish),
          "\(subArea.id) lists its own title as alias")
      }
    }
    let allIDs = rubric.areas.map(\.id) + rubric.areas.flatMap { $0.subAreas.map(\.id) }
    #expect(Set(allIDs).count == allIDs.count)
  }

  @Test("Titles that differ inside the Kumla report are kept as aliases of one canonical title")
  func aliases() throws {
    let rubric = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2020"))
    let area1 = try #require(rubric.area(id: "1"))
    #expect(area1.title.swedish == "Samspel mellan förtroendevalda och medborgare")
    #expect(area1.aliases.contains("Offentlighet och demokrati"))
    let strategy = try #require(rubric.subArea(id: "2.1")?.subArea)
    #expect(strategy.title.swedish == "Strategi för hållbar utveckling")
    #expect(strategy.aliases.contains("Strategiskt arbete"))
  }
}
