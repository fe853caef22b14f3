import ArgumentParser
import Foundation
import KommunKompass
import KommunKompassReports

extension Kompass {
  /// `kompass follow-up`: follows an action plan up with the next evaluation, or shows progress so far.
  struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "follow-up",
      abstract: "Följ upp en handlingsplan / follow an action plan up.",
      discussion: """
        Per åtgärd: status (försenad när den inte är klar när slutdatumets period är slut) och \
        per delområde förändringen från FÖRE till EFTER, bedömd med samma tröskel som compare. \
        Utan EFTER visas läget i dag, eller --as-of.

        \(OutputOptions.replacementHelp)

        Exempel / example:
          kompass follow-up plan.json testby-2018.json testby-2020.json
        """)

    @Argument(help: ArgumentHelp("Handlingsplanen / the action plan.", valueName: "plan"))
    var plan: String

    @Argument(
      help: ArgumentHelp(
        "Utvärderingen planen gjordes från / the evaluation before.", valueName: "före"))
    var before: String

    @Argument(
      help: ArgumentHelp("Den senare utvärderingen / the later evaluation.", valueName: "efter"))
    var after: String?

    @Option(
      name: .customLong("as-of"),
      help: ArgumentHelp("Datum för läget / date of progress.", valueName: "ÅÅÅÅ-MM-DD"))
    var asOf: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
      if let asOf, let problem = CalendarDate.problem(with: asOf) {
        throw ValidationError(problem.text(in: output.language.language))
      }
    }

    func run() throws {
      let language = output.language.language
      let loaded = ActionPlan.load(contentsOf: URL(fileURLWithPath: plan), displayName: plan)
      for problem in loaded.problems { Terminal.writeError(problem.formatted(in: language)) }
      guard let actionPlan = loaded.value else { throw ExitStatus.invalidInputError }
      let beforeInput = NamedEvaluation(
        file: before, evaluation: try EvaluationInput.require(before, language: language))
      let afterInput = try after.map {
        NamedEvaluation(file: $0, evaluation: try EvaluationInput.require($0, language: language))
      }
      guard let date = asOf.flatMap(CalendarDate.init) ?? Self.today else {
        throw ValidationError("--as-of: today's date cannot be read from the system clock")
      }
      let outcome = actionPlan.followUp(before: beforeInput, after: afterInput, asOf: date)
      for problem in outcome.problems { Terminal.writeError(problem.formatted(in: language)) }
      guard let followUp = outcome.value else { throw ExitStatus.invalidInputError }
      let renderer = FollowUpRenderer(language: language)
      let inputs = [plan, before] + (after.map { [$0] } ?? [])
      switch output.format {
      case .text: try output.emit(renderer.text(followUp), inputs: inputs)
      case .markdown: try output.emit(renderer.markdown(followUp), inputs: inputs)
      case .csv: try output.emit(renderer.csv(followUp, dialect: output.csvDialect), inputs: inputs)
      case .json: try output.emit(try OrderedJSONEncoder().encode(followUp) + "\n", inputs: inputs)
      }
    }

    /// Today's date in the local calendar.
    static var today: CalendarDate? {
      let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
      guard let year = parts.year, let month = parts.month else { return nil }
      return CalendarDate(year: year, month: month, day: parts.day)
    }
  }
}
