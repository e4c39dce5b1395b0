import OnboardingModel

/// What the segment rules of SPEC §6 judge, counted one snapshot at a time,
/// so that a snapshot day needs no array of its snapshots (the prior window's
/// is computed that way).
struct SegmentFlagTallies {
    /// Per segment, in config order.
    private(set) var segments: [SegmentFlagTally]
    /// First days of the last two complete calendar months ending on or
    /// before S, the earlier first.
    let months: [Day]
    private let snapshot: Day
    private let windows: [Int]

    init(config: Config, at snapshot: Day) {
        self.snapshot = snapshot
        windows = config.segments.map(config.window)
        segments = Array(repeating: SegmentFlagTally(), count: config.segments.count)
        // A snapshot on a month's last day makes that month complete.
        let lastComplete = snapshot == snapshot.lastOfMonth ? snapshot.firstOfMonth
            : (snapshot.firstOfMonth - 1).firstOfMonth
        months = [(lastComplete - 1).firstOfMonth, lastComplete]
    }

    mutating func add(_ s: AccountSnapshot) {
        let window = windows[s.segmentIndex]
        segments[s.segmentIndex].add(s, window: window, at: snapshot, months: months)
    }
}

/// One segment's populations.
struct SegmentFlagTally {
    /// Accounts whose onboarding window ended in (S − 90, S], and how many of
    /// them completed on time.
    var judged = 0, judgedOnTime = 0
    /// TTVs of the accounts whose first value fell in (S − 90, S].
    var recentTTVs: [Int] = []
    /// TTVs of the accounts whose first value fell in each of `months`.
    var monthTTVs: [[Int]] = [[], []]
    var active = 0, stalled = 0

    mutating func add(_ s: AccountSnapshot, window: Int, at snapshot: Day, months: [Day]) {
        if s.netDaysSinceClose >= window && s.netDaysSinceClose - window < 90 {
            judged += 1
            if s.completedOnTime == true { judgedOnTime += 1 }
        }
        if let day = s.firstValueDate, let ttv = s.ttvDays {
            if day > snapshot - 90 { recentTTVs.append(ttv) }
            let month = day.firstOfMonth
            for (i, m) in months.enumerated() where m == month { monthTTVs[i].append(ttv) }
        }
        if s.status == .active {
            active += 1
            if s.stalled { stalled += 1 }
        }
    }
}
