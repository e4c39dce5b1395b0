import CMemoryHints
import OnboardingModel

/// What product usage tells about the onboarded accounts, folded in as it is
/// read: the state events.csv (SPEC §3) and its warehouse rollup (§10:
/// events_daily.csv, events_users.csv) share, so both give the same report.
///
/// Every figure kept here depends only on (account, UTC day, event name) and
/// how many events fell there — the earliest event day on or after close
/// (day-7 engagement), the newest day, the recent active days (health), the
/// first use of each feature (adoption), the N earliest qualifying days of a
/// `from_events` count milestone — or on each user's first day with an event
/// name (`users:` milestones). A raw row is `add` with count 1 and `addUser`;
/// a rollup row is `add` with its count, a users-rollup row `addUser`. State
/// grows with accounts, never with events.
struct EventAccumulator: Sendable {
    private(set) var newest: NewestDate
    /// Accepted events that were logins, and those that named a feature.
    private(set) var logins = 0, featureEvents = 0
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
    /// Bit j set when tracker j counts users.
    private let userTrackers: UInt64
    /// Events past the first `EventNames.maxNames` names beyond the one row
    /// `names` counts (a rollup row stands for several).
    private var overflowedExtra = 0
    private var unknownAccounts = CountedNote()

    /// - Parameters:
    ///   - accounts: the onboarded accounts events attach to, in the order of
    ///     the `AccountIDIndex` positions given to `add`.
    ///   - horizon: the last day any snapshot of the run can be (the as-of
    ///     when given, else today); later events are left out of the recent days.
    init(config: Config, accounts: [OnboardedAccount], today: Day, horizon: Day?) {
        self.newest = NewestDate(today: today)
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
        let trackers = rules.map { rule in
            if case .users = rule.rule { return EventMilestoneTracker(accounts: accounts.count, n: rule.threshold, byUsers: true) }
            return EventMilestoneTracker(accounts: accounts.count, n: rule.threshold, byUsers: false)
        }
        self.trackers = trackers
        self.userTrackers = trackers.indices.reduce(0) { trackers[$1].byUsers ? $0 | 1 << UInt64($1) : $0 }
        self.names = EventNames(adoption: config.adoption, milestones: rules)
    }

    /// The id of an `event` field's (trimmed) name, or nil when it holds no value.
    mutating func eventID(of bytes: UnsafeBufferPointer<UInt8>) -> Int? { names.id(of: bytes) }

    /// Whether a user milestone counts events named `event`: only then does a
    /// raw row's `user_id` need reading.
    func countsUsers(_ event: Int) -> Bool { names.milestoneMask[event] & userTrackers != 0 }

    /// Starts loading the state `add` will touch for the account at `account`.
    func prefetch(account: Int) {
        closeDates.withUnsafeBufferPointer { memory_prefetch($0.baseAddress! + account) }
        firstOnOrAfterClose.withUnsafeBufferPointer { memory_prefetch($0.baseAddress! + account) }
        recentDays.withUnsafeBufferPointer { memory_prefetch($0.baseAddress! + account) }
        features.prefetch(account: account)
        for tracker in trackers { tracker.prefetch(account: account) }
    }

    /// Counts `count` events named `event` on `day` for the account at `account`.
    mutating func add(account: Int, day: Day, event: Int, count: Int) {
        newest.see(day)
        if names.isLogin[event] { logins += count } else { featureEvents += count }
        if event == EventNames.otherID { overflowedExtra += count - 1 }
        let close = closeDates[account]
        // Usage before the deal closed is trial or pilot use, not onboarding.
        if day >= close, day.ordinal < firstOnOrAfterClose[account] {
            firstOnOrAfterClose[account] = day.ordinal
        }
        if day <= horizon { recentDays[account].record(day) }
        let offset = day - close
        if names.isFeature[event], offset >= 0, offset <= longestWindow {
            features.record(account: account, id: event, offset: offset)
        }
        var mask = names.milestoneMask[event] & ~userTrackers
        // Events before close count as the close date (SPEC §5).
        let counted = max(day, close).ordinal
        while mask != 0 {
            let j = mask.trailingZeroBitCount
            mask &= mask - 1
            // The tracker keeps the N earliest days: N copies of a day are all it can use.
            for _ in 0..<min(count, trackers[j].n) { trackers[j].record(account: account, day: counted, user: 0) }
        }
    }

    /// Counts that the user whose id hashes to `user` had an event named
    /// `event` on `day` (for a users rollup: their first such day).
    mutating func addUser(account: Int, day: Day, event: Int, user: UInt64) {
        var mask = names.milestoneMask[event] & userTrackers
        let counted = max(day, closeDates[account]).ordinal
        while mask != 0 {
            let j = mask.trailingZeroBitCount
            mask &= mask - 1
            trackers[j].record(account: account, day: counted, user: user)
        }
    }

    /// Counts `count` events of an account deals do not have.
    mutating func addUnknown(accountID: String, count: Int) {
        unknownAccounts.add(example: accountID, count: count)
    }

    /// Writes what the events tell into `accounts` (the array given to
    /// `init`) and returns the input's notes.
    ///
    /// - Parameter noUsers: why no event named a user (no `user_id` column,
    ///   no users rollup), when so: `users:` milestones are then never achieved.
    func finish(into accounts: inout [OnboardedAccount], fileName file: String,
                noUsers: String?) -> [DataQualityNote] {
        for a in accounts.indices {
            if firstOnOrAfterClose[a] != .max { accounts[a].firstEventOnOrAfterClose = Day(ordinal: firstOnOrAfterClose[a]) }
            accounts[a].usage = AccountUsage(recentDays: recentDays[a], features: features.firstUse(account: a))
            for (j, m) in trackerMilestones.enumerated() {
                accounts[a].milestones[m] = MilestoneProgress(achievedDate: trackers[j].achieved(account: a).map(Day.init))
            }
        }
        var notes = [unknownAccounts.note(file: file, "events of accounts not found in deals counted and ignored")]
        let capped = features.cappedAccounts
        if capped > 0 {
            notes.append(DataQualityNote(file: file, message: "accounts used more than \(FeatureFirstUse.capacity) "
                + "distinct features in their onboarding window; features_adopted counts the first "
                + "\(FeatureFirstUse.capacity) of them", count: capped))
        }
        let overflowed = names.overflowed + overflowedExtra
        if overflowed > 0 {
            notes.append(DataQualityNote(file: file, message: "events with a name past the first "
                + "\(EventNames.maxNames) distinct event names counted as one feature", count: overflowed))
        }
        if let noUsers, userTrackers != 0 {
            notes.append(DataQualityNote(file: file, message: "\(noUsers): milestones.from_events "
                + "milestones with users: are never achieved", count: 1))
        }
        return notes.compactMap { $0 }
    }
}

/// A hash of a `user_id` field, or nil when it names no user (empty or a
/// placeholder): distinct users are told apart by 64-bit hashes, which two ids
/// of one account share with a chance of about one in 10^19.
func userIDHash(_ raw: UnsafeBufferPointer<UInt8>) -> UInt64? {
    let bytes = trimmedBytes(raw)
    guard !bytes.isEmpty else { return nil }
    if bytes.count <= 7, isMissingText(String(decoding: bytes, as: UTF8.self)) { return nil }
    return byteHash(bytes)
}
