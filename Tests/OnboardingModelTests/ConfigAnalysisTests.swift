import Testing
@testable import OnboardingModel

/// The `outcomes` and `compare` sections (SPEC §4).
struct ConfigAnalysisTests {
    static func load(_ yaml: String) throws -> Config {
        try ConfigLoader.load(yaml: yaml, source: "onboarding.yaml")
    }

    @Test func defaultsHaveNoComparison() throws {
        let config = try Self.load("compare: {}\n")
        #expect(config.compare == nil)
        #expect(config.outcomes.horizons == [90, 365] && config.outcomes.ttvBands == [30, 60])
        #expect(config.compareColumns.isEmpty)
    }

    @Test func pilotByColumnIsNormalized() throws {
        let config = try Self.load("""
            compare: {name: New playbook, pilot: {column: "Onboarding Track", values: [Pilot, "Pilot-2"]}}
            """)
        #expect(config.compare == Config.CompareOptions(
            name: "New playbook", pilot: .column(name: "onboarding_track", values: ["pilot", "pilot_2"])))
        #expect(config.compareColumns == ["onboarding_track"])
    }

    @Test func pilotByDateAndBaselineByIDs() throws {
        let config = try Self.load("compare: {pilot: {closed_from: 2026-09-01}, baseline: {accounts: [A1, \" A2 \"]}}")
        #expect(config.compare?.name == "Pilot")
        #expect(config.compare?.pilot == .closedFrom(Day(year: 2026, month: 9, day: 1)!))
        #expect(config.compare?.baseline == .accounts(["A1", "A2"]))
        #expect(config.compareColumns.isEmpty)
    }

    @Test func compareColumnMayBeMappedUnderColumns() throws {
        let config = try Self.load("columns: {deals: {track: \"Playbook Used\"}}\n"
                                   + "compare: {pilot: {column: track, values: [pilot]}}\n")
        #expect(config.columns["deals"] == ["track": "Playbook Used"])
        // Without compare reading it, track is no column of deals.csv.
        #expect(throws: PipelineError.self) { try Self.load("columns: {deals: {track: \"Playbook Used\"}}\n") }
    }

    @Test func twoColumnsAreReadOnce() throws {
        let config = try Self.load("compare: {pilot: {column: track, values: [pilot]}, "
                                   + "baseline: {column: track, values: [standard]}}")
        #expect(config.compareColumns == ["track"])
    }

    @Test(arguments: [
        ConfigErrorCase("no pilot", "compare: {name: X}",
                        "compare.pilot is missing; pick the pilot accounts, e.g. pilot: {column: track, values: [pilot]}"),
        ConfigErrorCase("misspelled selector key", "compare: {pilot: {colum: track}}",
                        "unknown key compare.pilot.colum; did you mean column?"),
        ConfigErrorCase("two ways at once", "compare: {pilot: {closed_from: 2026-01-01, accounts: [A1]}}",
                        "compare.pilot must pick accounts one way: column (with values), closed_from or accounts; "
                        + "found closed_from and accounts"),
        ConfigErrorCase("column without values", "compare: {pilot: {column: track}}",
                        "compare.pilot.values is missing; list the track values that pick the accounts, "
                        + "e.g. values: [pilot]"),
        ConfigErrorCase("empty values", "compare: {pilot: {column: track, values: []}}",
                        "compare.pilot.values is empty; list the track values that pick the accounts"),
        ConfigErrorCase("empty id list", "compare: {pilot: {accounts: []}}",
                        "compare.pilot.accounts is empty; list the account ids, e.g. accounts: [A1, A2]"),
        ConfigErrorCase("bad date", "compare: {pilot: {closed_from: 2026-02-30}}",
                        #"compare.pilot.closed_from must be a date YYYY-MM-DD, found "2026-02-30""#),
        ConfigErrorCase("overlapping id lists", "compare: {pilot: {accounts: [A1, A2]}, baseline: {accounts: [A3, A2]}}",
                        #"compare.baseline.accounts shares 1 account(s) with compare.pilot.accounts (first "A2"); "#
                        + "an account is in the pilot or in the baseline, not both"),
        ConfigErrorCase("horizons not ascending", "outcomes: {horizons: [365, 90]}",
                        "outcomes.horizons must be ascending without repeats, found 365 before 90"),
        ConfigErrorCase("zero band", "outcomes: {ttv_bands: [0, 30]}",
                        "outcomes.ttv_bands[0] must be between 1 and 36500 days, found 0"),
        ConfigErrorCase("empty horizons", "outcomes: {horizons: []}",
                        "outcomes.horizons is empty; list at least one number of days"),
        ConfigErrorCase("misspelled outcomes key", "outcomes: {horizon: [90]}",
                        "unknown key outcomes.horizon; did you mean horizons?"),
    ])
    func errors(_ c: ConfigErrorCase) {
        expectLoadError(c.yaml, c.message)
    }
}
