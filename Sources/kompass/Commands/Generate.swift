import ArgumentParser
import Foundation
import KommunKompass

extension Kompass {
  /// `kompass generate`: writes a synthetic dataset for benchmarks. Hidden from the normal help.
  struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a synthetic national dataset for benchmarks (made-up municipalities).",
      discussion: """
        The same seed always gives the same files. Never write them into Evaluations/, which holds \
        real evaluations only. The folder is created if it is missing; a file of an earlier run \
        with the same name is replaced. Each file is written in full or not at all, and an \
        interrupted run (SIGINT, SIGTERM) leaves no temporary file.

        Example:
          kompass generate --municipalities 2000 --evaluations 5 --seed 1 --output /tmp/dataset
        """,
      shouldDisplay: false
    )

    @Option(help: "How many municipalities.")
    var municipalities: Int

    @Option(help: "How many evaluations per municipality, two years apart from 2010.")
    var evaluations = 1

    @Option(help: "The seed of the random choices.")
    var seed: UInt64 = 1

    @Option(help: "The rubric to use.")
    var rubric = "kommunkompassen-2020"

    @Option(name: [.customShort("o"), .long], help: "The folder to write into.")
    var output: String

    func validate() throws {
      guard (1...SyntheticDataset.maximumMunicipalities).contains(municipalities) else {
        throw ValidationError(
          "--municipalities must be 1 to \(SyntheticDataset.maximumMunicipalities).")
      }
      guard (1...50).contains(evaluations) else {
        throw ValidationError("--evaluations must be 1 to 50.")
      }
      let folder = URL(fileURLWithPath: output).standardizedFileURL
      if folder.pathComponents.contains("Evaluations") {
        throw ValidationError(
          "Synthetic files must not go into Evaluations/, which holds real evaluations.")
      }
    }

    func run() throws {
      let rubric = try EvaluationInput.requireRubric(rubric, language: .english)
      let dataset = SyntheticDataset(
        rubric: rubric, municipalities: municipalities, evaluationsPerMunicipality: evaluations,
        seed: seed)
      let count = try dataset.write(to: output)
      Terminal.writeError("Wrote \(count) evaluation files to \(output).")
    }
  }
}
