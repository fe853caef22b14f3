/// How much of a later rubric revision can be compared with an earlier one: the later rubric's
/// maximum points shared out by whether each part has a counterpart.
///
/// The overlap is measured in maximum points of the later rubric, not in achieved points, so it
/// is the same for every evaluation: "700 of 800 points (88 %) have a comparable counterpart".
public struct CrosswalkOverlap: Codable, Hashable, Sendable {
  /// The earlier rubric's id.
  public var earlierRubricID: String
  /// The later rubric's id, whose maximum is shared out.
  public var laterRubricID: String
  /// The crosswalks followed, in order from the earlier rubric.
  public var crosswalkIDs: [String]
  /// Maximum points of parts whose counterpart has the same content.
  public var sameMaxPoints: Double
  /// Maximum points of parts whose counterpart was revised.
  public var revisedMaxPoints: Double
  /// Maximum points of parts that are new, with no counterpart.
  public var newMaxPoints: Double
  /// Maximum points of parts the crosswalks do not map at all.
  public var unmappedMaxPoints: Double
  /// The later rubric's maximum, the sum of the four.
  public var totalMaxPoints: Double
  /// The earlier and later versions as readers know them ("Kommunkompassen 2016"), for
  /// ``summary``; the ids when not set.
  public var names: (earlier: String, later: String)? {
    get { earlierName.flatMap { earlier in laterName.map { (earlier, $0) } } }
    set {
      earlierName = newValue?.earlier
      laterName = newValue?.later
    }
  }
  private var earlierName: String?
  private var laterName: String?

  /// Creates an overlap.
  package init(
    earlierRubricID: String,
    laterRubricID: String,
    crosswalkIDs: [String],
    sameMaxPoints: Double,
    revisedMaxPoints: Double,
    newMaxPoints: Double,
    unmappedMaxPoints: Double,
    totalMaxPoints: Double
  ) {
    self.earlierRubricID = earlierRubricID
    self.laterRubricID = laterRubricID
    self.crosswalkIDs = crosswalkIDs
    self.sameMaxPoints = sameMaxPoints
    self.revisedMaxPoints = revisedMaxPoints
    self.newMaxPoints = newMaxPoints
    self.unmappedMaxPoints = unmappedMaxPoints
    self.totalMaxPoints = totalMaxPoints
  }

  /// Maximum points with a comparable counterpart (same or revised).
  public var comparableMaxPoints: Double { sameMaxPoints + revisedMaxPoints }

  /// The comparable share of the later rubric's maximum, from 0 to 1.
  public var share: Double {
    totalMaxPoints > 0 ? comparableMaxPoints / totalMaxPoints : 0
  }

  /// The overlap as one sentence, naming the two versions by ``names`` (or their ids), for example
  /// "800 av 800 poäng (100 %) i Kommunkompassen 2019/2020 har en jämförbar motsvarighet i
  /// Kommunkompassen 2016, varav 800 i reviderad form".
  public var summary: LocalizedText {
    let earlierName = names?.earlier ?? earlierRubricID
    let laterName = names?.later ?? laterRubricID
    let percent = DisplayRounding.wholeNumber(100 * share)
    let comparable = comparableMaxPoints.formattedForMessage
    let total = totalMaxPoints.formattedForMessage
    let comparableSwedish = comparableMaxPoints.formattedForMessage(in: .swedish)
    let totalSwedish = totalMaxPoints.formattedForMessage(in: .swedish)
    var swedish =
      "\(comparableSwedish) av \(totalSwedish) poäng (\(percent)\u{A0}%) i \(laterName) har en jämförbar motsvarighet i \(earlierName)"
    var english =
      "\(comparable) of \(total) points (\(percent)%) of \(laterName) have a comparable counterpart in \(earlierName)"
    if revisedMaxPoints > 0 {
      swedish += ", varav \(revisedMaxPoints.formattedForMessage(in: .swedish)) i reviderad form"
      english += ", \(revisedMaxPoints.formattedForMessage) of them revised"
    }
    return LocalizedText(sv: swedish, en: english)
  }
}
