import OnboardingModel

/// Ingest of events.csv (SPEC §3): one row per product usage event, folded
/// into one accumulator per onboarded account, its earliest event day on or
/// after the close date (what the day-7 engagement rule needs).
///
/// This is the largest export (ten million rows), so a row is read from its
/// bytes: the account is found through `AccountIDIndex`, the date parsed in
/// place, and a `String` is made only for a row that is rejected or whose
/// account is unknown. Memory grows with accounts, never with events.
struct EventsIngest: FileIngester {
    static let requiredColumns = ["account_id", "occurred_at", "event"]
    static let optionalColumns = ["user_id"]

    private(set) var tally: RowTally
    private(set) var newest: NewestDate
    /// Accepted events that were logins, and those that named a feature.
    private(set) var logins = 0, featureEvents = 0
    private let config: Config
    private let dates: DateParser
    private let index: AccountIDIndex
    private let closeDates: [Day]
    /// Per account: ordinal of the earliest event day ≥ close, or `Int32.max`.
    private var firstOnOrAfterClose: [Int32]
    private var header: [String] = []
    private var accountColumn = 0, occurredColumn = 0, eventColumn = 0
    private var unknownAccounts = CountedNote()
    /// The previous accepted row's account: the first guess for the next row.
    private var lastAccount: Int?

    /// - Parameters:
    ///   - accounts: the onboarded accounts events attach to.
    ///   - index: `AccountIDIndex` of those same accounts.
    init(config: Config, accounts: [OnboardedAccount], index: AccountIDIndex, today: Day) {
        self.config = config
        self.dates = DateParser(order: config.csv.dateOrder, epochs: true)
        self.tally = RowTally(name: "events", fileName: config.data.events)
        self.newest = NewestDate(today: today)
        self.index = index
        self.closeDates = accounts.map(\.closeDate)
        self.firstOnOrAfterClose = Array(repeating: .max, count: accounts.count)
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
    }

    mutating func consume(_ row: some IngestRecord) {
        guard tally.admit(row, header: header) else { return }
        let account = row.withFieldBytes(accountColumn) { index.position(of: trimmedBytes($0), hint: lastAccount) }
        let occurred = row.withFieldBytes(occurredColumn) { dates.parse(bytes: $0) }
        let kind = row.withFieldBytes(eventColumn) { EventKind(bytes: $0) }
        guard let account, let occurred, let kind else {
            return judgeIncomplete(row, dated: occurred != nil, named: kind != nil)
        }
        tally.accept()
        lastAccount = account
        newest.see(occurred)
        switch kind {
        case .login: logins += 1
        case .feature: featureEvents += 1
        }
        // Usage before the deal closed is trial or pilot use, not onboarding.
        if occurred >= closeDates[account], occurred.ordinal < firstOnOrAfterClose[account] {
            firstOnOrAfterClose[account] = occurred.ordinal
        }
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
        unknownAccounts.add(example: accountID)
        tally.skip()
    }

    /// Writes each account's first event day on or after its close into
    /// `accounts` (the array given to `init`) and returns the file's notes.
    func finish(into accounts: inout [OnboardedAccount]) -> [DataQualityNote] {
        for a in accounts.indices where firstOnOrAfterClose[a] != .max {
            accounts[a].firstEventOnOrAfterClose = Day(ordinal: firstOnOrAfterClose[a])
        }
        return [unknownAccounts.note(file: tally.fileName,
                                     "events of accounts not found in deals counted and ignored")].compactMap { $0 }
    }
}

/// What an event row records (SPEC §3): `login`, in any case, is the login
/// event; every other value names a feature.
enum EventKind: Equatable {
    case login
    case feature

    /// The kind of an `event` field, or nil when it holds no value (empty or a
    /// placeholder such as `n/a`).
    init?(bytes raw: UnsafeBufferPointer<UInt8>) {
        let bytes = trimmedBytes(raw)
        guard let first = bytes.first else { return nil }
        if bytes.count == 5, Self.isLogin(bytes) {
            self = .login
            return
        }
        // Placeholders are at most 7 bytes and start with n, t, u, - or ?;
        // only such short names pay for a String.
        if bytes.count <= 7, "ntu-?".utf8.contains(first | 0x20),
           isMissingText(String(decoding: bytes, as: UTF8.self)) {
            return nil
        }
        self = .feature
    }

    /// Whether five bytes spell `login` in any case.
    private static func isLogin(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // OR-ing 0x20 lowercases ASCII letters; no other byte maps onto them.
        bytes[0] | 0x20 == UInt8(ascii: "l") && bytes[1] | 0x20 == UInt8(ascii: "o")
            && bytes[2] | 0x20 == UInt8(ascii: "g") && bytes[3] | 0x20 == UInt8(ascii: "i")
            && bytes[4] | 0x20 == UInt8(ascii: "n")
    }
}
