import Testing

@testable import KommunKompass

@Suite("Sub-areas that were not assessed")
struct NotAssessedTests {
  /// Kumla 2020 with some sub-areas marked not assessed.
  static func kumla(notAssessing ids: Set<String>) throws -> Scorecard {
    var evaluation = try #require(Evaluation.load(contentsOf: RepositoryFiles.kumla2020).value)
    for areaIndex in evaluation.areas.indices {
      for subIndex in evaluation.areas[areaIndex].subAreas.indices
      where ids.contains(evaluation.areas[areaIndex].subAreas[subIndex].id) {
        evaluation.areas[areaIndex].subAreas[subIndex].assessment = .notAssessed(
          reason: "Ingen intervju hanns med")
      }
    }
    let rubric = try #require(RubricCatalog.bundled.rubric(id: evaluation.rubricID))
    #expect(evaluation.validationProblems(against: rubric).isEmpty)
    return ScoringEngine(rubric: rubric).score(evaluation)
  }

  @Test("A sub-area not assessed leaves both the points and the maximum of its area")
  func oneSubArea() throws {
    let scorecard = try Self.kumla(notAssessing: ["1.2"])
    let area = try #require(scorecard.area(id: "1"))
    // Area 1 without 1.2 (4.8 of 10): 12.51 + 17.9 + 7.3 + 23.6 = 61.31 of 90.
    #expect(abs(area.score.points - 61.31) < 1e-9)
    #expect(area.score.assessedMaxPoints == 90)
    #expect(area.score.maxPoints == 100)
    #expect(area.score.unassessedMaxPoints == 10)
    #expect(area.score.displayPercent == 68)  // 61.31 / 90 = 68.1 %, not 61 % as if 1.2 were zero
    #expect(!area.score.isFullyAssessed)
    let subArea = try #require(area.subArea(id: "1.2"))
    #expect(!subArea.isAssessed)
    #expect(subArea.status == .notAssessed(reason: "Ingen intervju hanns med"))
    #expect(subArea.score.percent == nil)
    // Total: 557.35 − 4.8 = 552.55 of 790 assessed points, out of 800.
    #expect(abs(scorecard.total.points - 552.55) < 1e-9)
    #expect(scorecard.total.displayPoints == 553)
    #expect(scorecard.total.assessedMaxPoints == 790)
    #expect(scorecard.total.maxPoints == 800)
    #expect(scorecard.total.displayPercent == 70)  // 552.55 / 790 = 69.9 %
  }

  @Test("An area with nothing assessed has no percentage and is left out of the total's maximum")
  func wholeArea() throws {
    let scorecard = try Self.kumla(notAssessing: ["4.1", "4.2", "4.3", "4.4"])
    let area = try #require(scorecard.area(id: "4"))
    #expect(area.score.points == 0)
    #expect(area.score.assessedMaxPoints == 0)
    #expect(area.score.percent == nil)
    #expect(area.score.displayPercent == nil)
    // Total without area 4 (59.51): 497.84 of 700.
    #expect(abs(scorecard.total.points - 497.84) < 1e-9)
    #expect(scorecard.total.assessedMaxPoints == 700)
    #expect(scorecard.total.displayPercent == 71)
    #expect(scorecard.weakestSubAreas.allSatisfy { $0.areaID != "4" })
  }

  @Test("Nothing assessed at all gives no percentages and no highlights")
  func nothingAssessed() throws {
    let rubric = try #require(RubricCatalog.bundled.rubric(id: "kommunkompassen-2020"))
    let allIDs = Set(rubric.areas.flatMap { $0.subAreas.map(\.id) })
    let scorecard = try Self.kumla(notAssessing: allIDs)
    #expect(scorecard.total.percent == nil)
    #expect(scorecard.total.assessedMaxPoints == 0)
    #expect(scorecard.strongestSubAreas.isEmpty && scorecard.weakestSubAreas.isEmpty)
  }

  @Test("A sub-area marked not assessed in the file is read with its reason")
  func readFromFile() throws {
    let bytes = try KumlaMutation.json { object in
      editSubArea(&object, area: 0, subArea: 1) {
        $0["points"] = nil
        $0["notAssessed"] = "Underlag saknades vid utvärderingen"
      }
    }.apply()
    let result = Evaluation.load(bytes: bytes, file: "kumla.json")
    #expect(result.problems.isEmpty)
    let subArea = try #require(result.value?.subArea(id: "1.2"))
    #expect(subArea.assessment == .notAssessed(reason: "Underlag saknades vid utvärderingen"))
  }
}

@Suite("Sub-areas not scored yet")
struct PendingTests {
  @Test("points: null loads with a warning and counts like a sub-area not assessed")
  func pendingSubArea() throws {
    let bytes = try KumlaMutation.text("\"points\": 4.8", "\"points\": null").apply()
    let result = Evaluation.load(bytes: bytes, file: "draft.json")
    #expect(result.errors.isEmpty)
    #expect(result.warnings.map(\.kind) == [.notScoredYet])
    #expect(result.warnings.first?.path.description == "areas[0].subAreas[1].points")
    let evaluation = try #require(result.value)
    #expect(evaluation.subArea(id: "1.2")?.assessment == .pending)
    let rubric = try #require(RubricCatalog.bundled.rubric(id: evaluation.rubricID))
    let scorecard = ScoringEngine(rubric: rubric).score(evaluation)
    #expect(scorecard.area(id: "1")?.subArea(id: "1.2")?.status == .pending)
    #expect(scorecard.total.assessedMaxPoints == 790)
  }
}
