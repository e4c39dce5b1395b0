// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "onboarding-report",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "onboarding-report", targets: ["onboarding-report"]),
        // Checks a published report's invariants; the benchmark runs it on its 1M-account report.
        .executable(name: "report-invariants", targets: ["report-invariants"]),
        // For the fuzz package (Fuzz/), which links the pipeline stages without the CLI.
        .library(name: "OnboardingPipeline",
                 targets: ["Runtime", "CSVStream", "OnboardingModel", "Ingest", "Metrics", "Statistics"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // libcsv, the only C dependency; imported by CSVStream alone. shim.h declares what the
        // reader needs of libcsv's internals, for the libcsv version it names.
        .systemLibrary(
            name: "CLibCSV",
            providers: [.apt(["libcsv-dev"])]
        ),
        // libc calls Swift's Glibc module leaves out (mallopt, renameat2, syncfs); part of libc, nothing to install.
        .systemLibrary(name: "CGlibc"),
        // Compiler memory hints (prefetch) for the ingest's lookups; header-only.
        .systemLibrary(name: "CMemoryHints"),
        // Threads, the job pool, background work (SHA-256 of the files read and written, a file
        // written aside) and signal handling: the only module that imports Dispatch or starts
        // threads. Used by the readers, the report writer and the CLI; the model and the metrics
        // take a plain `JobRunner` instead.
        .target(name: "Runtime", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // Streaming RFC 4180 reader and writer over libcsv; the parser runs on a Runtime thread.
        .target(name: "CSVStream", dependencies: ["CLibCSV", "Runtime"]),
        // Config, plan, segments, calendar days, exact rationals, domain records, and the
        // `JobRunner` and `JobSlot` that independent work is handed through. No I/O, no threads.
        .target(
            name: "OnboardingModel",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Exports -> typed records: header mapping, field parsing, rejects; files read side by side.
        .target(
            name: "Ingest",
            dependencies: [
                "CSVStream", "OnboardingModel", "Runtime", "CMemoryHints",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Survival curves, intervals and tests for the analyses. Pure functions, no dependency.
        .target(name: "Statistics"),
        // Account snapshots and group metrics at a snapshot day. Pure functions; independent
        // parts go to the caller's `JobRunner`.
        .target(name: "Metrics", dependencies: ["OnboardingModel", "Statistics"]),
        // CSV tables, Markdown summary, charts, email, manifest. Never reads raw exports.
        .target(name: "Reports", dependencies: [
            "OnboardingModel", "Metrics", "Statistics", "CSVStream", "Runtime", .product(name: "Ink", package: "Ink"),
        ]),
        // Deterministic synthetic exports for demos, tests and the benchmark.
        .target(name: "SampleExports", dependencies: ["OnboardingModel", "CSVStream"]),
        // The invariants of a whole report directory (grain, keys, counts, ranges), read back
        // from its files: one implementation for the tests and the benchmark.
        .target(name: "ReportInvariants", dependencies: ["CSVStream"]),
        .executableTarget(name: "report-invariants", dependencies: ["ReportInvariants"]),
        // The CLI: wires the stages, owns the lock and the atomic publish.
        .executableTarget(
            name: "onboarding-report",
            dependencies: [
                "Runtime", "CSVStream", "OnboardingModel", "Ingest", "Metrics", "Reports", "SampleExports", "CGlibc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Helpers every test target may share: a temporary directory, the repository's
        // paths, a written report's files and tables.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "CSVStreamTests", dependencies: [
            "CSVStream", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "RuntimeTests", dependencies: ["Runtime", "OnboardingModel"]),
        .testTarget(name: "OnboardingModelTests", dependencies: ["OnboardingModel"]),
        .testTarget(name: "IngestTests", dependencies: [
            "Ingest", "OnboardingModel", "CSVStream", "Runtime", "TestSupport", .product(name: "Logging", package: "swift-log"),
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "MetricsTests", dependencies: ["Metrics", "OnboardingModel", "Statistics"]),
        .testTarget(name: "StatisticsTests", dependencies: ["Statistics"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Metrics", "OnboardingModel", "Statistics", "Runtime", "TestSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "SampleExportsTests", dependencies: ["SampleExports", "OnboardingModel"]),
        .testTarget(name: "ReportInvariantsTests", dependencies: ["ReportInvariants", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["onboarding-report", "report-invariants", "ReportInvariants", "TestSupport"]),
    ]
)
