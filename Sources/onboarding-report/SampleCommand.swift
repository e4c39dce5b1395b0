import ArgumentParser
import Foundation
import OnboardingModel
import SampleExports

/// `sample`: deterministic synthetic exports plus a matching config.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write a deterministic, realistic synthetic export set (same arguments, same bytes)."
    )

    /// Ten times the benchmark's workload (1,000,000 accounts): a mistyped count
    /// fails at once instead of generating without end (SPEC §3).
    static let maximumAccounts = 10_000_000

    @Option(name: .long, help: "Number of onboarded accounts (at most 10,000,000).")
    var accounts: Int = 300

    @Option(name: .long, help: "Random seed.")
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("Directory to write the exports into.", valueName: "dir"))
    var out: String

    @Option(name: .long, help: ArgumentHelp("Last day the exports cover.", valueName: "YYYY-MM-DD"))
    var through: String = "2026-11-22"

    @Flag(name: .long, help: "Overwrite exports and onboarding.yaml already in --out.")
    var force = false

    func validate() throws {
        guard accounts >= 1 else { throw ValidationError("--accounts must be at least 1.") }
        guard accounts <= Self.maximumAccounts else {
            throw ValidationError("--accounts \(accounts) is too many; use at most 10,000,000 (the benchmark uses 1,000,000).")
        }
        guard Day(iso: through) != nil else {
            throw ValidationError("--through \(through) is not a date; use YYYY-MM-DD.")
        }
    }

    func run() throws {
        try ErrorReporting.exitOnFailure {
            try OutputDirectoryLock.createDirectory(out)
            if !force { try SampleOverwriteCheck.refuseExisting(in: out) }
            do {
                try SampleGenerator(accounts: accounts, seed: seed, through: Day(iso: through)!).write(to: out)
                let configPath = (out as NSString).appendingPathComponent(SampleOverwriteCheck.configFileName)
                try SampleGenerator.configYAML.write(toFile: configPath, atomically: true, encoding: .utf8)
            } catch let error as PipelineError {
                throw error
            } catch {
                throw PipelineError(.cannotWrite, "\(out): cannot write the sample exports (\(error)).")
            }
        }
    }
}
