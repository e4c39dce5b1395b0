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

    @Option(name: .long, help: "Number of onboarded accounts.")
    var accounts: Int = 300

    @Option(name: .long, help: "Random seed.")
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("Directory to write the exports into.", valueName: "dir"))
    var out: String

    @Option(name: .long, help: ArgumentHelp("Last day the exports cover.", valueName: "YYYY-MM-DD"))
    var through: String = "2026-11-22"

    func validate() throws {
        guard accounts >= 1 else { throw ValidationError("--accounts must be at least 1.") }
        guard Day(iso: through) != nil else {
            throw ValidationError("--through \(through) is not a date; use YYYY-MM-DD.")
        }
    }

    func run() throws {
        try ErrorReporting.exitOnFailure {
            try OutputDirectoryLock.createDirectory(out)
            do {
                try SampleGenerator(accounts: accounts, seed: seed, through: Day(iso: through)!).write(to: out)
                let configPath = (out as NSString).appendingPathComponent("onboarding.yaml")
                try SampleGenerator.configYAML.write(toFile: configPath, atomically: true, encoding: .utf8)
            } catch let error as PipelineError {
                throw error
            } catch {
                throw PipelineError(.cannotWrite, "\(out): cannot write the sample exports (\(error)).")
            }
        }
    }
}
