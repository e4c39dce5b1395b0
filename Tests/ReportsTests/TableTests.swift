import CSVStream
import Metrics
import OnboardingModel
import Testing
@testable import Reports

@Suite struct TableTests {
    let config = Fixtures.config

    @Test func segmentsHeaderIsTheSpecHeader() {
        #expect(SegmentsTable.header.joined(separator: ",") == "segment,accounts,active,complete,churned,ttv_n,"
            + "ttv_median_days,ttv_p90_days,ttv_within_target_rate,completion_rate,milestone_velocity_days,stalled,"
            + "stall_rate,handoff_quality,retention_90d_rate,day7_engagement_rate,onboarding_nps,new_in_window,"
            + "first_value_in_window,completed_in_window,adoption_rate")
    }

    @Test func segmentsRowsKeepOrderAndNameTheTotalAll() {
        let rows = SegmentsTable.rows(Fixtures.segments, config: config)
        #expect(rows.map(\.[0]) == ["enterprise", "mid_market", "smb", "all"])
        // all: 3 accounts, 2 active, 1 complete; median = p90 = 49 (one TTV);
        // within 1/2; completion undefined; velocity 86/7 = 12.29 → 12.3; stalled 1,
        // 1/2; handoff 2/3; retention undefined; day-7 1/2; NPS 0; new 1 (C).
        #expect(rows[3] == ["all", "3", "2", "1", "0", "1", "49.0", "49.0", "0.5000", "", "12.3", "1", "0.5000",
                            "0.6667", "", "0.5000", "0.0", "1", "0", "0", ""])
        // mid_market: within 0/1; no TTV statistics; velocity 8; stalled 1 of 1.
        #expect(rows[1] == ["mid_market", "1", "1", "0", "0", "0", "", "", "0.0000", "", "8.0", "1", "1.0000",
                            "1.0000", "", "0.0000", "", "0", "0", "0", ""])
    }

    @Test func cohortsHeaderAndRows() {
        #expect(CohortsTable.header.joined(separator: ",") == "segment,cohort,accounts,active,complete,churned,"
            + "ttv_n,ttv_median_days,ttv_p90_days,ttv_within_target_rate,completion_rate,milestone_velocity_days,"
            + "stalled,stall_rate,handoff_quality,retention_90d_rate,day7_engagement_rate,onboarding_nps,adoption_rate")
        let rows = CohortsTable.rows(Fixtures.cohorts, config: config)
        // enterprise 2026-09 is A alone: TTV 49, within 1/1, velocity 70/5 = 14, NPS +100.
        #expect(rows[0] == ["enterprise", "2026-09", "1", "0", "1", "0", "1", "49.0", "49.0", "1.0000", "", "14.0",
                            "0", "", "0.8000", "", "1.0000", "100.0", ""])
        // smb 2026-11 is C alone: 0 of 1 active stalled; handoff 2/10; NPS −100.
        #expect(rows[2] == ["smb", "2026-11", "1", "1", "0", "0", "0", "", "", "", "", "", "0", "0.0000", "0.2000",
                            "", "", "-100.0", ""])
    }

    @Test func accountsHeaderIsTheSpecHeader() {
        #expect(AccountsTable.header.joined(separator: ",") == "account_id,account_name,segment,cohort,close_date,"
            + "acv,ae,csm,status,current_milestone,last_progress_date,days_since_progress,stalled,first_value_date,"
            + "ttv_days,completion_date,completed_on_time,handoff_score,missing_handoff_fields,day7_engaged,"
            + "hold_days,on_hold,features_adopted,adoption_target_met,health_score,health_band,health_drivers")
    }

    /// accounts.csv's line for one account, written as the report writes it.
    func accountLine(_ s: AccountSnapshot, _ account: OnboardedAccount) -> String {
        var s = s
        s.accountIndex = 0
        return CSVWriter.encode { AccountsTable.write(s, of: [account], config: config, to: &$0) }
    }

    static let completeAccountCells = [
        "A-001", "Acme, Inc.", "enterprise", "2026-09", "2026-09-01", "120000.00", "Dana", "Lee", "complete", "",
        "2026-11-10", "12", "false", "2026-10-20", "49", "2026-11-10", "true", "0.8000",
        // Complete: 3 features adopted, target met; no health score.
        "backup_champion;competitive_context", "true", "0", "false", "3", "true", "", "", "",
    ]

    @Test func accountRowOfACompleteAccount() {
        // ACV 12,000,000 cents = 120000.00; complete: no current milestone.
        #expect(accountLine(Fixtures.snapshots[0], Fixtures.accounts[0])
            == CSVWriter.encode(Self.completeAccountCells))
        #expect(accountLine(Fixtures.snapshots[0], Fixtures.accounts[0]).hasPrefix("A-001,\"Acme, Inc.\",enterprise,"))
    }

    @Test func accountRowOfAStalledAccountNamesThePlanMilestone() {
        // Current milestone index 2 of the default plan is `training`; no CSM is an empty cell.
        #expect(accountLine(Fixtures.snapshots[1], Fixtures.accounts[1]) == CSVWriter.encode([
            "B-002", "'=HYPERLINK(\"http://x\")", "mid_market", "2026-10", "2026-10-20", "30000.50", "'+Eve", "",
            "active", "training", "2026-11-05", "17", "true", "", "", "", "", "1.0000", "", "false",
            // Health computed by hand in Fixtures: 47, amber, the two lowest components.
            "0", "false", "4", "true", "47", "amber", "recency 0.00; engagement 0.20",
        ]))
    }

    @Test func accountsAreOrderedByAccountIDBytes() {
        // Byte order puts "Z" (0x5A) before "a" (0x61) and "É" (0xC3 …) after both.
        var accounts = Fixtures.accounts
        accounts[0].accountID = "a-1"
        accounts[1].accountID = "\u{C9}-2"
        accounts[2].accountID = "Z-3"
        let ordered = AccountsTable.ordered(SnapshotAccounts(accounts: accounts, snapshots: Fixtures.snapshots))
        #expect(ordered.map(\.accountIndex) == [2, 0, 1])
        // Already sorted input comes back unchanged.
        #expect(AccountsTable.ordered(Fixtures.atSnapshot).snapshots == Fixtures.snapshots)
    }

    struct Injection: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let cell: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Injection(name: "equals", text: "=SUM(A1)", cell: "'=SUM(A1)"),
        Injection(name: "plus", text: "+1", cell: "'+1"),
        Injection(name: "minus", text: "-2+3", cell: "'-2+3"),
        Injection(name: "at", text: "@cmd", cell: "'@cmd"),
        Injection(name: "tab", text: "\tx", cell: "'\tx"),
        Injection(name: "carriage return", text: "\rx", cell: "'\rx"),
        Injection(name: "plain text unchanged", text: "Acme", cell: "Acme"),
        Injection(name: "formula character later unchanged", text: "A=B", cell: "A=B"),
    ])
    func inputTextCellsAreSpreadsheetSafe(_ c: Injection) {
        var account = Fixtures.accounts[0]
        account.accountID = c.text
        account.accountName = c.text
        account.ae = c.text
        account.csm = c.text
        var cells = Self.completeAccountCells
        for column in [0, 1, 6, 7] { cells[column] = c.cell }
        #expect(accountLine(Fixtures.snapshots[0], account) == CSVWriter.encode(cells))
        let reject = RejectsTable.row(RejectedRow(file: "deals.csv", line: 2, reason: c.text, raw: []))
        #expect(reject[2] == c.cell)
    }

    @Test func generatedCellsAreNotPrefixed() {
        // A negative NPS and a minus-leading number are ours, not input text.
        let rows = CohortsTable.rows(Fixtures.cohorts, config: config)
        #expect(rows[2][CohortsTable.header.firstIndex(of: "onboarding_nps")!] == "-100.0")
    }
}
