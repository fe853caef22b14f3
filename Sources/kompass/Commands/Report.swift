import ArgumentParser
import KommunKompass
import KommunKompassReports

extension Kompass {
  /// `kompass report FILE --output PATH`: a report to publish, as HTML with charts or as Markdown.
  struct Report: ParsableCommand {
    /// The report formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
      case html, markdown
    }

    static let configuration = CommandConfiguration(
      abstract: "Skriv en rapport att publicera, HTML med diagram eller Markdown / write a report.",
      discussion: """
        HTML-rapporten är en fristående fil (CSS och SVG inbäddade, inga skript eller \
        webbtypsnitt) som går att skriva ut på A4: försättsblad, stapeldiagram och \
        spindeldiagram per område, sammanfattning och per område tabell, styrkor, \
        förbättringsmöjligheter och underlag per källa. Markdown ger samma innehåll utan diagram.

        Med --compare visas staplar per område för varje utvärdering och en tabell över \
        förändringen; med --peers ritas jämförelsekommunernas spridning (min–max, median) \
        bakom staplarna (med färre än 3 jämförelsekommuner ritas ingen spridning).

        \(OutputOptions.replacementHelp)

        Exempel / examples:
          kompass report Evaluations/kumla-2020.json --output kumla-2020.html
          kompass report Evaluations/kumla-2020.json --format markdown --output kumla-2020.md
          kompass report kumla-2024.json --compare Evaluations/kumla-2020.json --output kumla.html
          kompass report Evaluations/kumla-2020.json --peers jamforelsekommuner/ --output kumla.html
        """
    )

    @Argument(help: "Utvärderingsfil (JSON) / evaluation file.")
    var file: String

    @Option(name: [.customShort("f"), .long], help: "html eller markdown.")
    var format: Format = .html

    @Option(
      name: [.customShort("o"), .long],
      help: ArgumentHelp("Filen att skriva / the file to write.", valueName: "fil"))
    var output: String

    @Option(
      parsing: .upToNextOption,
      help: ArgumentHelp(
        "Tidigare eller senare utvärderingar att jämföra med / evaluations to compare with.",
        valueName: "fil"))
    var compare: [String] = []

    @Option(
      help: ArgumentHelp(
        "Mapp med andra kommuners utvärderingar / folder of peer evaluations.", valueName: "mapp"))
    var peers: String?

    @Flag(
      help: "Hoppa över ogiltiga filer i --peers-mappen med en varning / skip invalid peer files.")
    var skipInvalid = false

    @Flag(
      help:
        "Ersätt även en befintlig datafil (utvärdering, version, profil, plan) / replace a data file too."
    )
    var force = false

    @OptionGroup var options: LanguageOption

    func run() throws {
      let language = options.language
      let evaluation = try EvaluationInput.require(file, language: language)
      let scorecard = try EvaluationInput.scorecard(evaluation)
      let renderer = HTMLReportRenderer(language: language)
      var sections: [String] = []
      var series: [ChartSeries] = []
      var ranges: (label: String, byArea: [String: ChartRange])?

      if !compare.isEmpty {
        var inputs = [NamedEvaluation(file: file, evaluation: evaluation)]
        for other in compare {
          inputs.append(
            NamedEvaluation(
              file: other, evaluation: try EvaluationInput.require(other, language: language)))
        }
        let outcome = EvaluationComparer().compare(inputs)
        for problem in outcome.problems { Terminal.writeError(problem.formatted(in: language)) }
        guard let comparison = outcome.value else { throw ExitStatus.invalidInputError }
        sections.append(renderer.comparisonSection(comparison))
        series = renderer.chartSeries(of: comparison)
      }
      if let peers {
        let (benchmark, _) = try PeerFolder(path: peers, language: language).benchmark(
          evaluation, scorecard: scorecard, subjectPath: file, skipInvalid: skipInvalid)
        ranges = (
          renderer.peerRangeLabel(peerCount: benchmark.peerCount),
          renderer.chartRanges(of: benchmark)
        )
      }

      let text: String =
        switch format {
        case .html:
          renderer.render(
            evaluation: evaluation, scorecard: scorecard, extraSections: sections,
            chartSeries: series, ranges: ranges)
        case .markdown:
          MarkdownRenderer(language: language).renderProfile(scorecard, evaluation: evaluation)
        }
      let inputs = [file] + compare + (peers.map(OutputFile.entries(ofFolder:)) ?? [])
      try OutputFile(
        path: output, replacing: force ? .anything : .exports, inputs: inputs, language: language
      )
      .write(text)
    }
  }
}
