@testable import Ingest
import OnboardingModel
import Testing

/// The deals.csv column `compare` picks accounts by: kept per account from
/// its onboarding deal, normalized as headers are; absent, the run stops.
struct CompareColumnIngestTests {
    static func config(_ pilot: CohortSelector, baseline: CohortSelector? = nil) -> Config {
        var config = smallConfig()
        config.compare = Config.CompareOptions(name: "P", pilot: pilot, baseline: baseline)
        return config
    }

    static func ingest(_ header: [String], _ rows: [[String]], config: Config) throws -> [OnboardedAccount] {
        var ingest = DealsIngest(config: config, today: day("2025-12-31"))
        try feed(&ingest, header: header, rows: rows)
        return ingest.finish().accounts
    }

    @Test func onboardingDealsValueNormalized() throws {
        let header = ["deal_id", "account_id", "close_date", "acv", "Onboarding Track"]
        let rows = [["D1", "A1", "2025-03-01", "100", " Pilot "],
                    // A later deal of A1 (an expansion) does not change its track.
                    ["D2", "A1", "2025-05-01", "100", "standard"],
                    ["D3", "A2", "2025-03-01", "100", "n/a"],
                    ["D4", "A3", "2025-03-01", "100", "New-Process"]]
        let accounts = try Self.ingest(header, rows, config: Self.config(.column(name: "onboarding_track",
                                                                                  values: ["pilot"])))
        #expect(accounts.map(\.compareValues) == [["pilot"], [""], ["new_process"]])
    }

    @Test func twoColumnsKeepBothValues() throws {
        let header = ["deal_id", "account_id", "close_date", "acv", "track", "region"]
        let config = Self.config(.column(name: "track", values: ["pilot"]),
                                 baseline: .column(name: "region", values: ["emea"]))
        let accounts = try Self.ingest(header, [["D1", "A1", "2025-03-01", "100", "pilot", "EMEA"]], config: config)
        #expect(config.compareColumns == ["track", "region"])
        #expect(accounts.first?.compareValues == ["pilot", "emea"])
        // `region` is a canonical column too: the account keeps it as written.
        #expect(accounts.first?.region == "EMEA")
    }

    @Test func columnMappedUnderColumnsIsFound() throws {
        var config = Self.config(.column(name: "track", values: ["pilot"]))
        config.columns = ["deals": ["track": "Playbook Used"]]
        let accounts = try Self.ingest(["deal_id", "account_id", "close_date", "acv", "Playbook Used"],
                                       [["D1", "A1", "2025-03-01", "100", "Pilot"]], config: config)
        #expect(accounts.first?.compareValues == ["pilot"])
    }

    @Test func withoutCompareNothingIsKept() throws {
        let accounts = try Self.ingest(["deal_id", "account_id", "close_date", "acv", "track"],
                                       [["D1", "A1", "2025-03-01", "100", "pilot"]], config: smallConfig())
        #expect(accounts.first?.compareValues == [])
    }

    @Test func missingColumnIsADataErrorNamingTheKey() {
        var ingest = DealsIngest(config: Self.config(.closedFrom(day("2025-01-01")),
                                                     baseline: .column(name: "track", values: ["standard"])),
                                 today: day("2025-12-31"))
        do {
            try feed(&ingest, header: ["deal_id", "account_id", "close_date", "acv"], rows: [])
            Issue.record("a missing compare column must stop the ingest")
        } catch let error as PipelineError {
            #expect(error.kind == .data)
            #expect(error.message.hasPrefix("deals.csv: has no column track, which compare.baseline.column picks"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
