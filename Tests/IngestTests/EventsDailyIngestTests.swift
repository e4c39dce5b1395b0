@testable import Ingest
import OnboardingModel
import Testing

/// Accounts A1 (closed 2025-03-10) and A2 (closed 2025-04-01), as in EventsIngestTests.
private func accountsAndIndex() throws -> ([OnboardedAccount], AccountIDIndex) {
    var deals = DealsIngest(config: smallConfig(), today: day("2025-12-31"))
    try feed(&deals, header: ["deal_id", "account_id", "close_date", "acv"],
             rows: [["D1", "A1", "2025-03-10", "1"], ["D2", "A2", "2025-04-01", "1"]])
    let accounts = deals.finish().accounts
    return (accounts, AccountIDIndex(accounts))
}

private func ingestDaily(_ rows: [[String]], header: [String] = ["account_id", "event_date", "event", "events"])
    throws -> (ingest: EventsDailyIngest, accounts: [OnboardedAccount], notes: [DataQualityNote]) {
    let (onboarded, index) = try accountsAndIndex()
    var accounts = onboarded
    var ingest = EventsDailyIngest(config: smallConfig(), accounts: accounts, index: index, today: day("2025-12-31"))
    try feed(&ingest, header: header, rows: rows)
    let notes = ingest.finish(into: &accounts)
    return (ingest, accounts, notes)
}

private func ingestRaw(_ rows: [[String]]) throws -> (ingest: EventsIngest, accounts: [OnboardedAccount],
                                                         notes: [DataQualityNote]) {
    let (onboarded, index) = try accountsAndIndex()
    var accounts = onboarded
    var ingest = EventsIngest(config: smallConfig(), accounts: accounts, index: index, today: day("2025-12-31"))
    try feed(&ingest, header: ["account_id", "occurred_at", "event", "user_id"], rows: rows)
    let notes = ingest.finish(into: &accounts)
    return (ingest, accounts, notes)
}

@Suite struct EventsDailyIngestTests {
    /// The same events raw and rolled up (by UTC day: 2025-03-09T22:30-05:00
    /// is 2025-03-10) leave the same accounts, counts, newest date and notes.
    @Test func aRollupFeedsTheAccountsAsItsRawEventsDo() throws {
        let raw = try ingestRaw([
            ["A1", "2025-03-09T12:00:00Z", "login", "U1"],       // before A1's close
            ["A1", "2025-03-09T22:30:00-05:00", "login", "U1"],  // 2025-03-10 UTC: the close date
            ["A1", "2025-03-10T08:00:00Z", "report_shared", "U2"],
            ["A2", "2025-04-05T10:00:00Z", "Login", "U3"],
            ["A2", "2025-04-05T11:00:00Z", "login", "U3"],
            ["A2", "2025-06-30T23:00:00-02:00", "export", "U3"], // 2025-07-01 UTC: newest
            ["A9", "2025-04-05T11:00:00Z", "login", ""],
            ["A9", "2025-04-06T11:00:00Z", "login", ""],
        ])
        let daily = try ingestDaily([
            ["A1", "2025-03-09", "login", "1"],
            ["A1", "2025-03-10", "login", "1"],
            ["A1", "2025-03-10", "report_shared", "1"],
            ["A2", "2025-04-05", "Login", "1"],
            ["A2", "2025-04-05", "login", "1"],
            ["A2", "2025-07-01", "export", "1"],
            ["A9", "2025-04-05", "login", "1"],
            ["A9", "2025-04-06", "login", "1"],
        ])
        #expect(daily.accounts.map(\.firstEventOnOrAfterClose) == [day("2025-03-10"), day("2025-04-05")])
        #expect(daily.accounts.map(\.firstEventOnOrAfterClose) == raw.accounts.map(\.firstEventOnOrAfterClose))
        #expect(daily.ingest.accumulator.newest.value == day("2025-07-01"))
        #expect(daily.ingest.accumulator.newest.value == raw.ingest.accumulator.newest.value)
        // Logins: A1 x2, A2 x2 ("Login" too); features: report_shared, export.
        #expect((daily.ingest.accumulator.logins, daily.ingest.accumulator.featureEvents) == (4, 2))
        #expect((raw.ingest.accumulator.logins, raw.ingest.accumulator.featureEvents) == (4, 2))
        #expect(daily.notes.map(\.count) == [2])
        #expect(daily.notes.map(\.message) == raw.notes.map(\.message))
        #expect(daily.notes.map(\.file) == ["events_daily.csv"])
    }

    /// A row of N events counts as N raw events: in the login and feature
    /// counts, and in the unknown-account note.
    @Test func aRowCountsItsEvents() throws {
        let r = try ingestDaily([["A1", "2025-03-12", "login", "40"], ["A1", "2025-03-11", "export", "2"],
                                 ["A9", "2025-03-12", "login", "7"], [" A8 ", "2025-03-12", "login", "5"]])
        #expect((r.ingest.accumulator.logins, r.ingest.accumulator.featureEvents) == (40, 2))
        #expect(r.accounts[0].firstEventOnOrAfterClose == day("2025-03-11"))
        #expect(r.notes == [DataQualityNote(
            file: "events_daily.csv",
            message: "events of accounts not found in deals counted and ignored (e.g. 'A9', 'A8')", count: 12)])
        #expect([r.ingest.tally.accepted, r.ingest.tally.skipped, r.ingest.tally.rejected] == [2, 2, 0])
        // 40 + 2 + 7 + 5 events read, none rejected.
        #expect(r.ingest.tally.represented == RepresentedRows(unit: "events", read: 54, rejected: 0))
    }

    /// event_date is read as occurred_at is: where the warehouse SQL could not
    /// read a timestamp it passes the raw text on, and the product parses it.
    @Test(arguments: [
        ("2025-03-12", "2025-03-12"),
        ("3/12/2025", "2025-03-12"),                  // slash date, csv.date_order mdy
        (" 2025-03-12T10:00:00Z", "2025-03-12"),      // padded: kept raw by the SQL
        ("2025-03-12T23:30:00-05:00", "2025-03-13"),  // an offset the SQL left to the product
        ("3/12/25 11:59 PM", "2025-03-12"),           // Excel's two-digit year and AM/PM time
        ("1741823999", "2025-03-12"),                 // Unix seconds: 2025-03-12T23:59:59Z
        ("1741824000000", "2025-03-13"),              // Unix milliseconds: 2025-03-13T00:00:00Z
    ])
    func eventDateIsReadAsOccurredAtIs(_ text: String, _ expected: String) throws {
        let r = try ingestDaily([["A1", text, "login", "1"]])
        #expect(r.accounts[0].firstEventOnOrAfterClose == day(expected))
        #expect(r.ingest.tally.accepted == 1)
    }

    @Test(arguments: [("1", 1), ("12", 12), ("0012", 12), ("12.0", 12), ("999999999999999", 999_999_999_999_999)])
    func eventsIsAWholeNumberOfAtLeastOne(_ text: String, _ expected: Int) {
        var text = text
        #expect(text.withUTF8 { EventsDailyIngest.eventCount($0) } == expected)
    }

    @Test(arguments: ["", "0", "0.0", "-1", "+1", "1.5", "1e3", "abc", "1,000", "1000000000000000", "."])
    func otherEventsValuesAreNotCounts(_ text: String) {
        var text = text
        #expect(text.withUTF8 { EventsDailyIngest.eventCount($0) } == nil)
    }

    /// Rejected as the raw rows are (account, then date, then event), then a
    /// bad count; a rejected row weighs its events in the represented counts.
    @Test func rejectsLikeRawRowsAndWeighsThemByEvents() throws {
        let r = try ingestDaily([
            ["A1", "2025-03-12", "login", "90"],          // accepted
            ["", "2025-03-12", "login", "3"],              // rejected: no account
            ["A1", "2025-02-30T10:00:00Z", "login", "4"],  // rejected: impossible day
            ["A1", "2025-03-12", "N/A", "2"],              // rejected: placeholder event
            ["A1", "2025-03-12", "login", "0"],            // rejected: not a count
            ["A1", "2025-03-12", "login"],                 // rejected: ragged
            ["", "", "", ""],                              // skipped: blank
        ])
        #expect(r.ingest.tally.rejects.map(\.line) == [3, 4, 5, 6, 7])
        #expect(r.ingest.tally.rejects.map(\.reason) == [
            "account_id is empty; every row needs one",
            "event_date \"2025-02-30T10:00:00Z\" is not a valid date; accepted: "
                + DateParser(order: .mdy, epochs: true).acceptedFormatsText,
            "event \"N/A\" is a placeholder for no value; every row needs one",
            "events \"0\" is not a whole number of at least 1; it counts the events of that account, day and event",
            "row has 3 fields but the header has 4; a value that holds the delimiter or a line break must be in "
                + "double quotes",
        ])
        #expect([r.ingest.tally.accepted, r.ingest.tally.skipped, r.ingest.tally.rejected] == [1, 1, 5])
        // Read: 90 + 3 + 4 + 2 + 1 (bad count) + 1 (ragged) + 1 (blank) = 102; rejected: 3 + 4 + 2 + 1 + 1 = 11.
        #expect(r.ingest.tally.represented == RepresentedRows(unit: "events", read: 102, rejected: 11))
        #expect(r.ingest.tally.summary(sha256: "").represented == r.ingest.tally.represented)
    }

    @Test func headersAreMatchedAsEverywhere() throws {
        let r = try ingestDaily([["1", "A1", "login", "2025-03-12"]], header: ["Events", "Account ID", "Event",
                                                                              "Event-Date"])
        #expect(r.ingest.tally.accepted == 1)
        #expect(throws: PipelineError.self) { try ingestDaily([], header: ["account_id", "event_date", "event"]) }
    }
}
