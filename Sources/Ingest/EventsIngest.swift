import CSVStream
import OnboardingModel

/// Ingest of events.csv (SPEC §3): one row per product usage event, folded
/// into the accounts' `EventAccumulator` (which the warehouse rollup,
/// events_daily.csv and events_users.csv, feeds the same way): the earliest
/// event day on or after the close date (day-7 engagement), the recent active
/// days (health engagement), the first use of each feature in the onboarding
/// window (adoption) and the N earliest qualifying days or users of each
/// `milestones.from_events` milestone (SPEC §5).
///
/// This is the largest export (ten million rows), so a row is read from its
/// bytes: the account is found through `AccountIDIndex`, the date parsed in
/// place, and a `String` is made only for a row that is rejected or whose
/// account is unknown. Memory grows with accounts, never with events.
struct EventsIngest: FileIngester {
    static let requiredColumns = ["account_id", "occurred_at", "event"]
    static let optionalColumns = ["user_id"]

    private(set) var tally: RowTally
    private(set) var accumulator: EventAccumulator
    private let config: Config
    private let dates: DateParser
    private let index: AccountIDIndex
    private var header: [String] = []
    private var accountColumn = 0, occurredColumn = 0, eventColumn = 0
    private var userColumn: Int?
    /// The previous accepted row's account: the first guess for the next row.
    private var lastAccount: AccountIDIndex.Found?

    /// - Parameters:
    ///   - accounts: the onboarded accounts events attach to.
    ///   - index: `AccountIDIndex` of those same accounts.
    ///   - horizon: the last day any snapshot of the run can be (the as-of
    ///     when given, else today); later events are left out of the recent days.
    init(config: Config, accounts: [OnboardedAccount], index: AccountIDIndex, today: Day, horizon: Day? = nil) {
        self.config = config
        self.dates = DateParser(order: config.csv.dateOrder, epochs: true)
        self.tally = RowTally(name: "events", fileName: config.data.events)
        self.index = index
        self.accumulator = EventAccumulator(config: config, accounts: accounts, today: today, horizon: horizon)
    }

    mutating func readHeader(_ header: [String]) throws(PipelineError) {
        let map = try HeaderMap(header: header, file: "events", fileName: tally.fileName,
                                required: Self.requiredColumns, optional: Self.optionalColumns,
                                columns: config.columns)
        self.header = header
        tally.columnSources = map.sources
        accountColumn = map["account_id"]!
        occurredColumn = map["occurred_at"]!
        eventColumn = map["event"]!
        userColumn = map["user_id"]
    }

    mutating func prefetch(_ record: CSVRecord, _ stage: LookaheadStage) {
        guard accountColumn < record.count else { return }
        if let account = index.prefetch(trimmedBytes(record.bytes(accountColumn)), stage) {
            accumulator.prefetch(account: account)
        }
    }

    mutating func consume(_ row: some IngestRecord) {
        guard tally.admit(row, header: header) else { return }
        let found = row.withFieldBytes(accountColumn) { index.find(trimmedBytes($0), hint: lastAccount) }
        let account = found?.position
        let occurred = row.withFieldBytes(occurredColumn) { dates.parse(bytes: $0) }
        let event = row.withFieldBytes(eventColumn) { accumulator.eventID(of: trimmedBytes($0)) }
        guard let account, let occurred, let event else {
            return judgeIncomplete(row, dated: occurred != nil, named: event != nil)
        }
        tally.accept()
        lastAccount = found
        accumulator.add(account: account, day: occurred, event: event, count: 1)
        // An event without a user_id names no user.
        if accumulator.countsUsers(event), let user = userHash(row) {
            accumulator.addUser(account: account, day: occurred, event: event, user: user)
        }
    }

    private func userHash(_ row: some IngestRecord) -> UInt64? {
        guard let userColumn else { return nil }
        return row.withFieldBytes(userColumn, userIDHash)
    }

    /// Counts a row the fast path could not accept: rejected for a missing or
    /// bad value (account, then date, then event), else skipped as the event of
    /// an account deals do not have.
    private mutating func judgeIncomplete(_ row: some IngestRecord, dated: Bool, named: Bool) {
        let accountID = trimmedField(row.string(accountColumn))
        if isMissingText(accountID) { return tally.reject(row, missingValueReason("account_id", accountID)) }
        if !dated {
            return tally.reject(row, dates.invalidDateReason("occurred_at", row.string(occurredColumn)))
        }
        if !named { return tally.reject(row, missingValueReason("event", row.string(eventColumn))) }
        accumulator.addUnknown(accountID: accountID, count: 1)
        tally.skip()
    }

    /// Why no event names a user, when the file has no `user_id` column.
    var noUsers: String? { userColumn == nil ? "no user_id column" : nil }

    /// Writes what the events tell into `accounts` (the array given to
    /// `init`) and returns the file's notes.
    func finish(into accounts: inout [OnboardedAccount]) -> [DataQualityNote] {
        accumulator.finish(into: &accounts, fileName: tally.fileName, noUsers: noUsers)
    }
}
