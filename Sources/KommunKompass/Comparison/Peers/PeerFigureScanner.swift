/// Reads what a ``PeerGroup`` needs of an evaluation file (municipality, date, rubric and one figure
/// per area plus the total) straight from the file's bytes, more than ten times faster than
/// ``Evaluation/load(bytes:file:catalog:)`` (about 10 µs instead of 130 µs for a 12 KB file), for
/// benchmarking against thousands of peers.
///
/// ```swift
/// let scanner = PeerFigureScanner(rubric: rubric)
/// for url in peerFiles {
///   let bytes = [UInt8](try Data(contentsOf: url))
///   if let figures = scanner.figures(in: bytes) {
///     peers.add(figures, file: url.path)
///   } else if let evaluation = Evaluation.load(bytes: bytes, file: url.path).value {
///     peers.add(evaluation, file: url.path)   // unusual but valid; its problems otherwise
///   }
/// }
/// ```
///
/// The scanner builds no JSON tree and allocates no text it passes over: it walks the UTF-8 bytes
/// once, knowing the shape of an evaluation file. It returns figures only for a file it is sure the
/// full loader accepts with no problem at all (no error and no warning) and reads to the same
/// figures; for anything else it returns `nil`, meaning "not sure": the caller loads the file fully,
/// which either accepts it (the file was merely unusual) or reports its problems precisely. A caller
/// that prints the loader's warnings therefore prints the same whichever way a file was read.
/// `kompass validate` always does the full check. A scanner holds no state between files and can
/// be shared between threads.
///
/// What the scanner checks, returning `nil` on any doubt:
///
/// - **Syntax and encoding**, of the whole file: strict JSON as the loader's parser reads it (no
///   comments, trailing commas, leading zeros, raw control characters in texts, unknown escapes,
///   `NaN`; nothing after the root object), valid UTF-8 (the rules of `String(validating:)`), an
///   optional byte order mark. Nesting is bounded by the file's shape (seven levels): the scanner
///   never descends into values of unknown shape, so a deep file is simply not an evaluation.
/// - **Keys**: every key of every object (root, `municipality`, `sources`, `goodExamples`, areas,
///   sub-areas, findings) must be one the loader allows there, at most once, written without
///   escapes. `formatVersion`, if present, is literally `1`.
/// - **What it reads**, byte for byte and without escapes: `rubric` is the scanner's rubric id;
///   `detail` is `"subArea"` or `"area"` (or absent); `kind` is `"external"` or `"selfAssessment"`;
///   `date` (and a finding's `date` and `carriedOverFrom`) is a real `YYYY-MM-DD`, `YYYY-MM` or
///   `YYYY` date;
///   `municipality.code` is a municipality code; `municipality.name` is a non-empty text;
///   `municipality.fictitious` is `true` or `false`. Unless the municipality is fictitious, its code
///   is one of the ``MunicipalityRegister``'s and its name one the register accepts for the code
///   (a former code, such as Heby's `1917`, is left to the loader). Every area
///   and sub-area id is the rubric's, exactly once, sub-areas under their own area, none missing;
///   a good example's `area` is `null` or one of the rubric's area ids.
///   Points are finite numbers from 0 to the maximum; `points` and `notAssessed` are not both given;
///   the shape of each area matches `detail`.
///   `publishedTotal` is a number from 0 to the rubric's maximum. `sources.interviews` is `null` or
///   a whole number written as digits.
/// - **What would be a warning**: an area's or sub-area's `title` must be the rubric's (in Swedish,
///   in English or an alias, byte for byte or after the loader's normalization of case and spaces), a
///   `publishedTotal` must round to the same whole number as the sum of the points (any other total
///   is a note or a warning), and
///   the `date` must lie within the rubric's ``Rubric/periodOfUse``.
/// - **What it skips** (findings' texts, strengths, improvements, previous strengths and
///   improvements, guidance, summary, good examples, evaluators, sources' description, provenance,
///   `notAssessed` reasons, references): their contents are not decoded, only checked to be what
///   the loader requires: texts (or `null` where the loader allows it) whose first character is not
///   white space, so they are not empty after trimming; lists of such texts; findings' `source` one
///   of `interview`, `document`, `website`. A `$schema` must be a text.
///
/// What the scanner deliberately leaves to the full loader: totals-only evaluations
/// (`"detail": "total"`, or `points` or `notAssessed` at the top); the `proposals` of a consensus
/// evaluation (in areas and sub-areas); texts that start with white space;
/// identifiers, codes, dates, names and titles written with escapes; identifiers, codes, dates and
/// enumeration values with surrounding white space; numbers written unusually where a whole number
/// is required (`1.0`); `-0` and `null` (not scored yet) points; a `$schema` that is not a text.
package struct PeerFigureScanner: Sendable {
  /// The rubric the scanned evaluations must have been made with.
  package let rubric: Rubric
  private let layout: Layout

  /// Creates a scanner for evaluations made with a rubric.
  ///
  /// A rubric whose ids are not unique, not trimmed or not in Unicode form C, or whose maxima are
  /// not finite, gives a scanner that returns `nil` for every file.
  package init(rubric: Rubric) {
    self.rubric = rubric
    layout = Layout(rubric: rubric)
  }

  /// The peer figures of an evaluation file, or `nil` when the scanner is not sure the file is a
  /// valid evaluation made with ``rubric`` (load it with the full loader then).
  ///
  /// - Parameter bytes: The file's contents.
  package func figures(in bytes: [UInt8]) -> PeerFigures? {
    bytes.withUnsafeBufferPointer { figures(in: $0) }
  }

  /// The peer figures of an evaluation file's bytes, or `nil` when the scanner is not sure.
  package func figures(in buffer: UnsafeBufferPointer<UInt8>) -> PeerFigures? {
    guard layout.isUsable, let base = buffer.baseAddress, !buffer.isEmpty else { return nil }
    var pass = Pass(layout: layout, cursor: JSONByteScanner(base: base, count: buffer.count))
    do {
      try pass.readDocument()
    } catch {
      return nil
    }
    return pass.figures(rubricID: rubric.id)
  }
}

extension PeerFigureScanner {
  /// The rubric, arranged for the scan: made once per scanner and shared by reference, so that
  /// scanning a file copies no table.
  final class Layout: Sendable {
    let rubricID: [UInt8]
    let areaIDs: ByteStringTable
    let areaMaxima: [Double]
    let subAreaIDs: ByteStringTable
    let subAreaMaxima: [Double]
    /// The index of each sub-area's area.
    let subAreaOwners: [Int]
    /// The indices of each area's sub-areas.
    let subAreaRanges: [Range<Int>]
    /// The rubric's maximum, for `publishedTotal`.
    let maxPoints: Double
    /// The years the rubric was used; a date outside them is a warning for the loader.
    let periodOfUse: RubricPeriod?
    /// Whether the rubric can be scanned for at all.
    let isUsable: Bool
    /// Whether every area has sub-areas, so an evaluation can give points per sub-area.
    let allowsSubAreaDetail: Bool
    /// The titles an area may be given without a warning, byte for byte: those of area `i` are
    /// the strings `areaTitleGroups[i]` of the table.
    let areaTitles: ByteStringTable
    let areaTitleGroups: [Range<Int>]
    /// The titles a sub-area may be given without a warning, byte for byte, grouped the same way.
    let subAreaTitles: ByteStringTable
    let subAreaTitleGroups: [Range<Int>]
    /// The titles and aliases of the areas, then of the sub-areas, for other spellings.
    let areaNames: [(title: LocalizedText, aliases: [String])]
    let subAreaNames: [(title: LocalizedText, aliases: [String])]

    // What does not depend on the rubric is static: a scan reads static tables without the
    // reference counting that reading them through an instance costs in every loop.

    /// The keys of each kind of object, from ``EvaluationFileKey`` as the loader reads them.
    static let rootKeys = Vocabulary(keys: EvaluationFileKey.Root.self)
    static let municipalityKeys = Vocabulary(keys: EvaluationFileKey.Municipality.self)
    static let sourcesKeys = Vocabulary(keys: EvaluationFileKey.Sources.self)
    static let goodExampleKeys = Vocabulary(keys: EvaluationFileKey.GoodExample.self)
    static let areaKeys = Vocabulary(keys: EvaluationFileKey.Area.self)
    static let subAreaKeys = Vocabulary(keys: EvaluationFileKey.SubArea.self)
    static let findingKeys = Vocabulary(keys: EvaluationFileKey.Finding.self)
    /// The values of the enumerations read, from their types' cases.
    static let details = Vocabulary(values: EvaluationDetail.self)
    static let kinds = Vocabulary(values: EvaluationKind.self)
    static let evidenceSources = Vocabulary(values: EvidenceSource.self)
    /// The bits of an area's own assessment (`points`, `notAssessed`), of its `subAreas`, and of a
    /// sub-area's assessment.
    static let areaOwnAssessmentMask = areaKeys.mask(of: EvaluationFileKey.Area.ownAssessment)
    static let areaSubAreaLevelMask = areaKeys.mask(of: EvaluationFileKey.Area.subAreaLevel)
    static let subAreaAssessmentMask = subAreaKeys.mask(of: EvaluationFileKey.SubArea.assessment)
    /// The one format version the loader reads, as written.
    static let formatVersion = Array(String(Evaluation.supportedFormatVersion).utf8)
    /// The register real municipalities are checked against, as the loader checks them.
    let register = MunicipalityRegister.bundled

    init(rubric: Rubric) {
      func isCanonical(_ id: String) -> Bool {
        !id.isEmpty && id.trimmingWhitespace == id && id.precomposed == id
      }
      rubricID = Array(rubric.id.utf8)
      areaIDs = ByteStringTable(utf8: rubric.areas.map(\.id))
      areaMaxima = rubric.areas.map(\.maxPoints)
      let subAreas = rubric.areas.flatMap(\.subAreas)
      subAreaIDs = ByteStringTable(utf8: subAreas.map(\.id))
      subAreaMaxima = subAreas.map(\.maxPoints)
      subAreaOwners = rubric.areas.enumerated().flatMap { index, area in
        area.subAreas.map { _ in index }
      }
      var start = 0
      subAreaRanges = rubric.areas.map { area in
        defer { start += area.subAreas.count }
        return start..<(start + area.subAreas.count)
      }
      maxPoints = rubric.maxPoints
      periodOfUse = rubric.periodOfUse
      let ids = [rubric.id] + rubric.areas.map(\.id) + subAreas.map(\.id)
      isUsable =
        ids.allSatisfy(isCanonical)
        && Set(rubric.areas.map(\.id)).count == rubric.areas.count
        && Set(subAreas.map(\.id)).count == subAreas.count
        && (areaMaxima + subAreaMaxima).allSatisfy { $0.isFinite && $0 >= 0 }
        && maxPoints.isFinite
      allowsSubAreaDetail = rubric.areas.allSatisfy { !$0.subAreas.isEmpty }
      areaNames = rubric.areas.map { ($0.title, $0.aliases) }
      subAreaNames = subAreas.map { ($0.title, $0.aliases) }
      // Each spelling the loader, after trimming and composing, matches to the entry's own title.
      func spellings(_ name: (title: LocalizedText, aliases: [String])) -> [String] {
        ([name.title.swedish] + (name.title.english.map { [$0] } ?? []) + name.aliases)
          .filter {
            TitleMatching.matches(
              $0.trimmingWhitespace.precomposed, name.title, aliases: name.aliases)
          }
      }
      func groups(_ lists: [[String]]) -> [Range<Int>] {
        var start = 0
        return lists.map { list in
          defer { start += list.count }
          return start..<(start + list.count)
        }
      }
      let areaSpellings = areaNames.map(spellings)
      let subAreaSpellings = subAreaNames.map(spellings)
      areaTitles = ByteStringTable(utf8: areaSpellings.joined())
      areaTitleGroups = groups(areaSpellings)
      subAreaTitles = ByteStringTable(utf8: subAreaSpellings.joined())
      subAreaTitleGroups = groups(subAreaSpellings)
    }
  }

  /// One scan of one file.
  private struct Pass {
    typealias Unusual = JSONByteScanner.Unusual

    /// What is recorded for a sub-area, or an area assessed as a whole, not (yet) seen.
    static let missing = -1.0
    /// What is recorded for a part marked `notAssessed`.
    static let notAssessed = -2.0

    let layout: Layout
    var cursor: JSONByteScanner
    /// Per sub-area in rubric order: its points, ``notAssessed`` or ``missing``.
    var subAreaPoints: [Double]
    /// Per area: its own points (area-level evaluations), ``notAssessed`` or ``missing``.
    var areaPoints: [Double]
    /// Per area: 0 not seen, 1 seen with sub-areas, 2 seen with its own points.
    var areaShapes: [UInt8]
    var name: String?
    var code: MunicipalityCode?
    var isFictitious = false
    var date: CalendarDate?
    var detail = EvaluationDetail.subArea
    var publishedTotal: Double?
    /// The points in file order, as the loader adds them, for `publishedTotal`.
    var pointsForTotal = PublishedTotalAgreement()
    /// Where the next sub-area is likely to be, since files usually follow the rubric's order.
    var nextSubArea = 0
    var nextArea = 0

    init(layout: Layout, cursor: JSONByteScanner) {
      self.layout = layout
      self.cursor = cursor
      subAreaPoints = Array(repeating: Self.missing, count: layout.subAreaIDs.count)
      areaPoints = Array(repeating: Self.missing, count: layout.areaIDs.count)
      areaShapes = Array(repeating: 0, count: layout.areaIDs.count)
    }

    // MARK: Document

    mutating func readDocument() throws(Unusual) {
      try cursor.consume(UInt8(ascii: "{"))
      // Static tables are read once per object, not once per key.
      let keys = Layout.rootKeys
      var seen: UInt32 = 0
      var isFirst = true
      while let key = try cursor.nextKey(isFirst: &isFirst) {
        switch try word(key, in: keys, seen: &seen) {
        case .schema:  // any text
          guard try cursor.peek() == UInt8(ascii: "\"") else { throw Unusual() }
          _ = try cursor.text()
        case .formatVersion:
          guard cursor.bytes(try cursor.number(), equal: Layout.formatVersion) else {
            throw Unusual()
          }
        case .rubric:
          guard cursor.bytes(try plainText(), equal: layout.rubricID) else { throw Unusual() }
        case .detail:
          detail = try choice(in: Layout.details)
          // Totals-only evaluations are left to the loader.
          guard detail != .total else { throw Unusual() }
        case .municipality: try readMunicipality()
        case .date: date = try readDate()
        case .kind: _ = try choice(in: Layout.kinds)
        case .evaluators, .summary: try skipTexts()
        case .sources: try skipSources()
        case .provenance: try skipOptionalText()
        case .goodExamples: try skipGoodExamples()
        case .publishedTotal:  // a warning when it disagrees, an error above the maximum
          guard try cursor.peek() != UInt8(ascii: "-") else { throw Unusual() }
          let total = cursor.value(of: try cursor.number())
          guard total.isFinite, !PublishedTotalAgreement.exceeds(total, maximum: layout.maxPoints)
          else {
            throw Unusual()
          }
          publishedTotal = total
        case .areas: try readAreas()
        case .points, .notAssessed:  // a totals-only evaluation: left to the loader
          throw Unusual()
        }
      }
      guard cursor.isAtEnd() else { throw Unusual() }
      let required = keys.requiredMask
      guard seen & required == required else { throw Unusual() }
      let shape: UInt8 = detail == .area ? 2 : 1
      guard areaShapes.allSatisfy({ $0 == shape }) else { throw Unusual() }
      if detail == .subArea {
        guard layout.allowsSubAreaDetail, !subAreaPoints.contains(Self.missing) else {
          throw Unusual()
        }
      }
      // The loader notes any difference after rounding, and warns beyond what rounding explains.
      if let publishedTotal, !pointsForTotal.isSilent(about: publishedTotal) { throw Unusual() }
      // The loader warns about a date outside the rubric's period of use.
      if let date, let period = layout.periodOfUse, !period.contains(date) { throw Unusual() }
      // A real municipality must be in the register under its name; anything else (an unknown or
      // former code, another name) the loader reports.
      if !isFictitious {
        guard let code, let name, layout.register.isRegistered(name: name, code: code) else {
          throw Unusual()
        }
      }
    }

    /// Adds points to the sum, in file order as the loader adds them.
    private mutating func count(points: Double) {
      guard points >= 0 else { return }
      pointsForTotal.add(points)
    }

    /// `null` or a title, not empty after trimming.
    private mutating func readTitle() throws(Unusual) -> JSONByteScanner.Text? {
      if try cursor.skipNull() { return nil }
      return try visibleText()
    }

    /// Whether a title matches the rubric entry's without a warning.
    private func titleMatches(
      _ text: JSONByteScanner.Text, spellings: ByteStringTable, among group: Range<Int>,
      name: (title: LocalizedText, aliases: [String])
    ) -> Bool {
      guard text.isPlain else { return false }
      if cursor.index(of: text.range, in: spellings, among: group) != nil { return true }
      return TitleMatching.matches(
        cursor.string(text).trimmingWhitespace.precomposed, name.title, aliases: name.aliases)
    }

    private mutating func readMunicipality() throws(Unusual) {
      try cursor.consume(UInt8(ascii: "{"))
      var seen: UInt32 = 0
      var isFirst = true
      while let key = try cursor.nextKey(isFirst: &isFirst) {
        switch try word(key, in: Layout.municipalityKeys, seen: &seen) {
        case .name:
          let text = try visibleText()
          guard text.isPlain else { throw Unusual() }
          name = cursor.string(text).trimmingWhitespace.precomposed
        case .code:
          let text = try plainText()
          guard text.count == 4, let code = MunicipalityCode(rawValue: cursor.string(text)) else {
            throw Unusual()
          }
          self.code = code
        case .fictitious:
          if try cursor.peek() == UInt8(ascii: "t") {
            try cursor.literal("true")
            isFictitious = true
          } else {
            try cursor.literal("false")
            isFictitious = false
          }
        }
      }
      let required = Layout.municipalityKeys.requiredMask
      guard seen & required == required else { throw Unusual() }
    }

    /// A `YYYY-MM-DD`, `YYYY-MM` or `YYYY` date, read by ``CalendarDate``'s own rules.
    private mutating func readDate() throws(Unusual) -> CalendarDate {
      let text = try plainText()
      guard
        let date = CalendarDate(
          utf8: UnsafeBufferPointer(start: cursor.base + text.start, count: text.count))
      else { throw Unusual() }
      return date
    }

    private mutating func skipSources() throws(Unusual) {
      if try cursor.skipNull() { return }
      try cursor.consume(UInt8(ascii: "{"))
      var seen: UInt32 = 0
      var isFirst = true
      while let key = try cursor.nextKey(isFirst: &isFirst) {
        switch try word(key, in: Layout.sourcesKeys, seen: &seen) {
        case .interviews:
          // null or a whole number of at least 0, written as plain digits.
          if try cursor.skipNull() { continue }
          let number = try cursor.number()
          guard number.count <= 15 else { throw Unusual() }
          for position in number where cursor.base[position] &- UInt8(ascii: "0") >= 10 {
            throw Unusual()
          }
        case .description:
          try skipOptionalText()
        }
      }
      let required = Layout.sourcesKeys.requiredMask
      guard seen & required == required else { throw Unusual() }
    }

    private mutating func skipGoodExamples() throws(Unusual) {
      if try cursor.skipNull() { return }
      try cursor.consume(UInt8(ascii: "["))
      var isFirstExample = true
      while try cursor.nextElement(isFirst: &isFirstExample) {
        try cursor.consume(UInt8(ascii: "{"))
        var seen: UInt32 = 0
        var isFirst = true
        while let key = try cursor.nextKey(isFirst: &isFirst) {
          switch try word(key, in: Layout.goodExampleKeys, seen: &seen) {
          case .area:
            // null, or one of the rubric's area ids, written plainly.
            if try cursor.skipNull() { continue }
            let text = try plainText()
            guard cursor.index(of: text.range, in: layout.areaIDs) != nil else { throw Unusual() }
          case .text: _ = try visibleText()
          }
        }
        let required = Layout.goodExampleKeys.requiredMask
        guard seen & required == required else { throw Unusual() }
      }
    }

    // MARK: Areas

    private mutating func readAreas() throws(Unusual) {
      try cursor.consume(UInt8(ascii: "["))
      var isFirst = true
      while try cursor.nextElement(isFirst: &isFirst) {
        try readArea()
      }
    }

    private mutating func readArea() throws(Unusual) {
      try cursor.consume(UInt8(ascii: "{"))
      var seen: UInt32 = 0
      var isFirst = true
      var area = -1
      var points = Self.missing
      var title: JSONByteScanner.Text?
      // The area of the sub-areas listed, which must be this one (checked once the id is known,
      // since keys may come in any order); -2 when they belong to different areas.
      var owner = -1
      let keys = Layout.areaKeys
      while let key = try cursor.nextKey(isFirst: &isFirst) {
        switch try word(key, in: keys, seen: &seen) {
        case .id: area = try areaIndex()
        case .title: title = try readTitle()
        case .points: points = try readPoints()
        case .notAssessed:
          _ = try visibleText()
          points = Self.notAssessed
        case .subAreas: try readSubAreas(owner: &owner)
        case .strengths, .improvements, .previousStrengths, .previousImprovements: try skipTexts()
        // A consensus evaluation's proposals are left to the full loader.
        case .proposals: throw Unusual()
        }
      }
      let required = keys.requiredMask
      guard seen & required == required, area >= 0, areaShapes[area] == 0 else { throw Unusual() }
      if let title {
        guard
          titleMatches(
            title, spellings: layout.areaTitles, among: layout.areaTitleGroups[area],
            name: layout.areaNames[area])
        else {
          throw Unusual()
        }
      }
      let ownAssessment = seen & Layout.areaOwnAssessmentMask
      let hasSubAreas = seen & Layout.areaSubAreaLevelMask != 0
      if hasSubAreas {
        guard ownAssessment == 0, owner == -1 || owner == area else { throw Unusual() }
        areaShapes[area] = 1
      } else {
        // Exactly one of points and notAssessed, points within the area's maximum.
        guard ownAssessment.nonzeroBitCount == 1 else { throw Unusual() }
        guard points <= layout.areaMaxima[area] else { throw Unusual() }
        areaPoints[area] = points
        count(points: points)
        areaShapes[area] = 2
      }
    }

    private mutating func readSubAreas(owner: inout Int) throws(Unusual) {
      try cursor.consume(UInt8(ascii: "["))
      var isFirst = true
      while try cursor.nextElement(isFirst: &isFirst) {
        let subArea = try readSubArea()
        let area = layout.subAreaOwners[subArea]
        if owner == -1 {
          owner = area
        } else if owner != area {
          throw Unusual()
        }
      }
    }

    /// Reads a sub-area and records its points; returns its index.
    private mutating func readSubArea() throws(Unusual) -> Int {
      try cursor.consume(UInt8(ascii: "{"))
      var seen: UInt32 = 0
      var isFirst = true
      var subArea = -1
      var points = Self.missing
      var title: JSONByteScanner.Text?
      let keys = Layout.subAreaKeys
      while let key = try cursor.nextKey(isFirst: &isFirst) {
        switch try word(key, in: keys, seen: &seen) {
        case .id: subArea = try subAreaIndex()
        case .title: title = try readTitle()
        case .guidance: try skipTexts()
        case .points: points = try readPoints()
        case .notAssessed:
          _ = try visibleText()
          points = Self.notAssessed
        case .findings: try skipFindings()
        // A consensus evaluation's proposals are left to the full loader.
        case .proposals: throw Unusual()
        }
      }
      // Exactly one of points and notAssessed.
      let required = keys.requiredMask
      let assessment = seen & Layout.subAreaAssessmentMask
      guard seen & required == required, subArea >= 0, assessment.nonzeroBitCount == 1 else {
        throw Unusual()
      }
      guard subAreaPoints[subArea] == Self.missing, points <= layout.subAreaMaxima[subArea] else {
        throw Unusual()
      }
      if let title {
        guard
          titleMatches(
            title, spellings: layout.subAreaTitles, among: layout.subAreaTitleGroups[subArea],
            name: layout.subAreaNames[subArea])
        else {
          throw Unusual()
        }
      }
      subAreaPoints[subArea] = points
      count(points: points)
      return subArea
    }

    /// Points: a finite number of at least 0 (`null`, not scored yet, and `-0` are left to the loader).
    private mutating func readPoints() throws(Unusual) -> Double {
      guard try cursor.peek() != UInt8(ascii: "-") else { throw Unusual() }
      let points = cursor.value(of: try cursor.number())
      guard points.isFinite else { throw Unusual() }
      return points
    }

    private mutating func areaIndex() throws(Unusual) -> Int {
      let text = try plainText()
      let range = text.start..<text.end
      if nextArea < layout.areaIDs.count, cursor.bytes(range, equal: layout.areaIDs, at: nextArea) {
        defer { nextArea += 1 }
        return nextArea
      }
      guard let index = cursor.index(of: range, in: layout.areaIDs) else { throw Unusual() }
      nextArea = index + 1
      return index
    }

    private mutating func subAreaIndex() throws(Unusual) -> Int {
      let text = try plainText()
      let range = text.start..<text.end
      if nextSubArea < layout.subAreaIDs.count,
        cursor.bytes(range, equal: layout.subAreaIDs, at: nextSubArea)
      {
        defer { nextSubArea += 1 }
        return nextSubArea
      }
      guard let index = cursor.index(of: range, in: layout.subAreaIDs) else { throw Unusual() }
      nextSubArea = index + 1
      return index
    }

    private mutating func skipFindings() throws(Unusual) {
      if try cursor.skipNull() { return }
      try cursor.consume(UInt8(ascii: "["))
      var isFirstFinding = true
      let keys = Layout.findingKeys
      let sources = Layout.evidenceSources
      while try cursor.nextElement(isFirst: &isFirstFinding) {
        try cursor.consume(UInt8(ascii: "{"))
        var seen: UInt32 = 0
        var isFirst = true
        while let key = try cursor.nextKey(isFirst: &isFirst) {
          switch try word(key, in: keys, seen: &seen) {
          case .text: _ = try visibleText()
          case .source: _ = try choice(in: sources)
          case .date, .carriedOverFrom:
            if try !cursor.skipNull() { _ = try readDate() }
          case .reference, .recordedBy: try skipOptionalText()
          }
        }
        let required = keys.requiredMask
        guard seen & required == required else { throw Unusual() }
      }
    }

    // MARK: Texts and keys

    /// A text without escapes at the cursor.
    private mutating func plainText() throws(Unusual) -> JSONByteScanner.Text {
      guard try cursor.peek() == UInt8(ascii: "\"") else { throw Unusual() }
      let text = try cursor.text()
      guard text.isPlain else { throw Unusual() }
      return text
    }

    /// A text at the cursor that is not empty after trimming.
    private mutating func visibleText() throws(Unusual) -> JSONByteScanner.Text {
      guard try cursor.peek() == UInt8(ascii: "\"") else { throw Unusual() }
      let text = try cursor.text()
      guard text.startsVisibly else { throw Unusual() }
      return text
    }

    /// `null` or a text that is not empty after trimming.
    private mutating func skipOptionalText() throws(Unusual) {
      if try cursor.skipNull() { return }
      _ = try visibleText()
    }

    /// `null` or a list of texts that are not empty after trimming.
    private mutating func skipTexts() throws(Unusual) {
      if try cursor.skipNull() { return }
      try cursor.consume(UInt8(ascii: "["))
      var isFirst = true
      while try cursor.nextElement(isFirst: &isFirst) {
        _ = try visibleText()
      }
    }

    /// The key of a vocabulary at a byte range, which must not have been seen in the object yet.
    @inline(__always)
    private func word<Key>(_ key: Range<Int>, in keys: Vocabulary<Key>, seen: inout UInt32)
      throws(Unusual) -> Key
    {
      guard let index = cursor.index(of: key, in: keys.spellings) else { throw Unusual() }
      let bit: UInt32 = 1 << index
      guard seen & bit == 0 else { throw Unusual() }
      seen |= bit
      return keys.words[index]
    }

    /// A value of an enumeration, written as a text without escapes at the cursor.
    @inline(__always)
    private mutating func choice<Value>(in values: Vocabulary<Value>) throws(Unusual) -> Value {
      let text = try plainText()
      guard let index = cursor.index(of: text.range, in: values.spellings) else { throw Unusual() }
      return values.words[index]
    }

    // MARK: Figures

    /// The figures, as ``PeerGroup`` derives them from the scorecard (``Scorecard/pooledFigure(of:)``
    /// per area and ``Scorecard/totalFigure``, then ``ComparedValue/pointsOnFullMaximum``): the
    /// same scores summed in the same order, so the same numbers bit for bit.
    func figures(rubricID: String) -> PeerFigures? {
      guard let name, let code, let date else { return nil }
      var values: [Double] = []
      values.reserveCapacity(layout.areaIDs.count + 1)
      var total = Score.zero
      var totalLeaves = 0
      var totalScored = 0
      for area in layout.areaIDs.indices {
        var score = Score.zero
        var leaves = 0
        var scored = 0
        func add(points: Double, maximum: Double) {
          let leaf =
            points >= 0
            ? Score(points: points, assessedMaxPoints: maximum, maxPoints: maximum)
            : Score(points: 0, assessedMaxPoints: 0, maxPoints: maximum)
          score = score + leaf
          total = total + leaf
          leaves += 1
          if points >= 0 { scored += 1 }
        }
        if detail == .area {
          add(points: areaPoints[area], maximum: layout.areaMaxima[area])
        } else {
          for subArea in layout.subAreaRanges[area] {
            add(points: subAreaPoints[subArea], maximum: layout.subAreaMaxima[subArea])
          }
        }
        values.append(Self.figure(score, leaves: leaves, scored: scored))
        totalLeaves += leaves
        totalScored += scored
      }
      values.append(Self.figure(total, leaves: totalLeaves, scored: totalScored))
      return PeerFigures(
        municipality: Municipality(name: name, code: code, isFictitious: isFictitious), date: date,
        rubricID: rubricID,
        detail: detail,
        values: values)
    }

    /// A pooled figure's points on the full maximum, NaN without a figure.
    private static func figure(_ score: Score, leaves: Int, scored: Int) -> Double {
      let status: ComparedValue.Status =
        leaves > 0 && scored == leaves
        ? .assessed : score.assessedMaxPoints > 0 ? .partlyAssessed : .pending
      return ComparedValue(status: status, score: score, sourceIDs: []).pointsOnFullMaximum ?? .nan
    }
  }
}
