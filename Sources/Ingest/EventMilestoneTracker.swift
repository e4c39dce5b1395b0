import CMemoryHints
/// The state one `from_events` milestone keeps per account while events
/// stream (SPEC §5): the N earliest qualifying event days, or for `users: N`
/// the N earliest first days of distinct users, so that the milestone's day
/// (the N-th of them) is known whatever order the rows come in.
///
/// Memory is accounts × N × 4 bytes (× 12 for users), never growing with
/// events: `days[a × N ..< a × N + N]` holds account a's days ascending,
/// `Int32.max` in unused places.
struct EventMilestoneTracker {
    let n: Int
    let byUsers: Bool
    private var days: [Int32]
    /// Hashes of the users whose first days `days` holds, aligned with it.
    private var users: [UInt64]

    init(accounts: Int, n: Int, byUsers: Bool) {
        self.n = n
        self.byUsers = byUsers
        days = Array(repeating: .max, count: accounts * n)
        users = byUsers ? Array(repeating: 0, count: accounts * n) : []
    }

    /// Records a qualifying event of `account` on `day` (already raised to
    /// the close date); for `users:`, by the user whose id hashes to `user`.
    mutating func record(account: Int, day: Int32, user: UInt64) {
        let start = account * n
        if byUsers {
            recordUser(start: start, day: day, user: user)
        } else if day < days[start + n - 1] {
            // Keep the N smallest days (with repeats: N events on one day are N events).
            insert(day, user: 0, into: start, from: start + n - 1)
        }
    }

    private mutating func recordUser(start: Int, day: Int32, user: UInt64) {
        let end = start + n
        var i = start
        while i < end, days[i] != .max {
            if users[i] == user {
                // A known user: only an earlier day moves its first day.
                if day < days[i] { insert(day, user: user, into: start, from: i) }
                return
            }
            i += 1
        }
        // A new user, kept when it is among the N earliest: the users kept
        // are always the N with the earliest first days, so one dropped here
        // has a first day no earlier than every kept one and can never be the
        // N-th (if it returns with an earlier day, that day is its first).
        if day < days[end - 1] { insert(day, user: user, into: start, from: end - 1) }
    }

    /// Overwrites place `from` with (day, user) and moves it left to keep the
    /// account's days ascending.
    private mutating func insert(_ day: Int32, user: UInt64, into start: Int, from: Int) {
        var i = from
        while i > start, days[i - 1] > day {
            days[i] = days[i - 1]
            if byUsers { users[i] = users[i - 1] }
            i -= 1
        }
        days[i] = day
        if byUsers { users[i] = user }
    }

    /// The ordinal of the day the milestone was achieved (the N-th day), or nil.
    /// Starts loading what `record` will touch for `account`.
    func prefetch(account: Int) {
        days.withUnsafeBufferPointer { memory_prefetch($0.baseAddress! + account * n) }
    }

    func achieved(account: Int) -> Int32? {
        let day = days[account * n + n - 1]
        return day == .max ? nil : day
    }
}
