import KommunKompass

/// The words of the HTML report, in Swedish and English.
enum HTMLReportLabels {
  static func text(_ key: Key, _ language: Language) -> String {
    switch language {
    case .swedish: key.swedish
    case .english: key.english
    }
  }

  enum Key {
    case municipalityCode, date, kind, rubric, evaluators, sources, total, radar, radarDescription
    case profileDescription, findings, noFindings, contents, reportTitle, provenance, change,
      comparison
    case peers, peerRange, notComparable, originalLanguage, roundingNote, internalReport, recordedBy

    var swedish: String {
      switch self {
      case .municipalityCode: "Kommunkod"
      case .date: "Datum"
      case .kind: "Typ"
      case .rubric: "Version av Kommunkompassen"
      case .evaluators: "Utvärderare"
      case .sources: "Underlag"
      case .total: "Totalt"
      case .radar: "Profil i spindeldiagram"
      case .radarDescription: "Spindeldiagram med en axel per område från 0 till 100 procent."
      case .profileDescription:
        "Stapeldiagram med andel uppnådda poäng per område, 0 till 100 procent."
      case .findings: "Underlag per källa"
      case .noFindings: "Inga iakttagelser antecknade."
      case .contents: "Innehåll"
      case .reportTitle: "Kommunkompassen"
      case .provenance: "Källa"
      case .change: "Förändring"
      case .comparison: "Jämförelse"
      case .peers: "Jämförelsekommuner"
      case .peerRange: "Spridning bland jämförelsekommunerna (min–max, median)"
      case .notComparable: "ej jämförbart"
      case .internalReport:
        "Intern rapport för utvärderingsgruppen: den visar vem som antecknat varje iakttagelse och, för en konsensusutvärdering, utvärderarnas enskilda förslag. Publicera den inte."
      case .recordedBy: "antecknad av"
      case .roundingNote:
        "Procentsatserna och förändringen avrundas var för sig till hela tal; förändringen räknas på de oavrundade andelarna och kan därför skilja sig med 1 från skillnaden mellan de avrundade procentsatserna."
      case .originalLanguage:
        "Sammanfattning, styrkor, förbättringsmöjligheter och underlag återges på utvärderingens originalspråk, svenska."
      }
    }

    var english: String {
      switch self {
      case .municipalityCode: "Municipality code"
      case .date: "Date"
      case .kind: "Kind"
      case .rubric: "Rubric"
      case .evaluators: "Evaluators"
      case .sources: "Sources"
      case .total: "Total"
      case .radar: "Profile as a radar chart"
      case .radarDescription: "Radar chart with one axis per area from 0 to 100 percent."
      case .profileDescription:
        "Bar chart of the share of points achieved per area, 0 to 100 percent."
      case .findings: "Evidence by source"
      case .noFindings: "No findings recorded."
      case .contents: "Contents"
      case .reportTitle: "Kommunkompassen"
      case .provenance: "Source"
      case .change: "Change"
      case .comparison: "Comparison"
      case .peers: "Peer municipalities"
      case .peerRange: "Spread among the peers (min–max, median)"
      case .notComparable: "not comparable"
      case .internalReport:
        "Internal report for the evaluation group: it shows who recorded each finding and, for a consensus evaluation, the evaluators' individual proposals. Do not publish it."
      case .recordedBy: "recorded by"
      case .roundingNote:
        "The percentages and the change are each rounded to whole numbers; the change is computed from the unrounded shares and can therefore differ by 1 from the difference of the rounded percentages."
      case .originalLanguage:
        "The summary, strengths, improvement opportunities and evidence are quoted in the evaluation's original language, Swedish."
      }
    }
  }
}
