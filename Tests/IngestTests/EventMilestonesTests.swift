@testable import Ingest
import OnboardingModel
import Testing

/// Accounts A1 (closed 2025-03-10) and A2 (closed 2025-04-01), both smb
/// (window 30 days: adoption counts [close, close + 30]); plan kickoff,
/// setup, first_value with first_value read from events by `rule`.
private func ingest(_ rows: [[String]], rule: Config.EventMilestone,
                    header: [String] = ["account_id", "occurred_at", "event", "user_id"],
                    adoption: Config.AdoptionOptions = Config.AdoptionOptions(), horizon: Day? = nil)
    throws -> (accounts: [OnboardedAccount], notes: [DataQualityNote]) {
    var config = smallConfig()
    config.milestones.fromEvents = ["first_value": rule]
    config.adoption = adoption
    var deals = DealsIngest(config: config, today: day("2025-12-31"))
    try feed(&deals, header: ["deal_id", "account_id", "close_date", "acv"],
             rows: [["D1", "A1", "2025-03-10", "1"], ["D2", "A2", "2025-04-01", "1"]])
    var accounts = deals.finish().accounts
    var events = EventsIngest(config: config, accounts: accounts, index: AccountIDIndex(accounts),
                              today: day("2025-12-31"), horizon: horizon)
    try feed(&events, header: header, rows: rows)
    let notes = events.finish(into: &accounts)
    return (accounts, notes)
}

/// first_value (plan index 2) of A1 as ingest leaves it.
private func firstValue(_ r: (accounts: [OnboardedAccount], notes: [DataQualityNote])) -> Day? {
    r.accounts[0].milestones[2].achievedDate
}

private func count(_ n: Int, _ events: String...) -> Config.EventMilestone {
    Config.EventMilestone(events: events, rule: .count(n))
}

@Suite struct EventMilestonesTests {
    @Test(arguments: [
        // A1 closed 2025-03-10. The 1st report_shared on or after close, whatever the row order;
        // other event names do not count.
        ("first event", 1, [("2025-03-20", "report_shared"), ("2025-03-14", "report_shared"),
                            ("2025-03-12", "login")], "2025-03-14"),
        // Three events on 03-12: the 3rd event is on 03-12 (ties on one day are separate events).
        ("N-th with ties on one day", 3, [("2025-03-12", "report_shared"), ("2025-03-12", "report_shared"),
                                          ("2025-03-12", "report_shared"), ("2025-03-11", "login")], "2025-03-12"),
        // 03-12, 03-12, 03-15, 03-20 (rows out of order): the 3rd is 03-15.
        ("N-th after a tie", 3, [("2025-03-20", "report_shared"), ("2025-03-12", "report_shared"),
                                 ("2025-03-15", "report_shared"), ("2025-03-12", "report_shared")], "2025-03-15"),
        // Before close counts as the close date: 02-01 and 03-05 are both 03-10, so the 2nd is 03-10.
        ("events before close count as the close date", 2,
         [("2025-02-01", "report_shared"), ("2025-03-05", "report_shared"), ("2025-03-30", "report_shared")],
         "2025-03-10"),
        // Spelled in other case and spacing: all three are report_shared; the 3rd is 03-13.
        ("names normalized as headers", 3, [("2025-03-11", "Report Shared"), ("2025-03-12", " report-SHARED "),
                                            ("2025-03-13", "REPORT.shared"), ("2025-03-14", "reportshared")],
         "2025-03-13"),
        // Only 2 report_shared events: a 3rd never happened.
        ("fewer than N", 3, [("2025-03-11", "report_shared"), ("2025-03-12", "report_shared")], nil),
    ] as [(String, Int, [(String, String)], String?)])
    func countRule(_ name: String, _ n: Int, _ rows: [(String, String)], _ expected: String?) throws {
        let r = try ingest(rows.map { ["A1", $0.0 + "T10:00:00Z", $0.1, "U1"] }, rule: count(n, "report_shared"))
        #expect(firstValue(r) == expected.map(day), "\(name)")
        // A2 had no event: still pending, not skipped.
        #expect(r.accounts[1].milestones[2] == .pending)
    }

    @Test func eventListMatchesAnyOfItsNames() throws {
        // {event: [report_shared, dashboard_shared], count: 2}: 03-12 and 03-14 are the 1st and 2nd.
        let r = try ingest([["A1", "2025-03-14", "Dashboard Shared", "U1"], ["A1", "2025-03-12", "report_shared", "U2"],
                            ["A1", "2025-03-13", "login", "U3"]],
                           rule: count(2, "report_shared", "dashboard_shared"))
        #expect(firstValue(r) == day("2025-03-14"))
    }

    @Test(arguments: [
        // users: 2 of any event. U1 three times (03-12..03-14), then U2 on 03-16: the 2nd distinct user is 03-16.
        ("repeat users count once", [("2025-03-12", "U1"), ("2025-03-13", "U1"), ("2025-03-14", "U1"),
                                     ("2025-03-16", "U2")], "2025-03-16"),
        // Out of order: U2 first seen 03-20, U1 on 03-18, then U2 again on 03-11 (its first day):
        // first days U2 03-11, U1 03-18: the 2nd is 03-18.
        ("a user's first day is its earliest", [("2025-03-20", "U2"), ("2025-03-18", "U1"), ("2025-03-11", "U2")],
         "2025-03-18"),
        // U3 is dropped when the two kept are earlier, then U1 gets an earlier day: first days
        // U1 03-11, U2 03-15, U3 03-25: the 2nd is 03-15.
        ("a dropped user never becomes the N-th", [("2025-03-15", "U2"), ("2025-03-17", "U1"), ("2025-03-25", "U3"),
                                                   ("2025-03-11", "U1")], "2025-03-15"),
        // user_id spelled with spaces is the same user; empty and n/a name no user.
        ("blank and placeholder user ids are no users", [("2025-03-12", "U1"), ("2025-03-13", " U1 "),
                                                         ("2025-03-14", ""), ("2025-03-15", "n/a")], nil),
        // Before close: U1 on 03-01 counts as 03-10; U2 on 03-11: the 2nd is 03-11.
        ("before close counts as the close date", [("2025-03-01", "U1"), ("2025-03-11", "U2")], "2025-03-11"),
    ] as [(String, [(String, String)], String?)])
    func usersRule(_ name: String, _ rows: [(String, String)], _ expected: String?) throws {
        let r = try ingest(rows.map { ["A1", $0.0, "login", $0.1] }, rule: Config.EventMilestone(events: [], rule: .users(2)))
        #expect(firstValue(r) == expected.map(day), "\(name)")
    }

    @Test func usersWithAnEventCountOnlyThatEvent() throws {
        // users: 2, event: report_shared. U2's login does not count; U2 shares on 03-19.
        let rows = [["A1", "2025-03-12", "report_shared", "U1"], ["A1", "2025-03-13", "login", "U2"],
                    ["A1", "2025-03-19", "Report_Shared", "U2"]]
        let r = try ingest(rows, rule: Config.EventMilestone(events: ["report_shared"], rule: .users(2)))
        #expect(firstValue(r) == day("2025-03-19"))
    }

    @Test func usersWithoutAUserColumnAreNeverAchievedAndSaidSo() throws {
        let r = try ingest([["A1", "2025-03-12", "login"], ["A1", "2025-03-13", "login"]],
                           rule: Config.EventMilestone(events: [], rule: .users(1)),
                           header: ["account_id", "occurred_at", "event"])
        #expect(firstValue(r) == nil)
        #expect(r.notes.contains { $0.message.hasPrefix("no user_id column") })
    }

    @Test func adoptionKeepsFirstUsesFromCloseOn() throws {
        // A1 closed 03-10. First uses are kept from the close date up to the longest window of any
        // segment (enterprise 90: accounts.csv may still move the account); the snapshot cuts them
        // to the account's own window (AdoptionTests).
        let rows = [
            ["A1", "2025-03-09", "export_csv", ""],     // before close: not counted
            ["A1", "2025-03-10", "report_created", ""],  // close: offset 0
            ["A1", "2025-03-25", "Report Created", ""],  // the same feature again, later
            ["A1", "2025-03-20", "workflow_run", ""],    // offset 10
            ["A1", "2025-04-09", "data_import", ""],     // close + 30, the window's last day: offset 30
            ["A1", "2025-04-10", "dashboard_viewed", ""], // close + 31: after smb's window
            ["A1", "2025-06-08", "user_invited", ""],    // close + 90: enterprise's last window day
            ["A1", "2025-06-09", "export_csv", ""],      // close + 91: after every window
            ["A1", "2025-03-11", "login", ""],           // login is no feature
        ]
        let r = try ingest(rows, rule: count(1, "report_shared"))
        let features = r.accounts[0].usage.features
        #expect((0..<features.count).map(features.offset) == [0, 10, 30, 31, 90])
        #expect(features.adopted(withinDays: 29) == 2)
        #expect(features.adopted(withinDays: 30) == 3)
    }

    @Test func adoptionFeaturesListRestrictsWhatCounts() throws {
        var adoption = Config.AdoptionOptions()
        adoption.features = ["workflow_run", "login"]
        let rows = [["A1", "2025-03-12", "report_created", ""], ["A1", "2025-03-13", "Workflow Run", ""],
                    ["A1", "2025-03-14", "LOGIN", ""]]
        let r = try ingest(rows, rule: count(1, "report_shared"), adoption: adoption)
        let features = r.accounts[0].usage.features
        // workflow_run on close + 3, login (listed, so it counts) on close + 4.
        #expect((0..<features.count).map(features.offset) == [3, 4])
    }

    @Test func moreFeaturesThanKeptKeepsTheEarliestAndSaysSo() throws {
        // Ten features on close + 1 ... close + 10, written latest first: the 8 earliest are kept.
        let rows = (1...10).reversed().map { ["A1", (day("2025-03-10") + $0).description, "feature_\($0)", ""] }
        let r = try ingest(rows, rule: count(1, "report_shared"))
        let features = r.accounts[0].usage.features
        #expect((0..<features.count).map(features.offset) == Array(1...8))
        #expect(r.notes.contains { $0.message.hasPrefix("accounts used more than 8 distinct features") && $0.count == 1 })
    }

    @Test func recentDaysLeaveOutEventsAfterTheHorizon() throws {
        let rows = [["A1", "2025-05-01", "login", ""], ["A1", "2025-05-03", "login", ""],
                    ["A1", "2025-09-01", "login", ""]]
        let r = try ingest(rows, rule: count(1, "report_shared"), horizon: day("2025-05-10"))
        // 09-01 is after the horizon: it neither counts nor pushes May out of the 96 days kept.
        #expect(r.accounts[0].usage.recentDays.count(from: day("2025-04-27"), through: day("2025-05-10")) == 2)
    }
}
