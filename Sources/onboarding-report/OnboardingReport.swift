import ArgumentParser

/// The `onboarding-report` command: wires ingest → metrics → reports.
@main
struct OnboardingReport: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "onboarding-report",
        abstract: "Onboarding analytics for customer-success operations: TTV, completion, stalls, handoff quality.",
        discussion: """
            Reads CRM and CS-platform CSV exports from a data directory and writes a report \
            directory with a Markdown summary, cohort and segment tables, per-account states \
            and a manifest. Exit codes follow sysexits: 65 data error, 66 missing input, \
            70 internal error (a bug), 73 cannot write, 75 locked, 78 configuration error.
            """,
        version: version,
        subcommands: [RunCommand.self, ValidateCommand.self, InitCommand.self, SampleCommand.self],
        defaultSubcommand: RunCommand.self
    )

    static func main() {
        // A crash is a bug: exit 70 asking for a report, not a bare signal (SPEC §2).
        InternalErrorReport.installCrashHandler()
        main(nil)
    }
}
