import OnboardingModel

/// Ingest of milestones.csv (SPEC §3): one row per milestone of an account,
/// folded into each onboarded account's plan progress.
///
/// Progress is kept in flat arrays (account × plan milestone) and written into
/// the accounts once at the end; each row costs one account lookup and two
/// cached name/status lookups.
struct MilestonesIngest: FileIngester {
    static let requiredColumns = ["account_id", "milestone", "status"]
    static let optionalColumns = ["completed_date"]

    private(set) var tally: RowTally
    private(set) var newest: NewestDate
    private let config: Config
    private let dates: DateParser
    private let accountIndex: [String: Int]
    private let closeDates: [Day]
    private let planCount: Int
    private var header: [String] = []
    private var accountColumn = 0, milestoneColumn = 0, statusColumn = 0
    private var completedColumn: Int?
    private var names: MilestoneNameMatcher
    private var statuses = MilestoneStatusReader()
    /// Earliest achieved day (already raised to the close date), per
    /// account × plan milestone; nil until a complete row is seen.
    private var achieved: [Day?]
    /// Whether a row said skipped, per account × plan milestone.
    private var skipped: [Bool]
    private var unknownNames = CountedNote()
    private var ignoredDates = CountedNote()

    /// - Parameter accounts: the onboarded accounts milestone rows attach to.
    init(config: Config, accounts: [OnboardedAccount], today: Day) {
        self.config = config
        self.dates = DateParser(order: config.csv.dateOrder)
        self.tally = RowTally(name: "milestones", fileName: config.data.milestones)
        self.newest = NewestDate(today: today)
        var index: [String: Int] = [:]
        index.reserveCapacity(accounts.count)
        for (i, account) in accounts.enumerated() { index[account.accountID] = i }
        self.accountIndex = index
        self.closeDates = accounts.map(\.closeDate)
        self.planCount = config.milestones.order.count
        self.names = MilestoneNameMatcher(plan: config.milestones)
        self.achieved = Array(repeating: nil, count: accounts.count * planCount)
        self.skipped = Array(repeating: false, count: accounts.count * planCount)
    }

    mutating func readHeader(_ header: [String]) throws(PipelineError) {
        let map = try HeaderMap(header: header, file: "milestones", fileName: tally.fileName,
                                required: Self.requiredColumns, optional: Self.optionalColumns,
                                columns: config.columns)
        self.header = header
        accountColumn = map["account_id"]!
        milestoneColumn = map["milestone"]!
        statusColumn = map["status"]!
        completedColumn = map["completed_date"]
    }

    mutating func consume(_ row: some IngestRecord) {
        guard tally.admit(row, header: header) else { return }
        let accountID = trimmedField(row.string(accountColumn))
        guard !isMissingText(accountID) else { return tally.reject(row, missingValueReason("account_id", accountID)) }
        let rawStatus = row.string(statusColumn)
        guard let status = statuses.status(of: rawStatus) else {
            return tally.reject(row, "status '\(rawStatus)' is not a known milestone status; accepted: "
                + MilestoneStatus.acceptedValues)
        }
        guard let account = accountIndex[accountID] else {
            return tally.reject(row, "account \(accountID) not found in deals (no closed-won deal for it)")
        }
        let rawName = row.string(milestoneColumn)
        guard let milestone = names.planIndex(of: rawName) else {
            unknownNames.add(example: trimmedField(rawName))
            tally.skip()
            return
        }
        let rawDate = completedColumn.map { row.string($0) } ?? ""
        let date = isMissingText(rawDate) ? nil : dates.parse(rawDate)
        let slot = account * planCount + milestone
        switch status {
        case .complete:
            guard let date else {
                return tally.reject(row, isMissingText(rawDate)
                    ? "status is complete but completed_date is empty"
                    : "status is complete but completed_date '\(rawDate)' is not a valid date; accepted formats: "
                        + DateParser.acceptedFormats)
            }
            newest.see(date)
            // A milestone cannot be achieved before onboarding starts.
            let day = max(date, closeDates[account])
            if achieved[slot].map({ day < $0 }) ?? true { achieved[slot] = day }
        case .skipped:
            skipped[slot] = true
        case .inProgress, .pending, .blocked:
            break
        }
        if status != .complete, date == nil, !isMissingText(rawDate) {
            ignoredDates.add(example: trimmedField(rawDate))
        }
        tally.accept()
    }

    /// Writes the progress into `accounts` (the array given to `init`) and
    /// returns the file's notes.
    func finish(into accounts: inout [OnboardedAccount]) -> [DataQualityNote] {
        for a in accounts.indices {
            for m in 0..<planCount {
                let slot = a * planCount + m
                // Achieving a milestone overrides any row that skipped it.
                accounts[a].milestones[m] = MilestoneProgress(
                    achievedDate: achieved[slot], skipped: achieved[slot] == nil && skipped[slot])
            }
        }
        let file = tally.fileName
        return [
            unknownNames.note(file: file, "rows with a milestone name not in milestones.order ignored; "
                + "map the name to a plan milestone with milestones.aliases"),
            ignoredDates.note(
                file: file, "completed_date not a valid date on a row that is not complete; date ignored"),
        ].compactMap { $0 }
    }
}
