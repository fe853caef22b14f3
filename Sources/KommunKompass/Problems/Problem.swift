/// Something wrong (or worth a look) in a data file: where it is, what kind it is, and what to do.
///
/// The library never prints or stops on bad input; it returns problems. A command-line tool prints
/// them as `file:line:column: path: message`.
public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
  /// How serious a problem is: ``error``, ``warning`` or ``note``.
  ///
  /// Severities are values rather than enumeration cases, as ``Kind`` is, so that a level can be
  /// added without breaking programs that switch over them: compare with `==`, or switch with a
  /// `default` case. Only errors make a file unusable; warnings and notes never do.
  public struct Severity: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The identifier: `"error"`, `"warning"` or `"note"`.
    public var rawValue: String

    /// Creates a severity from its identifier.
    public init(rawValue: String) {
      self.rawValue = rawValue
    }

    /// The identifier.
    public var description: String { rawValue }

    /// The file cannot be used until the problem is fixed.
    public static let error = Severity(rawValue: "error")
    /// The file can be used, but something looks wrong.
    public static let warning = Severity(rawValue: "warning")
    /// The file is right as it is; worth knowing, as when a published total differs from the sum
    /// of the published areas by what rounding probably explains.
    public static let note = Severity(rawValue: "note")

    /// The label a problem line starts with: "fel", "varning", "anmärkning" in Swedish.
    public var label: LocalizedText {
      switch self {
      case .error: LocalizedText(sv: "fel", en: "error")
      case .warning: LocalizedText(sv: "varning", en: "warning")
      case .note: LocalizedText(sv: "anmärkning", en: "note")
      default: LocalizedText(sv: rawValue, en: rawValue)
      }
    }
  }

  /// The file the problem is in, as the user named it, or `nil` for data that came from memory.
  public var file: String?
  /// Where in the JSON document the problem is.
  public var path: JSONPath
  /// The line and column of the value in question, when known.
  public var location: TextLocation?
  /// What kind of problem this is, for programs that react to problems.
  public var kind: Kind
  /// Whether the problem makes the file unusable.
  public var severity: Severity
  /// What is wrong and what is allowed, in Swedish and English.
  public var message: LocalizedText

  /// Creates a problem.
  public init(
    file: String? = nil,
    path: JSONPath,
    location: TextLocation? = nil,
    kind: Kind,
    severity: Severity = .error,
    message: LocalizedText
  ) {
    self.file = file
    self.path = path
    self.location = location
    self.kind = kind
    self.severity = severity
    self.message = message
  }

  /// The problem as one line: `file:line:column: path: message`, in the given language.
  ///
  /// Control characters and bidirectional controls anywhere in the line (in the file name, a key
  /// echoed in the path or a value quoted in the message) are shown escaped, as
  /// `escapedForDisplay` (on `String`) describes, so the line is always one line and cannot steer
  /// a terminal.
  public func formatted(in language: Language = .swedish) -> String {
    var place = file ?? "<data>"
    if let location { place += ":\(location)" }
    let label = severity.label.text(in: language)
    // A problem with the whole file names no place inside it.
    let inside = path == .root ? "" : "\(path): "
    return "\(place): \(label): \(inside)\(message.text(in: language))".escapedForDisplay
  }

  /// The problem as one line in Swedish.
  public var description: String { formatted() }
}

extension Problem {
  /// The kind of a problem: a stable identifier that programs can compare against.
  ///
  /// Kinds are values rather than enumeration cases so that new kinds can be added without
  /// breaking programs that use the library.
  public struct Kind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The identifier, for example `"outOfRange"`.
    public var rawValue: String

    /// Creates a kind from its identifier.
    public init(rawValue: String) {
      self.rawValue = rawValue
    }

    /// The identifier.
    public var description: String { rawValue }

    /// The file could not be read at all.
    public static let unreadableFile = Kind(rawValue: "unreadableFile")
    /// The file is not valid UTF-8 text.
    public static let invalidEncoding = Kind(rawValue: "invalidEncoding")
    /// The text is not valid JSON.
    public static let syntax = Kind(rawValue: "syntax")
    /// The same key appears twice in one JSON object.
    public static let duplicateKey = Kind(rawValue: "duplicateKey")
    /// A value has the wrong JSON type, for example text where a number belongs.
    public static let wrongType = Kind(rawValue: "wrongType")
    /// A required key is missing.
    public static let missingKey = Kind(rawValue: "missingKey")
    /// A key is not part of the format (often a misspelling).
    public static let unknownKey = Kind(rawValue: "unknownKey")
    /// A text is empty or only white space.
    public static let emptyValue = Kind(rawValue: "emptyValue")
    /// A value is not one of the allowed choices.
    public static let invalidValue = Kind(rawValue: "invalidValue")
    /// A number is outside its allowed range.
    public static let outOfRange = Kind(rawValue: "outOfRange")
    /// A number is not finite.
    public static let notFinite = Kind(rawValue: "notFinite")
    /// The file's format version is newer than this library reads.
    public static let unsupportedVersion = Kind(rawValue: "unsupportedVersion")
    /// The evaluation names a rubric that is not known.
    public static let unknownRubric = Kind(rawValue: "unknownRubric")
    /// An area or sub-area id is not part of the rubric.
    public static let unknownID = Kind(rawValue: "unknownID")
    /// An area or sub-area of the rubric is missing from the evaluation.
    public static let missingID = Kind(rawValue: "missingID")
    /// An area or sub-area id appears more than once.
    public static let duplicateID = Kind(rawValue: "duplicateID")
    /// A sub-area is listed under the wrong area.
    public static let misplacedID = Kind(rawValue: "misplacedID")
    /// The municipality code is not a four-digit SCB municipality code.
    public static let invalidMunicipalityCode = Kind(rawValue: "invalidMunicipalityCode")
    /// The municipality code is not one of SCB's municipality codes (nor a former code of the
    /// file's time). See ``MunicipalityRegister``.
    public static let unknownMunicipality = Kind(rawValue: "unknownMunicipality")
    /// The municipality's name does not belong to its code. Always a warning.
    public static let municipalityNameMismatch = Kind(rawValue: "municipalityNameMismatch")
    /// The municipality code is a former one, right for the file's date (Heby's `1917` before
    /// 2007). A note, given as a warning.
    public static let formerMunicipalityCode = Kind(rawValue: "formerMunicipalityCode")
    /// A date is not a real calendar date in the allowed form.
    public static let invalidDate = Kind(rawValue: "invalidDate")
    /// A sub-area has `"points": null`: it is not scored yet.
    public static let notScoredYet = Kind(rawValue: "notScoredYet")
    /// A consensus evaluation's sub-area (or area) has the evaluators' proposals but no agreed
    /// points yet (`"points": null`). Always a warning.
    public static let awaitingConsensus = Kind(rawValue: "awaitingConsensus")
    /// Evaluations given for one consensus do not belong together: another municipality, date,
    /// rubric, level of detail or kind, or an evaluator who cannot be told apart from another.
    public static let consensusMismatch = Kind(rawValue: "consensusMismatch")
    /// An area's or sub-area's title in an evaluation does not match the rubric's title for its id.
    public static let titleMismatch = Kind(rawValue: "titleMismatch")
    /// A rubric's points do not add up.
    public static let inconsistentRubric = Kind(rawValue: "inconsistentRubric")
    /// Points are given at the wrong level for the evaluation's `detail` (area or sub-area), or the
    /// rubric has no sub-areas for a sub-area-level evaluation.
    public static let wrongDetailLevel = Kind(rawValue: "wrongDetailLevel")
    /// An evaluation's `publishedTotal` (or a reference profile's `total`) differs from the sum of
    /// its areas: a note when rounding of the published figures can explain the difference, a
    /// warning when it cannot.
    public static let publishedTotalMismatch = Kind(rawValue: "publishedTotalMismatch")
    /// A crosswalk's links break the rules of the crosswalk format.
    public static let inconsistentCrosswalk = Kind(rawValue: "inconsistentCrosswalk")
    /// Evaluations of different municipalities (by SCB code) were given for one comparison over time.
    public static let differentMunicipalities = Kind(rawValue: "differentMunicipalities")
    /// Two evaluations in one comparison over time have the same date, so their order is unknown.
    public static let sameDate = Kind(rawValue: "sameDate")
    /// A comparison over time needs at least two evaluations.
    public static let tooFewEvaluations = Kind(rawValue: "tooFewEvaluations")
    /// Evaluations of different kinds (external and self-assessment) are compared. Always a warning.
    public static let differentEvaluationKinds = Kind(rawValue: "differentEvaluationKinds")
    /// No crosswalk, or chain of crosswalks, connects the rubrics of the evaluations compared.
    public static let noCrosswalk = Kind(rawValue: "noCrosswalk")
    /// A file or evaluation was made with another rubric than the one it is compared with.
    public static let rubricMismatch = Kind(rawValue: "rubricMismatch")
    /// A peer is a municipality already among the peers; only its latest evaluation counts.
    public static let duplicatePeer = Kind(rawValue: "duplicatePeer")
    /// A peer is the compared municipality itself, which is never its own peer.
    public static let subjectAmongPeers = Kind(rawValue: "subjectAmongPeers")
    /// A target profile's baseline does not match the evaluation given as baseline, or the target
    /// profile is about another municipality than the evaluation.
    public static let baselineMismatch = Kind(rawValue: "baselineMismatch")
    /// A referenced file is named by an absolute path or lies outside the referencing file's folder tree.
    public static let referenceOutsideFolder = Kind(rawValue: "referenceOutsideFolder")
    /// An evaluation is dated outside the years its rubric was used (``RubricPeriod``). Always a
    /// warning.
    public static let dateOutsideRubricPeriod = Kind(rawValue: "dateOutsideRubricPeriod")
    /// The file has errors that stop its reading, so the further checks wait until they are fixed.
    public static let checksWaiting = Kind(rawValue: "checksWaiting")
    /// An action plan's due date lies before its start.
    public static let dueBeforeStart = Kind(rawValue: "dueBeforeStart")
    /// The evaluation an action plan is followed up with is not later than the one it was made from.
    public static let followUpNotLater = Kind(rawValue: "followUpNotLater")
  }
}

extension Array where Element == Problem {
  /// Whether any of the problems is an error.
  package var containsErrors: Bool {
    contains { $0.severity == .error }
  }
}
