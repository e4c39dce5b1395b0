@testable import Ingest
import OnboardingModel
import Testing

/// Accounts A1 (closed 2025-03-10) and A2 (closed 2025-04-01), then the given
/// event rows.
private func ingestEvents(_ rows: [[String]], header: [String] = ["account_id", "occurred_at", "event", "user_id"])
    throws -> (ingest: EventsIngest, accounts: [OnboardedAccount], notes: [DataQualityNote]) {
    let config = smallConfig()
    var deals = DealsIngest(config: config, today: day("2025-12-31"))
    try feed(&deals, header: ["deal_id", "account_id", "close_date", "acv"],
             rows: [["D1", "A1", "2025-03-10", "1"], ["D2", "A2", "2025-04-01", "1"]])
    var accounts = deals.finish().accounts
    var ingest = EventsIngest(config: config, accounts: accounts, index: AccountIDIndex(accounts),
                              today: day("2025-12-31"))
    try feed(&ingest, header: header, rows: rows)
    let notes = ingest.finish(into: &accounts)
    return (ingest, accounts, notes)
}

@Suite struct EventsIngestTests {
    @Test(arguments: [
        // A1 closed 2025-03-10: the first event day on or after it is kept,
        // whatever the order of the rows.
        ("on the close date", ["2025-03-10T00:00:00Z"], "2025-03-10"),
        ("close + 6, the last day-7 day", ["2025-03-16T23:59:59Z"], "2025-03-16"),
        ("close + 7", ["2025-03-17T00:00:00Z"], "2025-03-17"),
        ("earliest of several, out of order", ["2025-03-20T10:00:00Z", "2025-03-12T10:00:00Z",
                                               "2025-03-15T10:00:00Z"], "2025-03-12"),
        // 2025-03-09 is before the close: ignored, the later event stands.
        ("event before close ignored", ["2025-03-09T12:00:00Z", "2025-03-18T12:00:00Z"], "2025-03-18"),
        // 2025-03-09 22:30 at -05:00 is 03:30 UTC on 2025-03-10, the close date.
        ("offset pushes into the close day", ["2025-03-09T22:30:00-05:00"], "2025-03-10"),
        // 2025-03-17 01:00 at +02:00 is 23:00 UTC on 2025-03-16: still close + 6.
        ("offset pulls back to close + 6", ["2025-03-17T01:00:00+02:00"], "2025-03-16"),
        // 2025-03-10 01:00 at +05:30 is 19:30 UTC on 2025-03-09: before the close.
        ("offset pulls back before close", ["2025-03-10T01:00:00+05:30", "2025-03-11T08:00:00.250Z"],
         "2025-03-11"),
        // Unix time: 1741564800 s is 2025-03-10 00:00:00 UTC, the close day; 1741564799 s (and
        // 1741564799999 ms) the last second of 2025-03-09, before it.
        ("epoch seconds on the close day", ["1741564799", "1741564800"], "2025-03-10"),
        ("epoch milliseconds on the close day", ["1741564799999", "1741564800000"], "2025-03-10"),
    ])
    func firstEventOnOrAfterClose(_ name: String, _ times: [String], _ expected: String) throws {
        let r = try ingestEvents(times.map { ["A1", $0, "login", "U1"] })
        #expect(r.accounts[0].firstEventOnOrAfterClose == day(expected), "\(name)")
        #expect(r.accounts[1].firstEventOnOrAfterClose == nil)
        #expect(r.ingest.tally.accepted == times.count)
    }

    @Test func onlyEventsBeforeCloseLeaveNoFirstEvent() throws {
        let r = try ingestEvents([["A2", "2025-03-31T23:59:59Z", "login", ""],
                                  // 2025-04-01 00:30 at +01:00 is 2025-03-31 23:30 UTC.
                                  ["A2", "2025-04-01T00:30:00+01:00", "report_created", ""]])
        #expect(r.accounts[1].firstEventOnOrAfterClose == nil)
        #expect(r.ingest.tally.accepted == 2)
    }

    @Test func unknownAccountsAreCountedNotRejected() throws {
        let r = try ingestEvents([["A9", "2025-03-12T10:00:00Z", "login", ""],
                                  ["A1", "2025-03-12T10:00:00Z", "login", ""],
                                  [" A9 ", "2025-03-13T10:00:00Z", "export_csv", ""],
                                  ["A7", "2025-03-14T10:00:00Z", "login", ""]])
        #expect(r.ingest.tally.rejected == 0)
        #expect(r.ingest.tally.skipped == 3)
        #expect(r.ingest.tally.accepted == 1)
        #expect(r.notes == [DataQualityNote(
            file: "events.csv", message: "events of accounts not found in deals counted and ignored (e.g. 'A9', 'A7')",
            count: 3)])
    }

    @Test func rowAccountingCoversEveryRow() throws {
        let r = try ingestEvents([
            ["A1", "2025-03-12T10:00:00Z", "login", "U1"],      // accepted
            ["", "", "", ""],                                   // skipped: blank
            ["A1", "2025-03-12T10:00:00Z", "login"],            // rejected: ragged
            ["", "2025-03-12T10:00:00Z", "login", ""],          // rejected: no account
            ["A1", "2025-03-32T10:00:00Z", "login", ""],        // rejected: impossible day
            ["A1", "yesterday", "login", ""],                   // rejected: not a date
            ["A1", "", "login", ""],                            // rejected: empty date
            ["A1", "2025-03-12T10:00:00Z", " ", ""],            // rejected: empty event
            ["A1", "2025-03-12T10:00:00Z", "N/A", ""],          // rejected: placeholder event
            ["A9", "2025-03-12T10:00:00Z", "login", ""],        // skipped: unknown account
            ["A2", "2025-04-02 09:00", "Login", ""],            // accepted
        ])
        let tally = r.ingest.tally
        // 11 rows = 2 accepted + 2 skipped + 7 rejected.
        #expect((tally.rowsRead, tally.accepted, tally.skipped, tally.rejected) == (11, 2, 2, 7))
        #expect(tally.rejects.map(\.line) == [4, 5, 6, 7, 8, 9, 10])
        #expect(tally.rejects.map(\.reason) == [
            "row has 3 fields but the header has 4; a value that holds the delimiter or a line break "
                + "must be in double quotes",
            "account_id is empty; every row needs one",
            #"occurred_at "2025-03-32T10:00:00Z" is not a valid date; accepted: "# + DateParser(epochs: true).acceptedFormatsText,
            #"occurred_at "yesterday" is not a valid date; accepted: "# + DateParser(epochs: true).acceptedFormatsText,
            "occurred_at is empty; every row needs one",
            "event is empty; every row needs one",
            #"event "N/A" is a placeholder for no value; every row needs one"#,
        ])
    }

    @Test func loginInAnyCaseIsTheLoginEventAndEverythingElseAFeature() throws {
        let r = try ingestEvents([["A1", "2025-03-12", "login", ""], ["A1", "2025-03-12", " LOGIN ", ""],
                                  ["A1", "2025-03-12", "LogIn", ""], ["A1", "2025-03-12", "logins", ""],
                                  ["A1", "2025-03-12", "tbd_feature", ""], ["A1", "2025-03-12", "none", ""]])
        // "none" is a placeholder: rejected; the rest: 3 logins, 2 features.
        #expect((r.ingest.accumulator.logins, r.ingest.accumulator.featureEvents, r.ingest.tally.rejected) == (3, 2, 1))
    }

    @Test func occurredAtCountsTowardTheNewestDate() throws {
        let r = try ingestEvents([["A1", "2025-06-01T10:00:00Z", "login", ""],
                                  // 2025-06-30 23:00 at -02:00 is 2025-07-01 in UTC.
                                  ["A2", "2025-06-30T23:00:00-02:00", "login", ""],
                                  // After today (2025-12-31): never the as-of.
                                  ["A2", "2026-01-05T10:00:00Z", "login", ""]])
        #expect(r.ingest.accumulator.newest.value == day("2025-07-01"))
    }

    @Test func columnsMayBeRenamedAndReordered() throws {
        let r = try ingestEvents([["login", "2025-03-14T08:00:00Z", "A1"]],
                                 header: ["Event", "Occurred At", "Account ID"])
        #expect(r.accounts[0].firstEventOnOrAfterClose == day("2025-03-14"))
    }

    @Test func missingRequiredColumnIsADataError() throws {
        let error = #expect(throws: PipelineError.self) {
            _ = try ingestEvents([], header: ["account_id", "timestamp", "event"])
        }
        #expect(error?.kind == .data)
        #expect(error?.message.hasPrefix("events.csv: missing required column occurred_at.") == true)
    }
}
