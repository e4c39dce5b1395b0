import OnboardingModel

/// Ingest of events_users.csv (SPEC §10), read after events_daily.csv into the
/// same `EventAccumulator`: one row per account, user and event name with
/// `first_date`, the UTC day of that user's first such event (warehouse/
/// models/events_users.sql). A `{users: N}` milestone needs each user's first
/// qualifying day and nothing else, so these rows give it what the raw
/// events would.
///
/// The events behind these rows are the events_daily rows': their rejects and
/// unknown accounts are counted there. A row here whose account, date, event
/// or user the product cannot use is therefore skipped, not rejected again;
/// only a structurally broken row (ragged, invalid UTF-8) is rejected.
/// `first_date` is read as `occurred_at` is: the warehouse passes on as raw
/// text a timestamp its SQL does not read.
struct EventsUsersIngest: FileIngester {
    static let requiredColumns = ["account_id", "user_id", "event", "first_date"]

    private(set) var tally: RowTally
    private(set) var accumulator: EventAccumulator
    private let config: Config
    private let dates: DateParser
    private let index: AccountIDIndex
    private var header: [String] = []
    private var accountColumn = 0, userColumn = 0, eventColumn = 0, dateColumn = 0
    private var lastAccount: AccountIDIndex.Found?

    /// - Parameter accumulator: what events_daily.csv left, to be completed.
    init(config: Config, accumulator: EventAccumulator, index: AccountIDIndex) {
        self.config = config
        self.dates = DateParser(order: config.csv.dateOrder, epochs: true)
        self.tally = RowTally(name: "events_users", fileName: config.data.eventsUsers)
        self.accumulator = accumulator
        self.index = index
    }

    mutating func readHeader(_ header: [String]) throws(PipelineError) {
        let map = try HeaderMap(header: header, file: "events_users", fileName: tally.fileName,
                                required: Self.requiredColumns, optional: [], columns: config.columns)
        self.header = header
        tally.columnSources = map.sources
        accountColumn = map["account_id"]!
        userColumn = map["user_id"]!
        eventColumn = map["event"]!
        dateColumn = map["first_date"]!
    }

    mutating func consume(_ row: some IngestRecord) {
        guard tally.admit(row, header: header) else { return }
        let found = row.withFieldBytes(accountColumn) { index.find(trimmedBytes($0), hint: lastAccount) }
        let account = found?.position
        let day = row.withFieldBytes(dateColumn) { dates.parse(bytes: $0) }
        let user = row.withFieldBytes(userColumn, userIDHash)
        guard let account, let day, let user,
              let event = row.withFieldBytes(eventColumn, { accumulator.eventID(of: trimmedBytes($0)) })
        else { return tally.skip() }
        tally.accept()
        lastAccount = found
        accumulator.addUser(account: account, day: day, event: event, user: user)
    }
}
