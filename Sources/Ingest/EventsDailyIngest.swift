import OnboardingModel

/// Ingest of events_daily.csv (SPEC §10): the product events rolled up in a
/// warehouse (warehouse/ in the repository), one row per account, UTC day and
/// event name with the number of `events`, read in place of events.csv.
///
/// Each row feeds the same `EventAccumulator` a raw event row does, `events`
/// times at once, so the report is the one the raw events give. A row is
/// judged as a raw event row is (account, then date, then event), and
/// `event_date` is read as `occurred_at` is: the rollup writes the UTC date
/// where its SQL reads the timestamp and otherwise passes the raw text on, to
/// be parsed here or rejected with the product's own reason. Row accounting
/// counts rollup rows; the reject gate weighs them by `events`
/// (`RepresentedRows`), as the raw rows they stand for.
struct EventsDailyIngest: FileIngester {
    static let requiredColumns = ["account_id", "event_date", "event", "events"]

    private(set) var tally: RowTally
    private(set) var accumulator: EventAccumulator
    private let config: Config
    private let dates: DateParser
    private let index: AccountIDIndex
    private var header: [String] = []
    private var accountColumn = 0, dateColumn = 0, eventColumn = 0, eventsColumn = 0
    /// The previous accepted row's account: the first guess for the next row.
    private var lastAccount: AccountIDIndex.Found?

    /// - Parameters:
    ///   - accounts: the onboarded accounts events attach to.
    ///   - index: `AccountIDIndex` of those same accounts.
    ///   - horizon: the last day any snapshot of the run can be (see `EventAccumulator`).
    init(config: Config, accounts: [OnboardedAccount], index: AccountIDIndex, today: Day, horizon: Day? = nil) {
        self.config = config
        // The same parser as occurred_at: event_date may be the raw text the warehouse SQL did not read.
        self.dates = DateParser(order: config.csv.dateOrder, epochs: true)
        self.tally = RowTally(name: "events_daily", fileName: config.data.eventsDaily)
        self.accumulator = EventAccumulator(config: config, accounts: accounts, today: today, horizon: horizon)
        self.index = index
    }

    mutating func readHeader(_ header: [String]) throws(PipelineError) {
        let map = try HeaderMap(header: header, file: "events_daily", fileName: tally.fileName,
                                required: Self.requiredColumns, optional: [], columns: config.columns)
        self.header = header
        tally.columnSources = map.sources
        accountColumn = map["account_id"]!
        dateColumn = map["event_date"]!
        eventColumn = map["event"]!
        eventsColumn = map["events"]!
    }

    mutating func consume(_ row: some IngestRecord) {
        let rejectedBefore = tally.rejected
        let represented = judge(row)
        tally.represent(represented, unit: "events", rejected: tally.rejected > rejectedBefore)
    }

    /// Accepts, skips or rejects `row` and returns how many events it stands
    /// for (1 when its `events` cannot be read).
    private mutating func judge(_ row: some IngestRecord) -> Int {
        guard tally.admit(row, header: header) else { return 1 }
        let count = row.withFieldBytes(eventsColumn) { Self.eventCount(trimmedBytes($0)) }
        let found = row.withFieldBytes(accountColumn) { index.find(trimmedBytes($0), hint: lastAccount) }
        let account = found?.position
        let day = row.withFieldBytes(dateColumn) { dates.parse(bytes: $0) }
        let event = row.withFieldBytes(eventColumn) { accumulator.eventID(of: trimmedBytes($0)) }
        guard let count, let account, let day, let event else {
            judgeIncomplete(row, count: count, dated: day != nil, named: event != nil)
            return count ?? 1
        }
        tally.accept()
        lastAccount = found
        accumulator.add(account: account, day: day, event: event, count: count)
        return count
    }

    /// Counts a row the fast path could not accept: rejected for a missing or
    /// bad value (account, date, event, then events), else skipped as the
    /// events of an account deals do not have.
    private mutating func judgeIncomplete(_ row: some IngestRecord, count: Int?, dated: Bool, named: Bool) {
        let accountID = trimmedField(row.string(accountColumn))
        if isMissingText(accountID) { return tally.reject(row, missingValueReason("account_id", accountID)) }
        if !dated { return tally.reject(row, dates.invalidDateReason("event_date", row.string(dateColumn))) }
        if !named { return tally.reject(row, missingValueReason("event", row.string(eventColumn))) }
        guard let count else {
            return tally.reject(row, "events \(shown(row.string(eventsColumn))) is not a whole number of at least 1; "
                                + "it counts the events of that account, day and event")
        }
        accumulator.addUnknown(accountID: accountID, count: count)
        tally.skip()
    }

    /// A whole number of events from 1 to 10¹⁵ − 1 (so that sums cannot
    /// overflow) in ASCII digits, optionally with a zero fraction (`12.0`, as
    /// a float column exports it); nil otherwise.
    static func eventCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var digits = bytes.count
        if let dot = bytes.firstIndex(of: .dot) {
            guard bytes[(dot + 1)...].allSatisfy({ $0 == UInt8(ascii: "0") }) else { return nil }
            digits = dot
        }
        guard digits > 0, digits <= 15 else { return nil }
        var value = 0
        for byte in bytes[..<digits] {
            let digit = byte &- UInt8(ascii: "0")
            guard digit <= 9 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value >= 1 ? value : nil
    }

    /// Writes what the events tell into `accounts` (the array given to
    /// `init`) and returns the file's notes; without events_users.csv (see
    /// `EventsUsersIngest`) no event names a user.
    func finish(into accounts: inout [OnboardedAccount]) -> [DataQualityNote] {
        accumulator.finish(into: &accounts, fileName: tally.fileName, noUsers: "no \(config.data.eventsUsers)")
    }
}
