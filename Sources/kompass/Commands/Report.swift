import ArgumentParser
import Foundation
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
        spindeldiagram per område, sammanfattning, metod och per område tabell, styrkor, \
        förbättringsmöjligheter och underlag per källa. Markdown ger samma avsnitt i samma \
        ordning, med tabeller i stället för diagram.

        Med --compare visas staplar per område för varje utvärdering och en tabell över \
        förändringen; med --peers ritas jämförelsekommunernas spridning (min–max, median) \
        ovanför staplarna (med färre än 3 jämförelsekommuner ritas ingen spridning) och \
        tabellen från kompass compare --peers följer. Med --plan \
        och --compare med utvärderingen planen gjordes från följer avsnittet "Uppföljning av \
        förbättringsarbetet": planerade och bekräftade åtgärder per område och tabellen från \
        kompass follow-up.

        \(PeerSelectionOptions.help)

        En rapport är gjord för att publiceras: den namnger inte vem som antecknat \
        iakttagelserna och visar inte utvärderarnas enskilda förslag. Med --internal blir den \
        en intern rapport för utvärderingsgruppen: försättsbladet säger att den är intern och \
        varje iakttagelse visar vem som antecknat den. Med --proposals (som innebär \
        --internal) får en konsensusutvärdering en bilaga med varje utvärderares förslag, \
        spridningen och den överenskomna poängen per delområde; utan visas bara de \
        överenskomna poängen.

        \(OutputOptions.replacementHelp)

        Exempel / examples:
          kompass report Evaluations/kumla-2020.json --output kumla-2020.html
          kompass report Evaluations/kumla-2020.json --format markdown --output kumla-2020.md
          kompass report kumla-2024.json --compare Evaluations/kumla-2020.json --output kumla.html
          kompass report Evaluations/kumla-2020.json --peers jamforelsekommuner/ --output kumla.html
          kompass report Evaluations/kumla-2020.json --peers jamforelsekommuner/ --group same \\
            --output kumla.html
          kompass report testby-2020.json --compare testby-2018.json --plan plan.json -o testby.html
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

    @OptionGroup var peerSelection: PeerSelectionOptions
    @Option(
      help: ArgumentHelp(
        "Handlingsplan att följa upp; kräver --compare med utvärderingen den gjordes från / action plan to follow up.",
        valueName: "plan"))
    var plan: String?

    @Flag(
      help:
        "Ersätt även en befintlig datafil (utvärdering, version, profil, plan) / replace a data file too."
    )
    var force = false

    @Flag(
      help:
        "Lägg till en bilaga med utvärderarnas förslag och spridningen per delområde (konsensusutvärdering); innebär --internal / add an appendix with the evaluators' proposals (implies --internal)."
    )
    var proposals = false

    @Flag(
      help:
        "Intern rapport för utvärderingsgruppen: visar vem som antecknat iakttagelserna; försättsbladet säger att den är intern / an internal report that names who recorded the findings."
    )
    var `internal` = false

    /// Whether the report is internal: asked for, or implied by the evaluators' proposals.
    var isInternal: Bool { `internal` || proposals }

    @OptionGroup var options: LanguageOption

    func validate() throws {
      try peerSelection.validate(hasPeers: peers != nil, language: options.language)
      if plan != nil, compare.isEmpty {
        throw ValidationError(
          options.language == .swedish
            ? "--plan behöver --compare med utvärderingen som planen gjordes från."
            : "--plan needs --compare with the evaluation the plan was made from.")
      }
    }

    func run() throws {
      let language = options.language
      let evaluation = try EvaluationInput.require(file, language: language)
      let scorecard = try EvaluationInput.scorecard(evaluation)
      let renderer = HTMLReportRenderer(language: language, isInternal: isInternal)
      var sections: [String] = []
      var series: [ChartSeries] = []
      var ranges: (label: String, byArea: [String: ChartRange])?
      var selectedPeers: PeerSelectionSummary?
      var followUp: PlanFollowUp?
      var timeComparison: TimeComparison?
      var comparesVersions = false
      var peerStatistics: (benchmark: BenchmarkComparison, skippedFiles: [String])?

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
        timeComparison = comparison
        comparesVersions = comparison.crossesRevisions
        series = renderer.chartSeries(of: comparison)
        if let plan {
          followUp = try Self.followUp(plan, inputs: inputs, language: language)
          followUp.map { sections.append(renderer.followUpSection($0)) }
        }
      }
      if let peers {
        let selection = try peerSelection.selection(
          for: evaluation, file: file, language: language)
        let (benchmark, skippedFiles) = try PeerFolder(path: peers, language: language)
          .benchmark(
            evaluation, scorecard: scorecard, subjectPath: file, skipInvalid: skipInvalid,
            selection: selection)
        ranges = (renderer.peerRangeLabel(of: benchmark), renderer.chartRanges(of: benchmark))
        selectedPeers = benchmark.selection
        peerStatistics = (benchmark, skippedFiles)
      }

      if let selectedPeers { sections.append(renderer.peerSelectionSection(selectedPeers)) }
      if let peerStatistics {
        sections.append(
          renderer.peerStatisticsSection(
            peerStatistics.benchmark, skippedFiles: peerStatistics.skippedFiles))
      }
      var appendix: DisagreementReport?
      if proposals {
        let rubric = try EvaluationInput.requireRubric(evaluation.rubricID, language: language)
        guard let report = DisagreementReport(proposalsOf: evaluation, rubric: rubric) else {
          Terminal.writeError(
            language == .swedish
              ? "\(file): fel: --proposals kräver en konsensusutvärdering med förslag (\"proposals\"), som kompass consensus --output skriver"
              : "\(file): error: --proposals needs a consensus evaluation with proposals (\"proposals\"), as kompass consensus --output writes"
          )
          throw ExitStatus.invalidInputError
        }
        appendix = report
      }
      let disagreement = DisagreementRenderer(language: language)
      let text: String =
        switch format {
        case .html:
          renderer.render(
            evaluation: evaluation, scorecard: scorecard,
            extraSections: sections
              + (appendix.map { [disagreement.renderAppendixHTML($0)] } ?? []),
            chartSeries: series, ranges: ranges, comparesVersions: comparesVersions)
        case .markdown:
          MarkdownRenderer(language: language, isInternal: isInternal).renderReport(
            scorecard, evaluation: evaluation, comparesVersions: comparesVersions,
            sections: [
              timeComparison.map { MarkdownRenderer(language: language).comparisonSection($0) },
              followUp.map { "\n" + FollowUpRenderer(language: language).markdown($0) },
              selectedPeers.map { MarkdownRenderer(language: language).peerSelectionSection($0) },
              peerStatistics.map {
                MarkdownRenderer(language: language).peerStatisticsSection(
                  $0.benchmark, skippedFiles: $0.skippedFiles)
              },
              appendix.map { "\n" + disagreement.renderAppendixMarkdown($0) },
            ].compactMap { $0 })
        }
      let inputs =
        [file] + compare + (plan.map { [$0] } ?? [])
        + (peers.map(OutputFile.entries(ofFolder:)) ?? [])
      try OutputFile(
        path: output, replacing: force ? .anything : .exports, inputs: inputs, language: language
      )
      .write(text)
    }

    /// The plan followed up from the compared evaluation it was made from to the report's one.
    static func followUp(_ path: String, inputs: [NamedEvaluation], language: Language) throws
      -> PlanFollowUp
    {
      let loaded = ActionPlan.load(contentsOf: URL(fileURLWithPath: path), displayName: path)
      for problem in loaded.problems { Terminal.writeError(problem.formatted(in: language)) }
      guard let plan = loaded.value else { throw ExitStatus.invalidInputError }
      guard
        let before = inputs.dropFirst().first(where: {
          $0.evaluation.date == plan.evaluation.date
            && $0.evaluation.municipality.code == plan.municipality.code
        })
      else {
        Terminal.writeError(
          language == .swedish
            ? "\(path): planen gjordes från utvärderingen \(plan.evaluation.date) av \(plan.municipality.name), men ingen fil under --compare är den utvärderingen."
            : "\(path): the plan was made from the evaluation of \(plan.evaluation.date) of \(plan.municipality.name), but no file given with --compare is that evaluation."
        )
        throw ExitStatus.invalidInputError
      }
      let outcome = plan.followUp(
        before: before, after: inputs[0], asOf: inputs[0].evaluation.date)
      for problem in outcome.problems where problem.severity == .error {
        Terminal.writeError(problem.formatted(in: language))
      }
      guard let followUp = outcome.value else { throw ExitStatus.invalidInputError }
      return followUp
    }
  }
}
