import Foundation
import Testing

@testable import KommunKompass

/// Testby 2020 (made up) against made-up peers with area points only:
///
/// | Peer                | 1  | 2  | 3  | 4  | 5   | 6  | 7  | 8  | total           |
/// |---------------------|----|----|----|----|-----|----|----|----|-----------------|
/// | Provköping (1898)   | 50 | 60 | 70 | 40 | 50  | 60 | 50 | 45 | 425             |
/// | Exempelstad (1897)  | 60 | 40 | 80 | 50 | 55  | 60 | 55 | 50 | 450             |
/// | Lillby (1896)       | 70 | 50 | 60 | 60 | 60  | 40 | 60 | 55 | 455             |
/// | Storby (1895)       | 40 | 70 | 90 | 55 | n/a | 50 | 45 | 60 | 410 of 700 → 468.571 of 800 |
/// | Mellanby (1894)     | 80 | 45 | 80 | 45 | 65  | 70 | 65 | 48 | 498             |
///
/// Testby 2020 on the full maximum: area 1 53.51 of 90 → 59.4556; 2 49.5; 3 80; 4 55; 5 40 of 80
/// → 50; 6 50; 7 51; 8 49.2; total 428.21 of 770 → 444.8935 of 800.
@Suite("Peers and reference profiles")
struct BenchmarkTests {
  static let peerFiles = ["provkoping", "exempelstad", "lillby", "storby", "mellanby"].map {
    "peers/\($0)-2020.json"
  }

  static func subject() throws -> Scorecard {
    let evaluation = try ComparisonFixtures.evaluation("evaluations/testby-2020.json").evaluation
    return ScoringEngine(
      rubric: try #require(RubricCatalog.bundled.rubric(id: evaluation.rubricID))
    ).score(evaluation)
  }

  /// A peer group streamed from the first `count` peer files.
  static func group(_ count: Int) throws -> PeerGroup {
    let rubric = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2020"))
    var group = PeerGroup(rubric: rubric, excluding: MunicipalityCode(rawValue: "1899"))
    for file in peerFiles.prefix(count) {
      #expect(group.add(try ComparisonFixtures.evaluation(file).evaluation, file: file).isEmpty)
    }
    return group
  }

  @Test("Five peers: mean, median, minimum, maximum and rank per area")
  func fivePeers() throws {
    let result = try Self.group(5).comparison(for: try Self.subject(), file: "testby-2020.json")
    #expect(result.problems.isEmpty)
    let comparison = try #require(result.value)
    #expect(comparison.basis == .peers(count: 5))
    #expect(comparison.label.swedish == "Jämförelsegrupp (5 kommuner)")
    #expect(!comparison.hasTooFewPeers)
    #expect(comparison.rows.map(\.id) == ["1", "2", "3", "4", "5", "6", "7", "8", "total"])

    // Area 1: 40, 50, 60, 70, 80 → mean 300 / 5 = 60, median 60. Testby 59.4556 shows as 59; three
    // peers (60, 70, 80) are above: 4th of 6, no tie.
    let area1 = try #require(comparison.row(id: "1"))
    #expect(
      area1.statistics == PeerStatistics(count: 5, mean: 60, median: 60, minimum: 40, maximum: 80))
    #expect(isClose(area1.subjectPoints, 59.455_556))
    #expect(area1.rank == PeerRank(position: 4, outOf: 6, tiedPeers: 0))
    #expect(isClose(area1.difference, -0.544_444))

    // Area 2: 40, 45, 50, 60, 70 → mean 265 / 5 = 53, median 50. Testby's 49.5 is published as 50
    // (half away from zero), level with Lillby's 50: both behind 60 and 70, so 3rd of 6, one tie.
    let area2 = try #require(comparison.row(id: "2"))
    #expect(
      area2.statistics == PeerStatistics(count: 5, mean: 53, median: 50, minimum: 40, maximum: 70))
    #expect(area2.rank == PeerRank(position: 3, outOf: 6, tiedPeers: 1))
    #expect(area2.difference == -3.5)  // 49.5 − 53

    // Area 3: 60, 70, 80, 80, 90 → mean 380 / 5 = 76, median 80. Testby 80 shares 2nd place with
    // two peers, behind Storby's 90.
    let area3 = try #require(comparison.row(id: "3"))
    #expect(
      area3.statistics == PeerStatistics(count: 5, mean: 76, median: 80, minimum: 60, maximum: 90))
    #expect(area3.rank == PeerRank(position: 2, outOf: 6, tiedPeers: 2))

    // Area 5: Storby not assessed, four values 50, 55, 60, 65 → mean 57.5, median (55 + 60) / 2 =
    // 57.5. Testby 40 of 80 → 50, level with Provköping, behind three: 4th of 5.
    let area5 = try #require(comparison.row(id: "5"))
    #expect(
      area5.statistics
        == PeerStatistics(count: 4, mean: 57.5, median: 57.5, minimum: 50, maximum: 65))
    #expect(area5.rank == PeerRank(position: 4, outOf: 5, tiedPeers: 1))
    #expect(area5.subject.status == .partlyAssessed)

    // Area 8: 45, 48, 50, 55, 60 → mean 258 / 5 = 51.6, median 50; Testby 49.2 shows as 49: 4th.
    let area8 = try #require(comparison.row(id: "8"))
    #expect(isClose(area8.statistics?.mean, 51.6))
    #expect(area8.statistics?.median == 50)
    #expect(area8.rank?.position == 4)

    // Total: 425, 450, 455, 468.5714, 498 → mean 2296.5714 / 5 = 459.3143, median 455. Testby
    // 444.8935 shows as 445, behind four peers: 5th of 6.
    let total = try #require(comparison.row(id: "total"))
    #expect(isClose(total.statistics?.mean, 459.314_286))
    #expect(total.statistics?.median == 455)
    #expect(total.statistics?.minimum == 425)
    #expect(total.statistics?.maximum == 498)
    #expect(isClose(total.subjectPoints, 444.893_506))
    #expect(total.rank == PeerRank(position: 5, outOf: 6, tiedPeers: 0))
  }

  @Test("Two peers are too few: the comparison says so instead of giving statistics")
  func twoPeers() throws {
    let comparison = try #require(try Self.group(2).comparison(for: try Self.subject()).value)
    #expect(comparison.peerCount == 2)
    #expect(comparison.hasTooFewPeers)
    #expect(
      comparison.rows.allSatisfy { $0.statistics == nil && $0.rank == nil && $0.difference == nil })
    #expect(comparison.rows.allSatisfy { $0.note != nil && $0.subjectPoints != nil })
    #expect(
      comparison.notes.first?.english
        == "Too few peers (2); at least 3 are needed for mean, median, minimum, maximum and rank, so no statistics are shown."
    )
  }

  @Test("No peers at all: the same flag, and the municipality's own figures")
  func noPeers() throws {
    let comparison = try #require(try Self.group(0).comparison(for: try Self.subject()).value)
    #expect(comparison.peerCount == 0 && comparison.hasTooFewPeers)
    #expect(comparison.rows.allSatisfy { $0.statistics == nil })
    #expect(comparison.row(id: "3")?.subjectPoints == 80)
  }

  @Test("Each municipality counts once; the subject and other rubrics are left out with warnings")
  func duplicatesAndMismatches() throws {
    var group = try Self.group(3)
    let provkoping = try ComparisonFixtures.evaluation("peers/provkoping-2020.json").evaluation
    // The same municipality again, evaluated later: the later one replaces it.
    var later = provkoping
    later.date = try #require(CalendarDate("2021-04"))
    later.areas[0].assessment = .points(90)
    #expect(group.add(later, file: "provkoping-2021.json").map(\.kind) == [.duplicatePeer])
    #expect(group.count == 3)
    // The benchmarked municipality itself.
    let testby = try ComparisonFixtures.evaluation("evaluations/testby-2020.json").evaluation
    #expect(group.add(testby, file: "testby-2020.json").map(\.kind) == [.subjectAmongPeers])
    // Another rubric.
    let old = try ComparisonFixtures.evaluation("evaluations/testby-2016.json").evaluation
    #expect(group.add(old, file: "testby-2016.json").map(\.kind) == [.rubricMismatch])
    #expect(group.codes.map(\.rawValue) == ["1896", "1897", "1898"])

    let result = group.comparison(for: try Self.subject())
    #expect(result.errors.isEmpty)
    #expect(result.warnings.count == 3)
    // Area 1 with Provköping's later 90: 60, 70, 90 → mean 220 / 3 = 73.333.
    #expect(isClose(result.value?.row(id: "1")?.statistics?.mean, 73.333_333))
  }

  @Test("Streaming 1,000 peers keeps numbers only and gives exact statistics")
  func manyPeers() throws {
    let rubric = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2020"))
    let template = try ComparisonFixtures.evaluation("peers/provkoping-2020.json").evaluation
    var group = PeerGroup(rubric: rubric, excluding: MunicipalityCode(rawValue: "1899"))
    // 1,000 made-up peers, each with its own code (the group counts each code once): ten county
    // prefixes × 00–99.
    let counties = ["01", "03", "04", "05", "06", "07", "08", "09", "10", "12"]
    for index in 0..<1000 {
      var peer = template
      let code = counties[index / 100] + String(format: "%02d", index % 100)
      peer.municipality = Municipality(
        name: "Peer \(index)", code: try #require(MunicipalityCode(rawValue: code)))
      peer.areas[0].assessment = .points(Double(index % 100))
      group.add(peer)
    }
    #expect(group.count == 1000 && group.problems.isEmpty)
    let row = try #require(group.comparison(for: try Self.subject()).value?.row(id: "1"))
    // Area 1 takes the values 0 … 99, ten times each: mean 49.5, median (49 + 50) / 2 = 49.5.
    #expect(
      row.statistics
        == PeerStatistics(count: 1000, mean: 49.5, median: 49.5, minimum: 0, maximum: 99))
    // Testby's 59.4556 shows as 59: the values 60 … 99 (40 of them, ten times each) are above.
    #expect(row.rank == PeerRank(position: 401, outOf: 1001, tiedPeers: 10))
  }

  @Test("The subject must have the group's rubric")
  func subjectWithOtherRubric() throws {
    let old = try ComparisonFixtures.evaluation("evaluations/testby-2016.json").evaluation
    let rubric = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2016"))
    let result = try Self.group(5).comparison(
      for: ScoringEngine(rubric: rubric).score(old), file: "testby-2016.json")
    #expect(result.value == nil)
    #expect(result.errors.map(\.kind) == [.rubricMismatch])
  }

  @Test("A reference profile is used in place of peers and labelled as such")
  func referenceProfile() throws {
    let path = "profiles/testsnitt-2020.json"
    let loaded = ReferenceProfile.load(contentsOf: ComparisonFixtures.url(path), displayName: path)
    #expect(loaded.problems.isEmpty, "\(loaded.problems)")
    let profile = try #require(loaded.value)
    #expect(
      try JSONDecoder().decode(
        ReferenceProfile.self, from: Data(contentsOf: ComparisonFixtures.url(path))) == profile)
    let result = profile.comparison(for: try Self.subject(), file: "testby-2020.json")
    #expect(result.problems.isEmpty)
    let comparison = try #require(result.value)
    #expect(comparison.basis == .reference(id: "testsnitt-2020", title: profile.title))
    #expect(comparison.label.swedish == "Referensprofil: Testsnitt 2020 (påhittade testdata)")
    #expect(comparison.peerCount == 0 && !comparison.hasTooFewPeers)
    #expect(comparison.rows.allSatisfy { $0.statistics == nil && $0.rank == nil })
    // Area 1: 59.4556 − 55 = +4.4556; area 2: 49.5 − 52.5 = −3; area 3: 80 − 60 = +20.
    #expect(isClose(comparison.row(id: "1")?.difference, 4.455_556))
    #expect(comparison.row(id: "2")?.difference == -3)
    #expect(comparison.row(id: "3")?.difference == 20)
    // No published total: 55 + 52.5 + 60 + 50 + 58 + 54 + 56 + 53 = 438.5; 444.8935 − 438.5 = 6.3935.
    #expect(comparison.row(id: "total")?.referencePoints == 438.5)
    #expect(isClose(comparison.row(id: "total")?.difference, 6.393_506))
    #expect(comparison.notes.first?.english?.contains("not with a group of peers") == true)
  }

  @Test("A broken reference profile is reported with JSON paths")
  func brokenReferenceProfile() throws {
    let bytes = try ComparisonFixtures.mutated("profiles/testsnitt-2020.json") { object in
      var areas = object["areas"] as! [[String: Any]]
      areas[0]["id"] = "1.2"
      areas[2]["points"] = 120
      object["areas"] = areas
    }
    let result = ReferenceProfile.load(bytes: bytes, file: "snitt.json")
    #expect(result.value == nil)
    #expect(
      result.problems.map(ExpectedProblem.init).sorted { $0.description < $1.description } == [
        ExpectedProblem(
          "areas", .missingID,
          "area 1 (Interaction between elected representatives and citizens) is missing and gets no reference value"
        ),
        ExpectedProblem(
          "areas[0].id", .unknownID,
          "\"1.2\" is a sub-area of the rubric kommunkompassen-2020, but a reference profile has areas only: 1, 2, 3, 4, 5, 6, 7, 8"
        ),
        ExpectedProblem("areas[2].points", .outOfRange, "area 3: the points 120 are outside 0–100"),
      ])
    #expect(result.problems.allSatisfy { $0.location != nil })
  }
}
