import OnboardingModel

/// What product usage tells about the onboarded accounts, folded in one event
/// day at a time: the state both event inputs share (SPEC §3 events.csv, §10
/// events_daily.csv).
///
/// A raw event row is one event; a rollup row is `count` events of one
/// account, UTC day and name. Every figure kept here depends only on
/// (account, day, kind) and how many events fell there, so the two inputs
/// give the same accounts, newest date and notes. State grows with accounts,
/// never with events.
struct EventAccumulator: Sendable {
    private(set) var newest: NewestDate
    /// Accepted events that were logins, and those that named a feature.
    private(set) var logins = 0, featureEvents = 0
    private let closeDates: [Day]
    /// Per account: ordinal of the earliest event day ≥ close, or `Int32.max`.
    private var firstOnOrAfterClose: [Int32]
    private var unknownAccounts = CountedNote()

    /// - Parameter accounts: the onboarded accounts events attach to, in the
    ///   order of the `AccountIDIndex` positions given to `add`.
    init(accounts: [OnboardedAccount], today: Day) {
        self.newest = NewestDate(today: today)
        self.closeDates = accounts.map(\.closeDate)
        self.firstOnOrAfterClose = Array(repeating: .max, count: accounts.count)
    }

    /// Counts `count` events of `kind` on `day` for the account at `account`.
    mutating func add(account: Int, day: Day, kind: EventKind, count: Int) {
        newest.see(day)
        switch kind {
        case .login: logins += count
        case .feature: featureEvents += count
        }
        // Usage before the deal closed is trial or pilot use, not onboarding.
        if day >= closeDates[account], day.ordinal < firstOnOrAfterClose[account] {
            firstOnOrAfterClose[account] = day.ordinal
        }
    }

    /// Counts `count` events of an account deals do not have.
    mutating func addUnknown(accountID: String, count: Int) {
        unknownAccounts.add(example: accountID, count: count)
    }

    /// Writes each account's first event day on or after its close into
    /// `accounts` (the array given to `init`) and returns the input's notes.
    func finish(into accounts: inout [OnboardedAccount], fileName: String) -> [DataQualityNote] {
        for a in accounts.indices where firstOnOrAfterClose[a] != .max {
            accounts[a].firstEventOnOrAfterClose = Day(ordinal: firstOnOrAfterClose[a])
        }
        return [unknownAccounts.note(file: fileName,
                                     "events of accounts not found in deals counted and ignored")].compactMap { $0 }
    }
}
