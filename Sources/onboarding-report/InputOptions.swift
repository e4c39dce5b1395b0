import ArgumentParser
import Logging
import OnboardingModel

/// Options shared by `run` and `validate`: where the exports and config are.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Directory holding the CSV exports.", valueName: "dir"))
    var data: String = "sample-data"

    @Option(name: .long, help: ArgumentHelp(
        "YAML configuration (default: <data>/onboarding.yaml when present, else built-in defaults).",
        valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("Header preset for deals.csv (overrides csv.preset).",
                                            valueName: "salesforce|hubspot"))
    var preset: Config.Preset?

    @Flag(name: .long, help: "Log only errors (for cron).")
    var quiet = false

    @Flag(name: .long, help: "Also log each stage's time and the peak memory so far.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose contradict each other; pass one.") }
    }

    /// The run's logger at the level the flags ask for.
    func makeLogger() -> Logger {
        LoggingSetup.logger(level: quiet ? .error : verbose ? .debug : .info)
    }
}

extension Config.Preset: ExpressibleByArgument {}
extension Period: ExpressibleByArgument {}
