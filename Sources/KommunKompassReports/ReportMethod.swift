import KommunKompass

/// The report's short method section, in the project's own words: what Kommunkompassen is, the
/// three evidence sources, the areas, what the evaluation does not assess, and, for a report that
/// compares evaluations made with different versions of Kommunkompassen, that such a comparison is
/// only partly possible. The HTML and the Markdown report show the same text.
struct ReportMethod {
  var language: Language
  /// The areas' titles with their ids ("1. Samspel mellan …"); empty for a totals-only evaluation.
  var areas: [String]
  /// Whether the report compares evaluations made with different versions of Kommunkompassen.
  var comparesVersions: Bool

  var heading: String { language == .swedish ? "Om utvärderingen" : "About the evaluation" }

  var paragraphs: [String] {
    let swedish = language == .swedish
    var paragraphs = [
      swedish
        ? "Kommunkompassen är ett verktyg från Sveriges Kommuner och Regioner (SKR) för att utvärdera hur en kommun styrs och leds. Utvärderarna jämför kommunen med en bild av en väl fungerande kommun och ger poäng per delområde; poängen visar styrkor och förbättringsmöjligheter, inte ett betyg."
        : "Kommunkompassen is a tool from the Swedish Association of Local Authorities and Regions (SKR) for evaluating how a municipality is governed and led. The evaluators compare the municipality with a picture of a well-functioning municipality and give points per sub-area; the points show strengths and opportunities for improvement, not a grade.",
      swedish
        ? "Underlaget kommer från tre källor: intervjuer med förtroendevalda, chefer och medarbetare; kommunens styrdokument; och kommunens webbplats och sociala medier. Iakttagelserna i rapporten är ordnade efter källa."
        : "The evidence comes from three sources: interviews with elected representatives, managers and employees; the municipality's governing documents; and its website and social media. The findings in the report are ordered by source.",
    ]
    if !areas.isEmpty {
      paragraphs.append(
        swedish
          ? "Utvärderingen har \(areas.count) områden om vardera 100 poäng: \(areas.joined(separator: "; "))."
          : "The evaluation has \(areas.count) areas of 100 points each: \(areas.joined(separator: "; "))."
      )
    }
    paragraphs.append(
      swedish
        ? "Utvärderingen bedömer hur kommunen styr, leder och följer upp sitt arbete. Den bedömer inte kvaliteten i de enskilda verksamheterna, kommunens ekonomi eller enskilda personers arbete."
        : "The evaluation assesses how the municipality governs, leads and follows up its work. It does not assess the quality of individual services, the municipality's finances or the work of individual people."
    )
    if comparesVersions {
      paragraphs.append(
        swedish
          ? "Rapporten jämför utvärderingar gjorda med olika versioner av Kommunkompassen. En sådan jämförelse är bara delvis möjlig: frågorna och poängen har ändrats mellan versionerna, så bara det som motsvarar varandra jämförs, och varje rad i jämförelsen säger hur jämförbar den är."
          : "The report compares evaluations made with different versions of Kommunkompassen. Such a comparison is only partly possible: the questions and points changed between the versions, so only what corresponds is compared, and each row of the comparison says how comparable it is."
      )
    }
    return paragraphs
  }
}
