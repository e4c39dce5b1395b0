// swift-tools-version:6.1
// libFuzzer targets for the pipeline, kept apart from the main package so that its
// `swift build` and `swift test` never see fuzzer flags. Build and run with scripts/fuzz.
// The targets are `main.swift` files that start libFuzzer with LLVMFuzzerRunDriver, since
// SwiftPM links an executable's `main` to its own entry point, not to libFuzzer's.
import PackageDescription

let package = Package(
    name: "onboarding-report-fuzz",
    dependencies: [
        .package(name: "onboarding-report", path: ".."),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // libFuzzer's driver entry point; the library comes with -sanitize=fuzzer.
        .systemLibrary(name: "CLibFuzzer"),
        // Starting libFuzzer, and the scratch files every target hands its input through.
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer"]),
        // CSVReader over arbitrary bytes, then the date and money parsers on every field.
        .executableTarget(name: "fuzz-csv-fields", dependencies: [
            "FuzzSupport", .product(name: "OnboardingPipeline", package: "onboarding-report"),
        ], path: "Sources/FuzzCSVFields"),
        // The YAML configuration, loaded and validated as `run` loads it.
        .executableTarget(name: "fuzz-config", dependencies: [
            "FuzzSupport", .product(name: "OnboardingPipeline", package: "onboarding-report"),
        ], path: "Sources/FuzzConfig"),
        // A whole ingest of a deals/milestones pair, then every metric over the result.
        .executableTarget(name: "fuzz-ingest", dependencies: [
            "FuzzSupport", .product(name: "OnboardingPipeline", package: "onboarding-report"),
            .product(name: "Logging", package: "swift-log"),
        ], path: "Sources/FuzzIngest"),
    ]
)
