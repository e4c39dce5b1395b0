import OnboardingModel

/// Ingest of events.csv (SPEC §3): one row per product usage event, folded
/// into fixed per-account accumulators: the earliest event day on or after
/// the close date (day-7 engagement), the recent active days (health
/// engagement), the first use of each feature in the onboarding window
/// (adoption) and the N earliest qualifying days or users of each
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
    private(set) var newest: NewestDate
    /// Accepted events that were logins, and those that named a feature.
    private(set) var logins = 0, featureEvents = 0
    private let config: Config
    private let dates: DateParser
    private let index: AccountIDIndex
    private let closeDates: [Day]
    /// The longest onboarding window of any segment: adoption counts
    /// [close, close + window], and accounts.csv may still move an account to
    /// another segment, so first uses are kept up to this and cut to the
    /// account's own window at the snapshot.
    private let longestWindow: Int
    /// Events after this day never count at any snapshot a run asks for.
    private let horizon: Day
    /// Per account: ordinal of the earliest event day ≥ close, or `Int32.max`.
    private var firstOnOrAfterClose: [Int32]
    private var recentDays: [RecentActiveDays]
    private var features: FeatureUseTracker
    private var names: EventNames
    /// One per `from_events` milestone, with its plan index.
    private var trackers: [EventMilestoneTracker]
    private let trackerMilestones: [Int]
    private var header: [String] = []
    private var accountColumn = 0, occurredColumn = 0, eventColumn = 0
    private var userColumn: Int?
    private var unknownAccounts = CountedNote()
    /// The previous accepted row's account: the first guess for the next row.
    private var lastAccount: Int?

    /// - Parameters:
    ///   - accounts: the onboarded accounts events attach to.
    ///   - index: `AccountIDIndex` of those same accounts.
    ///   - horizon: the last day any snapshot of the run can be (the as-of
    ///     when given, else today); later events are left out of the recent days.
    init(config: Config, accounts: [OnboardedAccount], index: AccountIDIndex, today: Day, horizon: Day? = nil) {
        self.config = config
        self.dates = DateParser(order: config.csv.dateOrder, epochs: true)
        self.tally = RowTally(name: "events", fileName: config.data.events)
        self.newest = NewestDate(today: today)
        self.index = index
        self.closeDates = accounts.map(\.closeDate)
        self.firstOnOrAfterClose = Array(repeating: .max, count: accounts.count)
        self.longestWindow = config.segments.map(config.window).max() ?? 0
        self.horizon = horizon ?? today
        self.recentDays = Array(repeating: RecentActiveDays(), count: accounts.count)
        self.features = FeatureUseTracker(accounts: accounts.count)
        let plan = config.milestones
        let fromEvents = plan.order.indices.filter { plan.fromEvents[plan.order[$0]] != nil }
        let rules = fromEvents.map { plan.fromEvents[plan.order[$0]]! }
        self.trackerMilestones = fromEvents
        self.trackers = rules.map { rule in
            if case .users = rule.rule { return EventMilestoneTracker(accounts: accounts.count, n: rule.threshold, byUsers: true) }
            return EventMilestoneTracker(accounts: accounts.count, n: rule.threshold, byUsers: false)
        }
        self.names = EventNames(adoption: config.adoption, milestones: rules)
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

    mutating func consume(_ row: some IngestRecord) {
        guard tally.admit(row, header: header) else { return }
        let account = row.withFieldBytes(accountColumn) { index.position(of: trimmedBytes($0), hint: lastAccount) }
        let occurred = row.withFieldBytes(occurredColumn) { dates.parse(bytes: $0) }
        let event = row.withFieldBytes(eventColumn) { names.id(of: trimmedBytes($0)) }
        guard let account, let occurred, let event else {
            return judgeIncomplete(row, dated: occurred != nil, named: event != nil)
        }
        tally.accept()
        lastAccount = account
        newest.see(occurred)
        if names.isLogin[event] { logins += 1 } else { featureEvents += 1 }
        let close = closeDates[account]
        // Usage before the deal closed is trial or pilot use, not onboarding.
        if occurred >= close, occurred.ordinal < firstOnOrAfterClose[account] {
            firstOnOrAfterClose[account] = occurred.ordinal
        }
        if occurred <= horizon { recentDays[account].record(occurred) }
        let offset = occurred - close
        if names.isFeature[event], offset >= 0, offset <= longestWindow {
            features.record(account: account, id: event, offset: offset)
        }
        var mask = names.milestoneMask[event]
        guard mask != 0 else { return }
        // Events before close count as the close date (SPEC §5).
        let day = max(occurred, close).ordinal
        let user = usersNeeded(mask) ? userHash(row) : nil
        while mask != 0 {
            let j = mask.trailingZeroBitCount
            mask &= mask - 1
            if trackers[j].byUsers {
                // An event without a user_id names no user.
                if let user { trackers[j].record(account: account, day: day, user: user) }
            } else {
                trackers[j].record(account: account, day: day, user: 0)
            }
        }
    }

    private func usersNeeded(_ mask: UInt64) -> Bool {
        var m = mask
        while m != 0 {
            if trackers[m.trailingZeroBitCount].byUsers { return true }
            m &= m - 1
        }
        return false
    }

    /// A hash of the row's `user_id`, or nil when it has none: distinct users
    /// are told apart by 64-bit hashes, which two ids of one account share
    /// with a chance of about one in 10^19.
    private func userHash(_ row: some IngestRecord) -> UInt64? {
        guard let userColumn else { return nil }
        return row.withFieldBytes(userColumn) { raw in
            let bytes = trimmedBytes(raw)
            guard !bytes.isEmpty else { return nil }
            if bytes.count <= 7, isMissingText(String(decoding: bytes, as: UTF8.self)) { return nil }
            return byteHash(bytes)
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
        for a in accounts.indices {
            if firstOnOrAfterClose[a] != .max { accounts[a].firstEventOnOrAfterClose = Day(ordinal: firstOnOrAfterClose[a]) }
            accounts[a].usage = AccountUsage(recentDays: recentDays[a], features: features.firstUse(account: a))
            for (j, m) in trackerMilestones.enumerated() {
                accounts[a].milestones[m] = MilestoneProgress(achievedDate: trackers[j].achieved(account: a).map(Day.init))
            }
        }
        let file = tally.fileName
        var notes = [unknownAccounts.note(file: file, "events of accounts not found in deals counted and ignored")]
        let capped = features.cappedAccounts
        if capped > 0 {
            notes.append(DataQualityNote(file: file, message: "accounts used more than \(FeatureFirstUse.capacity) "
                + "distinct features in their onboarding window; features_adopted counts the first "
                + "\(FeatureFirstUse.capacity) of them", count: capped))
        }
        if names.overflowed > 0 {
            notes.append(DataQualityNote(file: file, message: "events with a name past the first "
                + "\(EventNames.maxNames) distinct event names counted as one feature", count: names.overflowed))
        }
        if userColumn == nil, trackers.contains(where: \.byUsers) {
            notes.append(DataQualityNote(file: file, message: "no user_id column: milestones.from_events "
                + "milestones with users: are never achieved", count: 1))
        }
        return notes.compactMap { $0 }
    }
}
