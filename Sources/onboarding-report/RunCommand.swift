import ArgumentParser
import Foundation
import Metrics
import OnboardingModel

/// `run`: ingest → transform → one published report directory.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Build one report from a data directory of exports (the main job)."
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: ArgumentHelp("Directory that receives <period>/<label>/ reports.", valueName: "dir"))
    var out: String = "reports"

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "Last day the exports cover (default: the newest date in the inputs, not after today).",
        valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .long, help: "Report window: the last complete day, ISO week or month ending on or before as-of.")
    var period: Period = .week

    @Option(name: .customLong("fail-on"), help: ArgumentHelp(
        "Exit 3 after writing the report when red flags at or above this severity exist.",
        valueName: "critical|warning|never"))
    var failOn: FailOnSeverity = .never

    func validate() throws {
        if let asOf {
            guard let day = Day(iso: asOf) else {
                throw ValidationError("--as-of \(asOf) is not a date; use YYYY-MM-DD, e.g. --as-of 2026-11-22.")
            }
            // The years a date may have (SPEC §3 "Robustness"); beyond them labels and emails break.
            guard day.components.year >= 1900, day.components.year <= 2199 else {
                throw ValidationError("--as-of \(asOf) is outside the years 1900-2199; give the last day the "
                    + "exports cover, e.g. --as-of 2026-11-22.")
            }
        }
    }

    func run() throws {
        AllocatorTuning.apply()
        InterruptCleanup.shared.install()
        let logger = input.makeLogger()
        let outcome = try ErrorReporting.exitOnFailure {
            try ReportRun(input: input, outputDirectory: out, asOf: asOf.flatMap { Day(iso: $0) },
                          period: period, logger: logger).execute()
        }
        if !input.quiet { print(outcome.directory) }
        if let problem = outcome.latestProblem {
            // Published, but `latest` is behind: not a success cron should stay quiet about.
            try ErrorReporting.exitOnFailure { () throws -> Void in throw problem }
        }
        let alarming = outcome.redFlags.count { failOn.includes($0.severity) }
        if alarming > 0 {
            // The report is published; exit 3 is cron's cue to alert someone.
            ErrorReporting.printError("\(alarming) red flag\(alarming == 1 ? "" : "s") at or above "
                + "\(failOn.rawValue) severity; see \(outcome.directory)/red_flags.csv.")
        }
        // Ended here, holding the report's content: the system takes back its
        // memory at once, where freeing a million accounts and flags one by
        // one would add about a second to every run.
        Foundation.exit(alarming > 0 ? 3 : 0)
    }
}

/// The `--fail-on` threshold for exit code 3.
enum FailOnSeverity: String, ExpressibleByArgument, CaseIterable {
    case critical, warning, never

    func includes(_ severity: RedFlag.Severity) -> Bool {
        switch self {
        case .critical: severity == .critical
        case .warning: true
        case .never: false
        }
    }
}
