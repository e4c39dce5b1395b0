@testable import Ingest
import OnboardingModel
import Testing

/// Accounts A1 and A2, then the given holds rows (account_id, start_date, end_date, owner, reason).
private func ingestHolds(_ rows: [[String]]) throws
    -> (ingest: HoldsIngest, accounts: [OnboardedAccount], notes: [DataQualityNote]) {
    let config = smallConfig()
    var deals = DealsIngest(config: config, today: day("2025-12-31"))
    try feed(&deals, header: ["deal_id", "account_id", "close_date", "acv"],
             rows: [["D1", "A1", "2025-03-01", "1"], ["D2", "A2", "2025-04-01", "1"]])
    var accounts = deals.finish().accounts
    var ingest = HoldsIngest(config: config, index: AccountIDIndex(accounts))
    try feed(&ingest, header: ["Account ID", "Start Date", "End Date", "Owner", "Reason"], rows: rows)
    let notes = ingest.finish(into: &accounts)
    return (ingest, accounts, notes)
}

@Suite struct HoldsIngestTests {
    @Test func holdsAttachByStartDateWithOwnerDefaultCustomer() throws {
        let r = try ingestHolds([["A2", "2025-05-10", "", "vendor", "our SSO fix"],
                                 ["A2", "2025-05-01", "2025-05-08", "", "Security review"],
                                 ["A1", "4/2/2025", "2025-04-02", "Customer", "n/a"]])
        #expect(r.accounts[1].holds == [
            OnboardingHold(start: day("2025-05-01"), end: day("2025-05-08"), owner: .customer, reason: "Security review"),
            OnboardingHold(start: day("2025-05-10"), end: nil, owner: .vendor, reason: "our SSO fix"),
        ])
        // end == start: a hold of no day, kept.
        #expect(r.accounts[0].holds == [OnboardingHold(start: day("2025-04-02"), end: day("2025-04-02"))])
        #expect(r.ingest.tally.accepted == 3)
        #expect(r.notes.map(\.count) == [1])   // the vendor hold
    }

    @Test func unknownAccountsAreCountedNotRejectedAndOverlapsNoted() throws {
        let r = try ingestHolds([["A9", "2025-05-01", "", "", ""],
                                 ["A1", "2025-05-01", "2025-05-10", "", ""],
                                 ["A1", "2025-05-05", "", "", ""],
                                 ["A1", "2025-05-20", "2025-05-21", "", ""]])
        #expect(r.ingest.tally.rejected == 0 && r.ingest.tally.skipped == 1 && r.ingest.tally.accepted == 3)
        #expect(r.notes.map(\.message) == [
            "holds of accounts not found in deals counted and ignored (e.g. 'A9')",
            "customer holds overlapping an earlier hold of the same account (each day counted once)",
        ])
        // 05-05 overlaps [05-01, 05-10); 05-20 starts inside the open hold from 05-05.
        #expect(r.notes.last?.count == 2)
    }

    @Test(arguments: [
        ("end before start", ["A1", "2025-05-10", "2025-05-09", "", ""],
         #"end_date "2025-05-09" is before start_date "2025-05-10"; end_date is the day work resumed"#),
        ("bad owner", ["A1", "2025-05-10", "", "CSM", ""],
         #"owner "CSM" is not customer or vendor (who paused the onboarding; empty means customer)"#),
        ("empty start", ["A1", "", "", "", ""], "start_date is empty; every row needs one"),
        ("empty account", ["", "2025-05-10", "", "", ""], "account_id is empty; every row needs one"),
    ])
    func badRowsAreRejected(_ name: String, _ fields: [String], _ reason: String) throws {
        let r = try ingestHolds([fields])
        #expect(r.ingest.tally.rejects.map(\.reason) == [reason], "\(name)")
        #expect(r.accounts.allSatisfy { $0.holds.isEmpty })
    }

    @Test func badEndDateIsRejected() throws {
        let r = try ingestHolds([["A1", "2025-05-10", "2025-13-01", "", ""]])
        #expect(r.ingest.tally.rejected == 1)
        #expect(r.ingest.tally.rejects.first?.reason.contains("leave end_date empty") == true)
    }
}
