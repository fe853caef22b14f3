// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "kommunkompass",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "KommunKompass", targets: ["KommunKompass"]),
    .library(name: "KommunKompassReports", targets: ["KommunKompassReports"]),
    .executable(name: "kompass", targets: ["kompass"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  ],
  targets: [
    // The core library: rubrics, evaluations, validation, scoring, comparison. Foundation only.
    .target(
      name: "KommunKompass",
      plugins: ["RubricEmbedderPlugin"]
    ),
    // Rendering of score tables, profiles and exports in Swedish and English.
    // The evaluation form's template (Form/Template/) is embedded at build time by the same plugin.
    .target(
      name: "KommunKompassReports",
      dependencies: ["KommunKompass"],
      exclude: ["Form/Template"],
      plugins: ["RubricEmbedderPlugin"]
    ),
    // The `kompass` command-line tool: argument parsing and printing only.
    .executableTarget(
      name: "kompass",
      dependencies: [
        "KommunKompass",
        "KommunKompassReports",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Build-time tool that embeds the JSON files of Rubrics/ into the library.
    .executableTarget(
      name: "rubric-embedder",
      path: "Sources/rubric-embedder"
    ),
    .plugin(
      name: "RubricEmbedderPlugin",
      capability: .buildTool(),
      dependencies: ["rubric-embedder"],
      path: "Sources/RubricEmbedderPlugin"
    ),
    // Golden-file assertions shared by the test targets.
    .target(
      name: "KompassTestSupport",
      path: "Tests/KompassTestSupport"
    ),
    .testTarget(
      name: "KommunKompassReportsTests",
      dependencies: ["KommunKompass", "KommunKompassReports", "KompassTestSupport"],
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "kompassTests",
      dependencies: ["kompass", "KommunKompass", "KompassTestSupport"],
      exclude: ["Snapshots", "Fixtures"]
    ),
    .testTarget(
      name: "KommunKompassTests",
      dependencies: [
        "KommunKompass",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      exclude: ["Fixtures", "Malformed"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
