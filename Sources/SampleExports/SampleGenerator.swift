import Foundation
import OnboardingModel

/// Writes a deterministic, realistic synthetic export set (SPEC §2 `sample`).
///
/// Each account's onboarding is a story (`StoryTeller`) drawn from its own
/// seeded stream; the file writers render those stories, so the same
/// (accounts, seed, through) always gives byte-identical files, and memory does
/// not grow with the number of accounts or events.
public struct SampleGenerator {
    private let teller: StoryTeller

    /// - Parameters:
    ///   - accounts: onboarded accounts to generate.
    ///   - seed: same seed, same bytes.
    ///   - through: the last day the exports cover (newest close/milestone/event date).
    public init(accounts: Int, seed: UInt64, through: Day) {
        precondition(accounts >= 0, "accounts must not be negative")
        teller = StoryTeller(accounts: accounts, seed: seed, through: through)
    }

    /// Writes deals.csv, milestones.csv, events.csv, csms.csv, forecast.csv, surveys.csv and
    /// holds.csv into `directory`.
    ///
    /// Creates `directory` when missing and replaces those seven files.
    /// - Throws: `PipelineError` (`.cannotWrite`) naming the path that failed.
    public func write(to directory: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw PipelineError(.cannotWrite,
                                "cannot create the output directory \(directory): \(error.localizedDescription)")
        }
        let files = Config().data
        func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }

        let roster = TeamRoster(teller: teller)
        try DealsWriter(teller: teller, roster: roster).write(to: path(files.deals))
        try MilestonesWriter(teller: teller).write(to: path(files.milestones))
        try EventsWriter(teller: teller).write(to: path(files.events))
        try CSMsWriter(roster: roster).write(to: path(files.csms))
        try ForecastWriter(through: teller.through, roster: roster).write(to: path(files.forecast))
        try SurveysWriter(teller: teller).write(to: path(files.surveys))
        try HoldsWriter(teller: teller).write(to: path(files.holds))
    }
}
