import Foundation
import Testing

@testable import KommunKompass

/// What a target row's status and gap say: a target reached leaves nothing to go, a passed target
/// date without the target says so, and a decline is called a decline.
@Suite("Target status and gap")
struct TargetStatusTests {
  /// Testby's targets, with the target date moved to `targetDate`.
  static func comparison(targetDate: String) throws -> TargetComparison {
    var profile = try TargetProfileTests.profile()
    profile.targetDate = try #require(CalendarDate(targetDate))
    return try #require(
      profile.progress(
        current: try ComparisonFixtures.evaluation("evaluations/testby-2020.json"),
        baseline: try ComparisonFixtures.evaluation("evaluations/testby-2018.json")
      ).value)
  }

  @Test(
    "Before the target date: reached, improving, no change and declining rows",
    arguments: [
      // Area 3: 50 → 80, target 75: reached, nothing to go (not −5).
      ("3", TargetStatus.reached, 0.0),
      // Area 1: 52.4 → 59.4556, target 70: improving, 10.5444 to go.
      ("1", .improving, 10.544_444),
      // Area 2: 50 → 49.5, target 60: a decline, not "no improvement".
      ("2", .declining, 10.5),
      // Area 4: 70 → 55, target 80: a decline.
      ("4", .declining, 25),
      // Area 6: target = baseline = now = 50: reached.
      ("6", .reached, 0),
    ])
  func beforeTheDate(id: String, status: TargetStatus, gap: Double) throws {
    let comparison = try Self.comparison(targetDate: "2024-11")
    #expect(!comparison.isTargetDateReached)
    let row = try #require(comparison.row(id: id))
    #expect(row.status == status)
    #expect(isClose(row.gap, gap))
  }

  @Test(
    "At or after the target date: a target not reached is missed, never 'improving'",
    arguments: ["2020-11", "2019-06"])
  func afterTheDate(targetDate: String) throws {
    let comparison = try Self.comparison(targetDate: targetDate)
    #expect(comparison.isTargetDateReached)
    // Area 1 was improving (40 % of the way) and area 7 too (20 %), area 2 declining: all missed.
    for id in ["1", "2", "4", "7", "8", "1.3"] {
      #expect(comparison.row(id: id)?.status == .missed, "\(id)")
    }
    #expect(comparison.row(id: "1")?.displayProgressPercent == 40)
    // Reached stays reached, with nothing to go; without a figure stays not comparable.
    #expect(comparison.row(id: "3")?.status == .reached)
    #expect(comparison.row(id: "3")?.gap == 0)
    #expect(comparison.row(id: "1.4")?.status == .notComparable)
    #expect(TargetStatus.missed.title.swedish == "Ej uppnått till måldatum")
    #expect(TargetStatus.declining.title.swedish == "Försämring")
  }

  @Test("No gap is ever negative, whatever the target")
  func gapsNeverNegative() throws {
    for date in ["2024-11", "2020-11"] {
      let comparison = try Self.comparison(targetDate: date)
      for row in comparison.allRows {
        #expect((row.gap ?? 0) >= 0, "\(row.id)")
        if row.status == .reached { #expect(row.gap == 0, "\(row.id)") }
      }
    }
  }
}
