/// Compares evaluations of one municipality over time, within one rubric revision or across
/// revisions through crosswalks.
///
/// ```swift
/// let comparer = EvaluationComparer()
/// let result = comparer.compare([
///   NamedEvaluation(file: "testby-2016.json", evaluation: earlier),
///   NamedEvaluation(file: "testby-2020.json", evaluation: later),
/// ])
/// for problem in result.problems { print(problem) }
/// if let comparison = result.value {
///   for row in comparison.allRows { print(row.id, row.classification) }
/// }
/// ```
///
/// The rules:
/// - Evaluations are matched by SCB code (``Municipality/code``), never by name. Different codes
///   are an error unless ``ComparisonOptions/allowDifferentMunicipalities`` makes them a warning.
/// - Columns are ordered by date. Dates that could be the same day are an error unless
///   ``ComparisonOptions/allowSameDate`` (see ``ComparisonOptions``).
/// - Rows follow the latest evaluation's rubric. Another rubric needs a crosswalk (or a chain of
///   them) to it; only what the crosswalks map is compared, and every value says how comparable it
///   is.
/// - A part not assessed or not scored yet is not comparable, never zero. Area-level evaluations
///   compare at area level; sub-area rows say they need sub-area points.
/// - See ``ComparisonOptions`` for when a change counts as one.
public struct EvaluationComparer: Sendable {
  /// The rubrics the evaluations may name.
  public var rubrics: RubricCatalog
  /// The crosswalks between rubric revisions.
  public var crosswalks: CrosswalkCatalog
  /// Thresholds and permissions.
  public var options: ComparisonOptions

  /// Creates a comparer; the bundled rubrics and crosswalks by default.
  public init(
    rubrics: RubricCatalog = .bundled,
    crosswalks: CrosswalkCatalog = .bundled,
    options: ComparisonOptions = .default
  ) {
    self.rubrics = rubrics
    self.crosswalks = crosswalks
    self.options = options
  }

  /// Compares evaluations given without file names.
  public func compare(_ evaluations: [Evaluation]) -> Checked<TimeComparison> {
    compare(evaluations.map { NamedEvaluation(file: nil, evaluation: $0) })
  }

  /// Compares two or more evaluations of one municipality over time.
  ///
  /// - Parameter inputs: Evaluations that loaded without errors, in any order.
  /// - Returns: The comparison, or `nil` with the errors that refused it; warnings either way.
  public func compare(_ inputs: [NamedEvaluation]) -> Checked<TimeComparison> {
    guard inputs.count >= 2 else {
      let problem = Problem(
        file: inputs.first?.file, path: .root, kind: .tooFewEvaluations,
        message: LocalizedText(
          sv: "en jämförelse över tid behöver minst två utvärderingar, men fick \(inputs.count)",
          en: "a comparison over time needs at least two evaluations, but got \(inputs.count)"))
      return Checked(value: nil, problems: [problem])
    }
    var problems = municipalityProblems(inputs)
    // Date order, refusing dates that could be the same day.
    let ordered = inputs.enumerated()
      .sorted { ($0.element.evaluation.date, $0.offset) < ($1.element.evaluation.date, $1.offset) }
      .map(\.element)
    problems += orderProblems(ordered)

    // Rubrics, and a route from each to the latest one.
    let (rubricOfColumn, rubricProblems) = columnRubrics(ordered)
    problems += rubricProblems
    guard rubricOfColumn.count == ordered.count, let rowRubric = rubricOfColumn.last else {
      return Checked(value: nil, problems: problems)
    }
    let (routes, routeProblems) = self.routes(
      ordered, rubrics: rubricOfColumn, to: rowRubric)
    problems += routeProblems
    guard !problems.containsErrors else { return Checked(value: nil, problems: problems) }

    let scorecards = zip(ordered, rubricOfColumn).map {
      ScoringEngine(rubric: $1).score($0.evaluation)
    }
    let table = Table(
      rubrics: rubricOfColumn, scorecards: scorecards, routes: routes, crosswalks: crosswalks,
      rowRubric: rowRubric, options: options)
    let comparison = table.comparison(
      columns: zip(ordered, scorecards).map { input, scorecard in
        ComparedEvaluation(
          file: input.file, municipality: input.evaluation.municipality,
          date: input.evaluation.date,
          kind: input.evaluation.kind, rubricID: scorecard.rubricID,
          rubricRevision: scorecard.rubricRevision,
          detail: input.evaluation.detail, total: scorecard.total,
          publishedTotal: scorecard.publishedTotal)
      })
    return Checked(value: comparison, problems: problems)
  }

  /// The evaluations must be of one municipality, matched by SCB code: an error for each other
  /// code, or a warning when ``ComparisonOptions/allowDifferentMunicipalities``.
  private func municipalityProblems(_ inputs: [NamedEvaluation]) -> [Problem] {
    var problems: [Problem] = []
    let reference = inputs[0]
    for input in inputs.dropFirst()
    where input.evaluation.municipality.code != reference.evaluation.municipality.code {
      let other = input.evaluation.municipality
      let first = reference.evaluation.municipality
      let allowed = options.allowDifferentMunicipalities
      problems.append(
        input, ["municipality", "code"], .differentMunicipalities, allowed ? .warning : .error,
        sv:
          "utvärderingen gäller \(other.name) (\(other.code)), inte \(first.name) (\(first.code)) som \(reference.file ?? "den första utvärderingen")"
          + (allowed
            ? "; jämförs ändå, på begäran"
            : "; en jämförelse över tid gäller en kommun, matchad på kommunkod"),
        en:
          "the evaluation is of \(other.name) (\(other.code)), not \(first.name) (\(first.code)) like \(reference.file ?? "the first evaluation")"
          + (allowed
            ? "; compared anyway, as asked"
            : "; a comparison over time is of one municipality, matched by municipality code"))
    }

    return problems
  }

  /// Problems of the evaluations in date order: dates that could be the same day (an error unless
  /// ``ComparisonOptions/allowSameDate``), and a warning when kinds of evaluation are mixed.
  private func orderProblems(_ ordered: [NamedEvaluation]) -> [Problem] {
    var problems: [Problem] = []
    for (earlier, later) in zip(ordered, ordered.dropFirst())
    where Self.couldBeSameDay(earlier.evaluation.date, later.evaluation.date) {
      let allowed = options.allowSameDate
      problems.append(
        later, ["date"], .sameDate, allowed ? .warning : .error,
        sv:
          "datumet \(later.evaluation.date) kan vara samma dag som \(earlier.evaluation.date) i \(earlier.file ?? "en annan utvärdering")"
          + (allowed
            ? "; de jämförs i den ordning de gavs"
            : "; ordningen avgör varje förändrings tecken, så jämförelsen görs inte"),
        en:
          "the date \(later.evaluation.date) could be the same day as \(earlier.evaluation.date) in \(earlier.file ?? "another evaluation")"
          + (allowed
            ? "; they are compared in the order given"
            : "; the order decides the sign of every change, so they are not compared"))
    }
    if Set(ordered.map(\.evaluation.kind)).count > 1 {
      problems.append(
        nil, [], .differentEvaluationKinds, .warning,
        sv:
          "externa utvärderingar och självvärderingar jämförs; skillnader kan bero på vem som bedömde",
        en:
          "external evaluations and self-assessments are compared; differences may come from who assessed"
      )
    }

    return problems
  }

  /// The rubric of each evaluation, in order, with an error for each rubric that is not known.
  private func columnRubrics(_ ordered: [NamedEvaluation]) -> ([Rubric], [Problem]) {
    var problems: [Problem] = []
    var rubricOfColumn: [Rubric] = []
    for input in ordered {
      if let rubric = rubrics.rubric(id: input.evaluation.rubricID) {
        rubricOfColumn.append(rubric)
      } else {
        let known = rubrics.ids.map { "\"\($0)\"" }.joined(separator: ", ")
        problems.append(
          input, ["rubric"], .unknownRubric, .error,
          sv:
            "det finns ingen version \"\(input.evaluation.rubricID)\" av Kommunkompassen; kända versioner: \(known)",
          en: "there is no rubric \"\(input.evaluation.rubricID)\"; known rubrics: \(known)")
      }
    }
    return (rubricOfColumn, problems)
  }

  /// A crosswalk route from each evaluation's rubric to the row rubric, with an error for each
  /// rubric that no crosswalk connects.
  private func routes(
    _ ordered: [NamedEvaluation], rubrics rubricOfColumn: [Rubric], to rowRubric: Rubric
  ) -> ([String: CrosswalkRoute], [Problem]) {
    var problems: [Problem] = []
    var routes: [String: CrosswalkRoute] = [:]
    for (input, rubric) in zip(ordered, rubricOfColumn) where routes[rubric.id] == nil {
      if let route = crosswalks.route(from: rubric.id, to: rowRubric.id) {
        routes[rubric.id] = route
      } else {
        problems.append(
          input, ["rubric"], .noCrosswalk, .error,
          sv:
            "ingen övergångstabell (crosswalk) förbinder \(rubric.id) med \(rowRubric.id), som den senaste utvärderingen använder; lägg till en i Rubrics/crosswalks/",
          en:
            "no crosswalk connects \(rubric.id) with \(rowRubric.id), which the latest evaluation uses; add one in Rubrics/crosswalks/"
        )
      }
    }
    return (routes, problems)
  }

  /// Whether two dates could name the same day: their periods overlap (see
  /// ``CalendarDate/overlaps(_:)``), as "2020" and "2020-11" do.
  static func couldBeSameDay(_ a: CalendarDate, _ b: CalendarDate) -> Bool { a.overlaps(b) }
}

extension EvaluationComparer {
  /// Builds the rows of a comparison whose inputs have passed every check.
  struct Table {
    var rubrics: [Rubric]
    var scorecards: [Scorecard]
    var routes: [String: CrosswalkRoute]
    var crosswalks: CrosswalkCatalog
    var rowRubric: Rubric
    var options: ComparisonOptions

    /// With a totals-only evaluation among them, only the totals are compared.
    var totalsOnly: Bool { scorecards.contains { $0.detail == .total } }

    func comparison(columns: [ComparedEvaluation]) -> TimeComparison {
      let withSubAreas = scorecards.contains { $0.detail == .subArea }
      // Parts that share an earlier counterpart are one row, so no earlier figure counts twice.
      let earlierRoutes = uniqueRubrics().filter { $0.id != rowRubric.id }.compactMap {
        routes[$0.id]
      }
      let areaGroups =
        totalsOnly
        ? [] : CrosswalkRoute.groups(of: rowRubric.areas.map(\.id), routes: earlierRoutes)
      let areaRows = areaGroups.map { group in
        var row = makeRow(ids: group, level: .area, areaID: nil, in: rowRubric)
        if withSubAreas {
          let subAreaIDs = group.flatMap { rowRubric.area(id: $0)?.subAreas.map(\.id) ?? [] }
          row.subRows = CrosswalkRoute.groups(of: subAreaIDs, routes: earlierRoutes).map {
            makeRow(
              ids: $0, level: .subArea, areaID: rowRubric.subArea(id: $0[0])?.area.id,
              in: rowRubric)
          }
        }
        return row
      }
      let removedRows: [ComparisonRow] =
        totalsOnly
        ? []
        : removedRowIDs().map {
          makeRow(ids: [$0.id], level: $0.level, areaID: $0.areaID, in: $0.rubric)
        }
      let totalRow = makeTotalRow()

      let candidates = areaRows.flatMap { [$0] + $0.subRows }
      let earlierRubrics = uniqueRubrics().filter { $0.id != rowRubric.id }
      let versionNames = Dictionary(
        uniqueRubrics().map { ($0.id, "Kommunkompassen \($0.revision)") },
        uniquingKeysWith: { first, _ in first })
      let overlaps = earlierRubrics.compactMap { earlier -> CrosswalkOverlap? in
        guard var overlap = routes[earlier.id]?.overlap(of: rowRubric) else { return nil }
        overlap.names = (
          versionNames[overlap.earlierRubricID] ?? overlap.earlierRubricID,
          versionNames[overlap.laterRubricID] ?? overlap.laterRubricID
        )
        return overlap
      }
      let notes =
        self.notes(
          columns: columns, withSubAreas: withSubAreas, crossesRevisions: !earlierRubrics.isEmpty,
          overlaps: overlaps) + jointRowNotes(areaGroups, columns: columns)

      return TimeComparison(
        municipality: columns.last?.municipality ?? scorecards[0].municipality,
        evaluations: columns,
        rubricID: rowRubric.id,
        rubricTitle: rowRubric.title,
        crossesRevisions: !earlierRubrics.isEmpty,
        overlaps: overlaps,
        areas: areaRows,
        removed: removedRows,
        total: totalRow,
        largestImprovements: highlights(.improved, among: candidates, largestFirst: >),
        largestDeclines: highlights(.declined, among: candidates, largestFirst: <),
        notes: notes,
        options: options)
    }

    /// The rows of one classification with the largest changes in percentage points, at most
    /// ``ComparisonOptions/highlightCount``, in row order among equal changes.
    func highlights(
      _ classification: ChangeClassification, among candidates: [ComparisonRow],
      largestFirst: (Double, Double) -> Bool
    ) -> [ChangeHighlight] {
      candidates.enumerated()
        .filter { $0.element.classification == classification }
        .sorted { a, b in
          let (x, y) = (
            a.element.overall.percentagePoints ?? 0, b.element.overall.percentagePoints ?? 0
          )
          return x != y ? largestFirst(x, y) : a.offset < b.offset
        }
        .prefix(max(0, options.highlightCount))
        .map {
          ChangeHighlight(
            id: $0.element.id, level: $0.element.level, areaID: $0.element.areaID,
            rubricID: $0.element.rubricID,
            title: $0.element.title, change: $0.element.overall)
        }
    }

    /// A note for each row that joins several areas: why they are compared together.
    func jointRowNotes(_ groups: [[String]], columns: [ComparedEvaluation]) -> [LocalizedText] {
      groups.filter { $0.count > 1 }.map { group in
        let last = group.last ?? ""
        let listed = group.dropLast().joined(separator: ", ")
        let rubricNames = columns.filter { $0.rubricID != rowRubric.id }.map(\.rubricRevision)
        var seen: Set<String> = []
        let revisions = rubricNames.filter { seen.insert($0).inserted }.joined(separator: ", ")
        return LocalizedText(
          sv:
            "Områdena \(listed) och \(last) jämförs tillsammans, på en rad: övergångstabellen fördelar ett område i Kommunkompassen \(revisions) mellan dem, och dess poäng får bara räknas en gång.",
          en:
            "Areas \(listed) and \(last) are compared together, on one row: the crosswalk shares an area of Kommunkompassen \(revisions) between them, and its points may be counted only once."
        )
      }
    }

    /// The notes under the comparison: revisions crossed and what their crosswalks cover, and
    /// sub-areas that cannot be compared for want of sub-area points.
    func notes(
      columns: [ComparedEvaluation], withSubAreas: Bool, crossesRevisions: Bool,
      overlaps: [CrosswalkOverlap]
    ) -> [LocalizedText] {
      var notes: [LocalizedText] = []
      if crossesRevisions {
        let revisions = uniqueRubrics().map(\.revision).joined(separator: ", ")
        notes.append(
          LocalizedText(
            sv:
              "Utvärderingarna är gjorda med olika versioner av Kommunkompassen (\(revisions)). Jämförelser mellan versionerna går bara att göra delvis: bara det som övergångstabellerna kopplar ihop jämförs, och varje rad anger hur jämförbar den är.",
            en:
              "The evaluations were made with different versions of Kommunkompassen (\(revisions)). They can only partly be compared: only what the crosswalks connect is compared, and every row states how comparable it is."
          ))
        notes += overlaps.map(\.summary)
      }
      let areaLevelColumns = columns.enumerated().filter { $0.element.detail == .area }
      notes += totalsOnlyNotes(columns: columns) + publishedTotalNotes(columns: columns)
      if !totalsOnly, !rowRubric.areas.allSatisfy(\.subAreas.isEmpty) {
        if !withSubAreas {
          notes.append(
            LocalizedText(
              sv: "Delområden jämförs inte: alla utvärderingarna har bara poäng per område.",
              en: "Sub-areas are not compared: all the evaluations have points per area only."))
        } else if !areaLevelColumns.isEmpty {
          let dates = areaLevelColumns.map { "\($0.element.date)" }.joined(separator: ", ")
          notes.append(
            LocalizedText(
              sv:
                "Utvärderingen från \(dates) har bara poäng per område; dess delområden redovisas som ej jämförbara.",
              en:
                "The evaluation of \(dates) has points per area only; its sub-areas are shown as not comparable."
            ))
        }
      }

      return notes
    }

    /// The rubrics of the columns, each once, in column order.
    func uniqueRubrics() -> [Rubric] {
      var seen: Set<String> = []
      return rubrics.filter { seen.insert($0.id).inserted }
    }

    /// Areas (and sub-areas a crosswalk marks removed) of earlier rubrics with no counterpart in
    /// the row rubric.
    func removedRowIDs() -> [(id: String, level: ComparisonLevel, areaID: String?, rubric: Rubric)]
    {
      var rows: [(id: String, level: ComparisonLevel, areaID: String?, rubric: Rubric)] = []
      for rubric in uniqueRubrics() where rubric.id != rowRubric.id {
        guard let route = routes[rubric.id] else { continue }
        for area in rubric.areas {
          if case .unmatched = route.targetCounterparts(of: [area.id]) {
            rows.append((area.id, .area, nil, rubric))
          }
          for subArea in area.subAreas {
            if case .unmatched = route.targetCounterparts(of: [subArea.id]) {
              rows.append((subArea.id, .subArea, area.id, rubric))
            }
          }
        }
      }
      return rows
    }

    /// A row for ids of `rubric`, with every column's figure: one id, or several compared together
    /// (their id joined with "+", their titles with " + ", their maxima added).
    func makeRow(ids: [String], level: ComparisonLevel, areaID: String?, in rubric: Rubric)
      -> ComparisonRow
    {
      let values = scorecards.indices.map { value(of: ids, in: rubric, column: $0) }
      let titles = ids.map { rubric.title(of: $0) ?? LocalizedText(sv: $0) }
      let title =
        titles.count == 1
        ? titles[0]
        : LocalizedText(
          sv: titles.map(\.swedish).joined(separator: " + "),
          en: titles.map { $0.text(in: .english) }.joined(separator: " + "))
      return ComparisonRow(
        id: ids.joined(separator: "+"), level: level, areaID: areaID, rubricID: rubric.id,
        title: title, maxPoints: ExactArithmetic.sum(ids.map { rubric.maxPoints(of: $0) ?? 0 }),
        values: values, steps: steps(values),
        overall: change(values, from: 0, to: values.count - 1))
    }

    /// The total row: each evaluation's own total.
    func makeTotalRow() -> ComparisonRow {
      let values = scorecards.indices.map { column -> ComparedValue in
        var figure = scorecards[column].totalFigure
        if rubrics[column].id != rowRubric.id, let route = routes[rubrics[column].id] {
          let overlap = route.overlap(of: rowRubric)
          figure.comparability =
            abs(overlap.sameMaxPoints - overlap.totalMaxPoints) < 1e-9 ? .same : .revised
        }
        return figure
      }
      return ComparisonRow(
        id: "total", level: .total, rubricID: rowRubric.id,
        title: LocalizedText(sv: "Totalt", en: "Total"),
        maxPoints: rowRubric.maxPoints, values: values, steps: steps(values),
        overall: change(values, from: 0, to: values.count - 1))
    }

    /// The figure of the column's evaluation for ids of `rubric` (pooled when several), through the
    /// crosswalks when the evaluation was made with another rubric.
    func value(of ids: [String], in rubric: Rubric, column: Int) -> ComparedValue {
      let columnRubric = rubrics[column]
      if columnRubric.id == rubric.id {
        return scorecards[column].pooledFigure(of: ids)
      }
      guard let route = crosswalks.route(from: columnRubric.id, to: rubric.id) else {
        return ComparedValue(status: .notMapped, score: nil, sourceIDs: [], comparability: .revised)
      }
      switch route.sourceCounterparts(of: ids) {
      case .mapped(let ids, let comparability, let justifications):
        var figure = scorecards[column].pooledFigure(
          of: ids.sorted { columnRubric.order(of: $0) < columnRubric.order(of: $1) })
        figure.comparability = comparability
        figure.justifications = justifications
        return figure
      case .unmatched(let comparability, let justifications):
        return ComparedValue(
          status: .noCounterpart, score: nil, sourceIDs: [], comparability: comparability,
          justifications: justifications)
      case .notMapped:
        // The sub-areas of an area that is new (or removed) share their area's fate.
        if let first = ids.first, let area = rubric.subArea(id: first)?.area,
          case .unmatched(let comparability, let justifications) = route.sourceCounterparts(of: [
            area.id
          ])
        {
          return ComparedValue(
            status: .noCounterpart, score: nil, sourceIDs: [], comparability: comparability,
            justifications: justifications)
        }
        // Unknown correspondence is never claimed to be the same content.
        return ComparedValue(status: .notMapped, score: nil, sourceIDs: [], comparability: .revised)
      }
    }

    func steps(_ values: [ComparedValue]) -> [ComparisonChange] {
      values.indices.dropFirst().map { change(values, from: $0 - 1, to: $0) }
    }

    /// The change of a row between two columns, classified with the options' thresholds.
    func change(_ values: [ComparedValue], from: Int, to: Int) -> ComparisonChange {
      let (earlier, later) = (values[from], values[to])
      let comparability: Comparability
      switch (earlier.status, later.status) {
      case (.noCounterpart, .noCounterpart):
        return ComparisonChange(
          fromIndex: from, toIndex: to, classification: .notComparable,
          comparability: earlier.comparability,
          note: .noCounterpart)
      case (.noCounterpart, _):
        return ComparisonChange(
          fromIndex: from, toIndex: to, classification: .new, comparability: .new)
      case (_, .noCounterpart):
        return ComparisonChange(
          fromIndex: from, toIndex: to, classification: .removed, comparability: .removed)
      default:
        comparability =
          rubrics[from].id == rubrics[to].id
          ? .same : earlier.comparability.combined(with: later.comparability)
      }
      let statuses = [earlier.status, later.status]
      let note: ComparisonNote? =
        statuses.contains(.notMapped)
        ? .notMapped
        : statuses.contains(.noSubAreaDetail)
          ? .noSubAreaDetail
          : statuses.contains(.pending)
            ? .pending
            : statuses.contains(where: { if case .notAssessed = $0 { true } else { false } })
              ? .notAssessed
              : nil
      guard note == nil, let before = earlier.score, let after = later.score,
        let beforePercent = earlier.percent, let afterPercent = later.percent
      else {
        return ComparisonChange(
          fromIndex: from, toIndex: to, classification: .notComparable,
          comparability: comparability,
          note: note ?? .notAssessed)
      }
      let sameParts =
        abs(before.maxPoints - after.maxPoints) < 1e-9
        && abs(before.assessedMaxPoints - after.assessedMaxPoints) < 1e-9
        && (earlier.status == .assessed && later.status == .assessed
          || rubrics[from].id == rubrics[to].id && earlier.unassessedIDs == later.unassessedIDs)
      let points = sameParts ? ExactArithmetic.difference(after.points, before.points) : nil
      let percentagePoints = ExactArithmetic.difference(afterPercent, beforePercent)
      let tolerance = 1e-9
      let changed =
        abs(percentagePoints) >= options.minimumPercentageChange - tolerance
        || points.map { abs($0) >= options.minimumPointsChange - tolerance } ?? false
      let classification: ChangeClassification =
        !changed ? .unchanged : (points ?? percentagePoints) > 0 ? .improved : .declined
      return ComparisonChange(
        fromIndex: from, toIndex: to, classification: classification, points: points,
        percentagePoints: percentagePoints, comparability: comparability,
        note: sameParts ? nil : .differentParts)
    }
  }
}

extension [Problem] {
  /// Appends a problem of the comparison, at the JSON path of `keys` in the input's file.
  fileprivate mutating func append(
    _ input: NamedEvaluation?, _ keys: [String], _ kind: Problem.Kind,
    _ severity: Problem.Severity,
    sv: String, en: String
  ) {
    append(
      Problem(
        file: input?.file, path: JSONPath(keys.map { .key($0) }), kind: kind,
        severity: severity, message: LocalizedText(sv: sv, en: en)))
  }
}
