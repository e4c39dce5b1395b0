import CSVStream
import OnboardingModel

/// Ingest of milestones.csv (SPEC §3): one row per milestone of an account,
/// folded into each onboarded account's plan progress.
///
/// Progress is kept in flat arrays (account × plan milestone) and written into
/// the accounts once at the end. A row is read from its bytes: the account is
/// found through `AccountIDIndex` (usually the previous row's, as exports
/// group rows by account), status and name through caches of their
/// spellings, the date parsed in place; a `String` is made only for a row
/// that is rejected or noted.
struct MilestonesIngest: FileIngester {
    static let requiredColumns = ["account_id", "milestone", "status"]
    static let optionalColumns = ["completed_date"]

    private(set) var tally: RowTally
    private(set) var newest: NewestDate
    private let config: Config
    private let dates: DateParser
    private let index: AccountIDIndex
    private let closeDates: [Day]
    private let planCount: Int
    private var header: [String] = []
    private var accountColumn = 0, milestoneColumn = 0, statusColumn = 0
    private var completedColumn: Int?
    private var names: MilestoneNameMatcher
    private var statuses: MilestoneStatusReader
    /// Ordinal of the earliest achieved day (already raised to the close
    /// date), per account × plan milestone; `Int32.max` until a complete row
    /// is seen. Plain ordinals: half the memory of `Day?` at five million slots.
    private var achieved: [Int32]
    /// Whether a row said skipped, per account × plan milestone.
    private var skipped: [Bool]
    /// Per plan milestone: defined by `milestones.from_events`, so its rows
    /// are ignored (their complete dates kept only for the trust check).
    private let fromEvents: [Bool]
    private var fromEventRows = CountedNote()
    private var unknownNames = CountedNote()
    private var ignoredDates = CountedNote()
    /// Complete rows dated before their account's close date.
    private var beforeClose = CountedNote()
    /// The previous row's account: the first guess for the next row.
    private var lastAccount: AccountIDIndex.Found?

    /// - Parameters:
    ///   - accounts: the onboarded accounts milestone rows attach to.
    ///   - index: `AccountIDIndex` of those same accounts.
    init(config: Config, accounts: [OnboardedAccount], index: AccountIDIndex, today: Day) {
        self.config = config
        self.dates = DateParser(order: config.csv.dateOrder)
        self.tally = RowTally(name: "milestones", fileName: config.data.milestones)
        self.newest = NewestDate(today: today)
        self.index = index
        self.closeDates = accounts.map(\.closeDate)
        self.planCount = config.milestones.order.count
        self.names = MilestoneNameMatcher(plan: config.milestones)
        self.fromEvents = config.milestones.order.map { config.milestones.fromEvents[$0] != nil }
        self.statuses = MilestoneStatusReader(aliases: config.milestones.statusAliases)
        self.achieved = Array(repeating: .max, count: accounts.count * planCount)
        self.skipped = Array(repeating: false, count: accounts.count * planCount)
    }

    mutating func readHeader(_ header: [String]) throws(PipelineError) {
        let map = try HeaderMap(header: header, file: "milestones", fileName: tally.fileName,
                                required: Self.requiredColumns, optional: Self.optionalColumns,
                                columns: config.columns)
        self.header = header
        tally.columnSources = map.sources
        accountColumn = map["account_id"]!
        milestoneColumn = map["milestone"]!
        statusColumn = map["status"]!
        completedColumn = map["completed_date"]
    }

    mutating func prefetch(_ record: CSVRecord, _ stage: LookaheadStage) {
        guard accountColumn < record.count else { return }
        index.prefetch(trimmedBytes(record.bytes(accountColumn)), stage)
    }

    mutating func consume(_ row: some IngestRecord) {
        guard tally.admit(row, header: header) else { return }
        let status = row.withFieldBytes(statusColumn) { statuses.status(of: $0) }
        let found = row.withFieldBytes(accountColumn) { index.find(trimmedBytes($0), hint: lastAccount) }
        let account = found?.position
        guard let status, let account else { return rejectUnattached(row, statusKnown: status != nil) }
        lastAccount = found
        guard let milestone = row.withFieldBytes(milestoneColumn, { names.planIndex(of: $0) }) else {
            unknownNames.add(example: trimmedField(row.string(milestoneColumn)))
            tally.skip()
            return
        }
        // Placeholders such as `n/a` are no dates either.
        let date = completedColumn.flatMap { column in row.withFieldBytes(column) { dates.parse(bytes: $0) } }
        let slot = account * planCount + milestone
        if fromEvents[milestone] { return ignoreFromEvents(row, status: status, date: date, slot: slot, account: account) }
        switch status {
        case .complete:
            guard let date else {
                let rawDate = completedColumn.map { row.string($0) } ?? ""
                return tally.reject(row, isMissingText(rawDate)
                    ? "status is complete but completed_date is empty"
                    : "status is complete but " + dates.invalidDateReason("completed_date", rawDate))
            }
            newest.see(date)
            // A milestone cannot be achieved before onboarding starts.
            if date < closeDates[account] { beforeClose.add(example: trimmedField(row.string(accountColumn))) }
            let day = max(date, closeDates[account])
            achieved[slot] = min(achieved[slot], day.ordinal)
        case .skipped:
            skipped[slot] = true
        case .inProgress, .pending, .blocked:
            break
        }
        if status != .complete, date == nil, let column = completedColumn,
           !row.withFieldBytes(column, { trimmedBytes($0).isEmpty }) {
            let rawDate = row.string(column)
            if !isMissingText(rawDate) { ignoredDates.add(example: trimmedField(rawDate)) }
        }
        tally.accept()
    }

    /// Skips a row of a milestone that events define, keeping a complete
    /// row's date (raised to the close date) as the CS platform's date of it.
    private mutating func ignoreFromEvents(_ row: some IngestRecord, status: MilestoneStatus, date: Day?, slot: Int,
                                           account: Int) {
        if status == .complete, let date {
            achieved[slot] = min(achieved[slot], max(date, closeDates[account]).ordinal)
        }
        fromEventRows.add(example: config.milestones.order[slot % planCount])
        tally.skip()
    }

    /// The day milestones.csv says the account achieved plan milestone
    /// `milestone` (raised to the close date), for milestones events define.
    func reportedDay(account: Int, milestone: Int) -> Day? {
        let code = achieved[account * planCount + milestone]
        return code == .max ? nil : Day(ordinal: code)
    }

    /// Rejects a row whose status is unknown or whose account is not an
    /// onboarded one, with the reason of the first rule it breaks: a missing
    /// account_id, then the status, then the account lookup.
    private mutating func rejectUnattached(_ row: some IngestRecord, statusKnown: Bool) {
        let accountID = trimmedField(row.string(accountColumn))
        guard !isMissingText(accountID) else { return tally.reject(row, missingValueReason("account_id", accountID)) }
        guard statusKnown else {
            let rawStatus = row.string(statusColumn)
            return tally.reject(row, "status \(shown(rawStatus)) is not a known milestone status; accepted: "
                + MilestoneStatus.acceptedValues + "; or map the export's value with milestones.status_aliases, "
                + "e.g. {\"TRUE\": complete}")
        }
        tally.reject(row, "account_id \(shown(accountID)) not found in deals (no closed-won deal for it)")
    }

    /// Writes the progress into `accounts` (the array given to `init`) and
    /// returns the file's notes.
    func finish(into accounts: inout [OnboardedAccount]) -> [DataQualityNote] {
        for a in accounts.indices {
            accounts[a].milestones = PlanProgress(count: planCount) { m in
                let slot = a * planCount + m
                // Milestones events define are filled in from events.csv.
                let day = achieved[slot] == .max || fromEvents[m] ? nil : Day(ordinal: achieved[slot])
                // Achieving a milestone overrides any row that skipped it.
                return MilestoneProgress(achievedDate: day, skipped: skipped[slot] && !fromEvents[m])
            }
        }
        let file = tally.fileName
        return [
            fromEventRows.note(file: file, "rows of milestones defined from events (milestones.from_events) ignored"),
            unknownNames.note(file: file, "rows with a milestone name not in milestones.order ignored; "
                + "map the name to a plan milestone with milestones.aliases"),
            ignoredDates.note(
                file: file, "completed_date not a valid date on a row that is not complete; date ignored"),
            beforeClose.note(file: file, "completed_date before the account's close date counted as the close date "
                + "(TTV 0 days); many such rows mean the export's dates are not the onboarding's"),
        ].compactMap { $0 }
    }
}
