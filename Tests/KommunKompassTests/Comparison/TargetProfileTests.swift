import Foundation
import Testing

@testable import KommunKompass

/// Testby's made-up targets for 2024 (profiles/testby-mal-2024.json), measured from the 2018
/// evaluation and followed up with the 2020 one.
@Suite("Target profiles")
struct TargetProfileTests {
  static let file = "profiles/testby-mal-2024.json"

  static func profile() throws -> TargetProfile {
    let result = TargetProfile.load(contentsOf: ComparisonFixtures.url(file), displayName: file)
    #expect(result.problems.isEmpty, "\(result.problems)")
    return try #require(result.value)
  }

  static func progress(
    current: String = "evaluations/testby-2020.json",
    baseline: String? = "evaluations/testby-2018.json"
  ) throws -> Checked<TargetComparison> {
    try profile().progress(
      current: try ComparisonFixtures.evaluation(current),
      baseline: try baseline.map { try ComparisonFixtures.evaluation($0) }, file: file)
  }

  @Test("The file loads and agrees with JSONDecoder")
  func loads() throws {
    let profile = try Self.profile()
    #expect(profile.targetDate.description == "2024-11")
    #expect(
      profile.baseline
        == BaselineReference(
          date: try #require(CalendarDate("2018-10-15")), file: "testby-2018.json"))
    #expect(profile.area(id: "1")?.subAreas.map(\.id) == ["1.3", "1.4"])
    let decoded = try JSONDecoder().decode(
      TargetProfile.self, from: Data(contentsOf: ComparisonFixtures.url(Self.file)))
    #expect(decoded == profile)
    #expect(
      try JSONDecoder().decode(TargetProfile.self, from: JSONEncoder().encode(profile)) == profile)
  }

  struct RowCase: Sendable, CustomTestStringConvertible {
    var id: String
    var target: Double
    var baseline: Double?
    var current: Double?
    var gap: Double?
    var progress: Double?
    var status: TargetStatus
    var note: ComparisonNote? = nil
    var testDescription: String { "\(id): \(status)" }
  }

  static let rows: [RowCase] = [
    // Area 1: baseline 52.4; now 53.51 of 90 → 59.4556 on the full 100. Gap 70 − 59.4556 = 10.5444;
    // progress (59.4556 − 52.4) / (70 − 52.4) = 7.0556 / 17.6 = 0.4009.
    RowCase(
      id: "1", target: 70, baseline: 52.4, current: 59.455_556, gap: 10.544_444,
      progress: 0.400_884, status: .improving),
    // 1.3: 15 → 21 of 30, target 25: gap 4, progress 6 / 10 = 0.6.
    RowCase(
      id: "1.3", target: 25, baseline: 15, current: 21, gap: 4, progress: 0.6, status: .improving),
    // 1.4: 5 at the baseline, not assessed now: not comparable, not zero.
    RowCase(
      id: "1.4", target: 8, baseline: 5, current: nil, gap: nil, progress: nil,
      status: .notComparable, note: .notAssessed),
    // Area 2: 50 → 49.5, target 60: gap 10.5, progress −0.5 / 10 = −0.05, a decline.
    RowCase(
      id: "2", target: 60, baseline: 50, current: 49.5, gap: 10.5, progress: -0.05,
      status: .declining),
    // Area 3: 50 → 80, target 75: reached, so nothing left (not −5); progress 30 / 25 = 1.2.
    RowCase(
      id: "3", target: 75, baseline: 50, current: 80, gap: 0, progress: 1.2, status: .reached),
    // Area 4: 70 → 55, target 80: gap 25, progress −15 / 10 = −1.5, a decline.
    RowCase(
      id: "4", target: 80, baseline: 70, current: 55, gap: 25, progress: -1.5, status: .declining),
    // Area 6: target 50 = baseline 50: progress undefined (0 / 0); now 50, so reached.
    RowCase(
      id: "6", target: 50, baseline: 50, current: 50, gap: 0, progress: nil, status: .reached),
    // Area 7: 50 → 51, target 55: gap 4, progress 1 / 5 = 0.2.
    RowCase(
      id: "7", target: 55, baseline: 50, current: 51, gap: 4, progress: 0.2, status: .improving),
    // Area 8: target 50 = baseline 50, now 49.2, published as 49: not reached, progress undefined.
    RowCase(
      id: "8", target: 50, baseline: 50, current: 49.2, gap: 0.8, progress: nil,
      status: .progressUndefined),
  ]

  @Test("Gap, progress and status per targeted row", arguments: rows)
  func row(_ expected: RowCase) throws {
    let comparison = try #require(try Self.progress().value)
    let row = try #require(comparison.row(id: expected.id))
    #expect(row.target == expected.target)
    #expect(row.status == expected.status)
    #expect(row.note == expected.note)
    for (actual, wanted, name) in [
      (row.baseline, expected.baseline, "baseline"), (row.current, expected.current, "current"),
      (row.gap, expected.gap, "gap"), (row.progress, expected.progress, "progress"),
    ] {
      if let wanted {
        #expect(isClose(actual, wanted), "\(name): \(String(describing: actual))")
      } else {
        #expect(actual == nil, "\(name): \(String(describing: actual))")
      }
    }
  }

  @Test("Only targeted areas get rows; no total without a target for every area")
  func shape() throws {
    let comparison = try #require(try Self.progress().value)
    #expect(comparison.areas.map(\.id) == ["1", "2", "3", "4", "6", "7", "8"])
    #expect(comparison.areas[0].subRows.map(\.id) == ["1.3", "1.4"])
    #expect(comparison.total == nil)
    #expect(comparison.hasBaseline)
    #expect(!comparison.isTargetDateReached)  // 2020-11 is before 2024-11
    #expect(comparison.baselineDate.description == "2018-10-15")
    #expect(comparison.currentDate.description == "2020-11")
  }

  @Test("With every area targeted there is a total row")
  func total() throws {
    var profile = try Self.profile()
    profile.areas.append(AreaTarget(id: "5", points: 60))
    let comparison = try #require(
      profile.progress(
        current: try ComparisonFixtures.evaluation("evaluations/testby-2020.json"),
        baseline: try ComparisonFixtures.evaluation("evaluations/testby-2018.json")
      ).value)
    // Targets 70 + 60 + 75 + 80 + 60 + 50 + 55 + 50 = 500; baseline 422.4; now 444.8935 (428.21 of
    // 770 on 800). Progress (444.8935 − 422.4) / (500 − 422.4) = 22.4935 / 77.6 = 0.2899.
    let total = try #require(comparison.total)
    #expect(total.target == 500)
    #expect(isClose(total.progress, 0.289_865))
    #expect(total.status == .improving)
  }

  @Test("Without a baseline evaluation only the gaps are shown")
  func withoutBaseline() throws {
    let comparison = try #require(try Self.progress(baseline: nil).value)
    #expect(!comparison.hasBaseline)
    #expect(comparison.row(id: "2")?.gap == 10.5)
    #expect(comparison.row(id: "2")?.status == .notComparable)
    #expect(comparison.row(id: "3")?.status == .reached)
    #expect(comparison.areas.allSatisfy { $0.progress == nil })
  }

  @Test(
    "An area-level evaluation follows up area targets; sub-area targets say they need sub-areas")
  func areaLevelCurrent() throws {
    let comparison = try #require(
      try Self.progress(current: "evaluations/testby-2022-area.json").value)
    // Area 1: 60 now; progress (60 − 52.4) / 17.6 = 0.4318.
    #expect(isClose(comparison.row(id: "1")?.progress, 0.431_818))
    #expect(comparison.row(id: "1.3")?.status == .notComparable)
    #expect(comparison.row(id: "1.3")?.note == .noSubAreaDetail)
    #expect(comparison.row(id: "4")?.note == .notAssessed)
    #expect(
      comparison.notes.contains {
        $0.english
          == "The current evaluation has points per area only, so the sub-area targets cannot be followed up."
      })
  }

  @Test("Evaluations that do not fit the profile are refused with the file and path")
  func refusals() throws {
    // The 2020 evaluation is not the 2018 baseline the profile names.
    let wrongBaseline = try Self.progress(baseline: "evaluations/testby-2020.json")
    #expect(wrongBaseline.value == nil)
    #expect(
      wrongBaseline.errors.map(ExpectedProblem.init) == [
        ExpectedProblem(
          "baseline.date", .baselineMismatch,
          "the target profile's baseline is of 2018-10-15, but the evaluation given as baseline (evaluations/testby-2020.json) is of 2020-11"
        )
      ])
    #expect(wrongBaseline.errors.first?.file == Self.file)
    // Another municipality.
    let other = try Self.progress(current: "peers/provkoping-2020.json")
    #expect(other.errors.map(\.kind) == [.differentMunicipalities])
    #expect(other.errors.first?.file == "peers/provkoping-2020.json")
    // A current evaluation older than the baseline.
    let older = try Self.progress(current: "evaluations/testby-2016.json")
    #expect(Set(older.errors.map(\.kind)) == [.rubricMismatch, .baselineMismatch])
  }

  @Test("A broken target profile is reported with JSON paths")
  func broken() throws {
    let bytes = try ComparisonFixtures.mutated(Self.file) { object in
      object["targetDate"] = "2018-10"
      var areas = object["areas"] as! [[String: Any]]
      areas[0]["subAreas"] = [["id": "2.1", "points": 10]]
      areas[2]["points"] = 120
      object["areas"] = areas
    }
    let result = TargetProfile.load(bytes: bytes, file: "mal.json")
    #expect(result.value == nil)
    #expect(
      result.problems.map(ExpectedProblem.init).sorted { $0.description < $1.description } == [
        ExpectedProblem(
          "areas[0].subAreas[0].id", .misplacedID, "sub-area 2.1 belongs to area 2, not to area 1"),
        ExpectedProblem("areas[2].points", .outOfRange, "area 3: the target 120 is outside 0–100"),
        ExpectedProblem(
          "targetDate", .invalidDate,
          "the target date 2018-10 must be after the baseline 2018-10-15"),
      ])
    #expect(result.problems.allSatisfy { $0.file == "mal.json" && $0.location != nil })
  }
}
