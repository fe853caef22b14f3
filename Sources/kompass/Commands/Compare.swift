import ArgumentParser
import Foundation
import KommunKompass
import KommunKompassReports

extension Kompass {
  /// `kompass compare`: evaluations over time, or one evaluation against peers, a reference profile
  /// or a target profile.
  struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Jämför utvärderingar över tid, med andra kommuner, en referensprofil eller mål / compare evaluations.",
      discussion: """
        Över tid (två eller fler filer): samma kommun, matchad på kommunkod, i datumordning. Per \
        område och delområde poäng och procent i varje utvärdering, förändringen från den första \
        till den sista i poäng och procentenheter, bedömning (förbättring eller försämring när \
        förändringen är minst 1 poäng eller 1 procentenhet, annars oförändrat) och jämförbarhet, \
        sedan de största förbättringarna och försämringarna. Delar som inte bedömts räknas aldrig \
        som noll. Utvärderingar gjorda med olika versioner av Kommunkompassen jämförs genom de \
        inbyggda övergångstabellerna; utskriften säger då att versionerna skiljer sig, markerar \
        varje rads jämförbarhet och anger överlappet (hur stor del av den senare versionens \
        poäng som har en jämförbar motsvarighet). Olika kommuner eller datum som kan vara samma \
        dag avvisas (slutkod 1) om de inte tillåts med flaggorna nedan. / Over time: one \
        municipality, in date order; across rubric revisions through the bundled crosswalks.

        Med jämförelsekommuner (--peers MAPP): alla *.json-filer direkt i mappen (inte \
        undermappar eller dolda filer) läses en i taget; filen som jämförs räknas inte även om \
        den ligger i mappen, och inte heller andra utvärderingar av samma kommun. Per område och \
        totalt: kommunens poäng, jämförelsegruppens medelvärde, median, lägsta och högsta poäng, \
        skillnaden mot medelvärdet och kommunens placering, till exempel "4 av 6" (1 = högst, \
        bland jämförelsekommunerna och kommunen själv; lika hela poäng delar placering, "(delas \
        av 2)"). Med färre än 3 jämförelsekommuner visas ingen statistik, och utskriften säger det. \
        Utvärderingar gjorda med en annan version av Kommunkompassen lämnas utanför med en varning.

        \(PeerSelectionOptions.help)

        Ogiltiga filer i mappen: varje problem skrivs ut och kommandot slutar med slutkod 1 utan \
        resultat, efter att ha läst alla filer, så att en körning visar alla trasiga filer. Med \
        --skip-invalid hoppas de över med en varning i stället, och resultatet anger hur många \
        filer som inte räknades. / Invalid files in the folder: every problem is printed and the \
        command exits with 1 and no result; --skip-invalid skips them with a warning and the \
        result says how many files were left out.

        Med referensprofil (--reference FIL): till exempel ett riksgenomsnitt per område; \
        utskriften kallar det referensprofil, aldrig jämförelsegrupp.

        Mot mål (--target FIL): per område och delområde med mål avståndet till målet och \
        framsteget sedan utgångsläget, (nu − utgångsläge) / (mål − utgångsläge). Utgångsläget är \
        filen som målprofilen anger under "baseline" (sökvägen räknas från målprofilens mapp) \
        eller den som ges med --baseline; utan någon av dem visas bara avståndet till målen. / \
        The baseline is the file the target profile names (relative to its folder) or --baseline.

        \(OutputOptions.replacementHelp)

        Exempel / examples:
          kompass compare testby-2018.json testby-2020.json
          kompass compare --language en --format markdown testby-2016.json testby-2020.json
          kompass compare --format csv --output testby.csv testby-2018.json testby-2020.json
          kompass compare --peers jamforelsekommuner/ testby-2020.json
          kompass compare --peers jamforelsekommuner/ --group same kumla-2024.json
          kompass compare --peers jamforelsekommuner/ --county 18 kumla-2024.json
          kompass compare --reference sverigesnitt-2020.json testby-2020.json
          kompass compare --target testby-mal-2024.json testby-2022.json
        """
    )

    @Argument(
      help: "Utvärderingsfiler (JSON): två eller fler över tid, annars en / evaluation files.")
    var files: [String] = []

    @Option(
      help: ArgumentHelp(
        "Mapp med jämförelsekommunernas utvärderingar / folder of peer evaluations.",
        valueName: "mapp"))
    var peers: String?

    @Option(
      help: ArgumentHelp(
        "Referensprofil, till exempel ett riksgenomsnitt / reference profile.", valueName: "fil"))
    var reference: String?

    @Option(help: ArgumentHelp("Målprofil / target profile.", valueName: "fil"))
    var target: String?

    @Option(
      help: ArgumentHelp(
        "Utgångsläget för --target, i stället för filen målprofilen anger / the baseline evaluation for --target.",
        valueName: "fil"))
    var baseline: String?

    @Flag(
      help: "Jämför ändå utvärderingar av olika kommuner / compare different municipalities anyway."
    )
    var allowDifferentMunicipalities = false

    @Flag(
      help:
        "Jämför ändå utvärderingar som kan ha samma datum, i given ordning / allow the same date.")
    var allowSameDate = false

    @Flag(
      help: "Hoppa över ogiltiga filer i --peers-mappen med en varning / skip invalid peer files.")
    var skipInvalid = false

    @OptionGroup var peerSelection: PeerSelectionOptions

    @OptionGroup var output: OutputOptions

    private var language: Language { output.language.language }

    /// The kind of comparison the options ask for.
    private enum Mode {
      case overTime
      case peers(String)
      case reference(String)
      case target(String)
    }

    private var mode: Mode {
      if let peers { return .peers(peers) }
      if let reference { return .reference(reference) }
      if let target { return .target(target) }
      return .overTime
    }

    func validate() throws {
      let swedish = language == .swedish
      func fail(_ sv: String, _ en: String) -> ValidationError {
        ValidationError(swedish ? sv : en)
      }
      if [peers, reference, target].compactMap({ $0 }).count > 1 {
        throw fail(
          "Ange högst en av --peers, --reference och --target.",
          "Give at most one of --peers, --reference and --target.")
      }
      switch mode {
      case .overTime:
        guard files.count >= 2 else {
          throw fail(
            "Ange minst två utvärderingsfiler att jämföra över tid, eller en fil med --peers, --reference eller --target.",
            "Give at least two evaluation files to compare over time, or one file with --peers, --reference or --target."
          )
        }
      case .peers, .reference, .target:
        guard files.count == 1 else {
          throw fail(
            "Med --peers, --reference eller --target jämförs en utvärderingsfil, men \(files.count) gavs.",
            "With --peers, --reference or --target one evaluation file is compared, but \(files.count) were given."
          )
        }
        if allowDifferentMunicipalities || allowSameDate {
          throw fail(
            "--allow-different-municipalities och --allow-same-date gäller bara jämförelser över tid.",
            "--allow-different-municipalities and --allow-same-date apply to comparisons over time only."
          )
        }
      }
      if skipInvalid && peers == nil {
        throw fail("--skip-invalid gäller bara --peers.", "--skip-invalid applies to --peers only.")
      }
      try peerSelection.validate(hasPeers: peers != nil, language: language)
      if baseline != nil && target == nil {
        throw fail("--baseline gäller bara --target.", "--baseline applies to --target only.")
      }
    }

    func run() throws {
      switch mode {
      case .overTime: try compareOverTime()
      case .peers(let folder): try compareWithPeers(in: folder)
      case .reference(let file): try compareWithReference(file)
      case .target(let file): try compareWithTarget(file)
      }
    }

    // MARK: Over time

    private func compareOverTime() throws {
      var inputs: [NamedEvaluation] = []
      var allValid = true
      for file in files {
        if let evaluation = EvaluationInput.load(file, language: language) {
          inputs.append(NamedEvaluation(file: file, evaluation: evaluation))
        } else {
          allValid = false
        }
      }
      guard allValid else { throw ExitStatus.invalidInputError }
      let options = ComparisonOptions(
        allowDifferentMunicipalities: allowDifferentMunicipalities, allowSameDate: allowSameDate)
      let outcome = EvaluationComparer(options: options).compare(inputs)
      report(outcome.problems)
      let kinds = Set(outcome.errors.map(\.kind))
      if kinds.contains(.differentMunicipalities) {
        Terminal.writeError(
          language == .swedish
            ? "tips: jämför ändå med --allow-different-municipalities"
            : "hint: compare them anyway with --allow-different-municipalities")
      }
      if kinds.contains(.sameDate) {
        Terminal.writeError(
          language == .swedish
            ? "tips: jämför ändå, i den ordning filerna gavs, med --allow-same-date"
            : "hint: compare them anyway, in the order given, with --allow-same-date")
      }
      guard let comparison = outcome.value else { throw ExitStatus.invalidInputError }
      try output.emit(
        try ComparisonOutput.render(comparison, options: output), inputs: inputFiles())
    }

    // MARK: Peers

    private func compareWithPeers(in folder: String) throws {
      let subjectPath = files[0]
      let subject = try EvaluationInput.require(subjectPath, language: language)
      let scorecard = try EvaluationInput.scorecard(subject)
      let selection = try peerSelection.selection(
        for: subject, file: subjectPath, language: language)
      let (comparison, skippedFiles) = try PeerFolder(path: folder, language: language).benchmark(
        subject, scorecard: scorecard, subjectPath: subjectPath, skipInvalid: skipInvalid,
        selection: selection)
      try output.emit(
        try ComparisonOutput.render(comparison, skippedFiles: skippedFiles, options: output),
        inputs: inputFiles())
    }

    // MARK: Reference profile

    private func compareWithReference(_ file: String) throws {
      let subject = try EvaluationInput.require(files[0], language: language)
      let scorecard = try EvaluationInput.scorecard(subject)
      let loaded = ReferenceProfile.load(contentsOf: URL(fileURLWithPath: file), displayName: file)
      report(loaded.problems)
      guard let profile = loaded.value else { throw ExitStatus.invalidInputError }
      let outcome = profile.comparison(for: scorecard, file: files[0])
      report(outcome.problems)
      guard let comparison = outcome.value else { throw ExitStatus.invalidInputError }
      try output.emit(
        try ComparisonOutput.render(comparison, skippedFiles: [], options: output),
        inputs: inputFiles())
    }

    // MARK: Targets

    private func compareWithTarget(_ file: String) throws {
      let current = try EvaluationInput.require(files[0], language: language)
      let loaded = TargetProfile.load(contentsOf: URL(fileURLWithPath: file), displayName: file)
      report(loaded.problems)
      guard let profile = loaded.value else { throw ExitStatus.invalidInputError }

      // The baseline: --baseline, or the file the profile names, relative to the profile's folder.
      var baselinePath = baseline
      if baselinePath == nil, let named = profile.baseline.file {
        let reference = profile.baseline.resolvedFile(
          relativeTo: URL(fileURLWithPath: file), displayName: file, key: "baseline")
        report(reference.problems)
        // Shown as written from the current folder when that names the same file (as a person
        // would write it); otherwise, as through a symbolic link, as the file really found.
        let folder = (file as NSString).deletingLastPathComponent
        let spelled = Self.relativeSpelling(
          named.hasPrefix("/") || folder.isEmpty ? named : folder + "/" + named)
        let found = reference.url ?? URL(fileURLWithPath: named)
        let resolved =
          URL(fileURLWithPath: spelled).resolvingSymlinksInPath().path
            == found.resolvingSymlinksInPath().path
          ? spelled : found.path
        guard FileManager.default.fileExists(atPath: resolved) else {
          Terminal.writeError(
            language == .swedish
              ? "\(file): fel: baseline.file: utgångsläget \(named) finns inte (sökt som \(resolved)); ange utgångsläget med --baseline"
              : "\(file): error: baseline.file: the baseline \(named) does not exist (looked for \(resolved)); give the baseline with --baseline"
          )
          throw ExitStatus.invalidInputError
        }
        baselinePath = resolved
      }
      var baselineInput: NamedEvaluation?
      if let baselinePath {
        baselineInput = NamedEvaluation(
          file: baselinePath,
          evaluation: try EvaluationInput.require(baselinePath, language: language))
      } else {
        Terminal.writeError(
          language == .swedish
            ? "\(file): varning: målprofilen anger ingen fil för utgångsläget och --baseline gavs inte; bara avståndet till målen visas"
            : "\(file): warning: the target profile names no baseline file and --baseline was not given; only the gaps to the targets are shown"
        )
      }
      let outcome = profile.progress(
        current: NamedEvaluation(file: files[0], evaluation: current), baseline: baselineInput,
        file: file)
      report(outcome.problems)
      guard let comparison = outcome.value else { throw ExitStatus.invalidInputError }
      try output.emit(
        try ComparisonOutput.render(
          comparison, currentFile: files[0], baselineFile: baselinePath, options: output),
        inputs: inputFiles() + (baselinePath.map { [$0] } ?? []))
    }

    /// Every file the comparison reads, which the output may never be: the evaluations, the
    /// profile, the baseline given and the entries of the peer folder.
    private func inputFiles() -> [String] {
      files + [reference, target, baseline].compactMap { $0 }
        + (peers.map(OutputFile.entries(ofFolder:)) ?? [])
    }

    /// `a/../b` as `b`, for a path already known to name the intended file.
    static func relativeSpelling(_ path: String) -> String {
      var parts: [Substring] = []
      for part in path.split(separator: "/") where part != "." {
        if part == "..", let last = parts.last, last != ".." {
          parts.removeLast()
        } else {
          parts.append(part)
        }
      }
      return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }

    private func report(_ problems: [Problem]) {
      for problem in problems { Terminal.writeError(problem.formatted(in: language)) }
    }
  }
}
