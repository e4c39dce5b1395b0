import OnboardingModel

/// segments.csv grouping: one accumulator per configured segment, filled one
/// snapshot at a time, and the `all` row merged from them.
struct SegmentGrouping {
    private let window: ReportWindow
    private let rules: GroupRules
    private var groups: [GroupAccumulator]
    private var counts: [WindowCounts]

    init(segmentCount: Int, window: ReportWindow, rules: GroupRules) {
        self.window = window
        self.rules = rules
        groups = Array(repeating: GroupAccumulator(), count: segmentCount)
        counts = Array(repeating: WindowCounts(), count: segmentCount)
    }

    /// Rows for `accounts`: every configured segment in config order (empty ones included), then `all`.
    static func rows(_ accounts: SnapshotAccounts, segmentCount: Int, window: ReportWindow,
                     rules: GroupRules) -> [SegmentRow] {
        var grouping = SegmentGrouping(segmentCount: segmentCount, window: window, rules: rules)
        for entry in accounts { grouping.add(entry) }
        return grouping.rows()
    }

    mutating func add(_ entry: AccountAtSnapshot) {
        let segment = entry.snapshot.segmentIndex
        groups[segment].add(entry, rules: rules)
        counts[segment].add(entry, window: window)
    }

    /// One row per configured segment in config order (empty ones included), then `all`.
    mutating func rows() -> [SegmentRow] {
        var all = GroupAccumulator()
        var allCounts = WindowCounts()
        var rows: [SegmentRow] = []
        rows.reserveCapacity(groups.count + 1)
        for segment in groups.indices {
            all.merge(groups[segment])
            allCounts.merge(counts[segment])
            rows.append(counts[segment].row(segmentIndex: segment, metrics: groups[segment].finish(rules: rules)))
        }
        rows.append(allCounts.row(segmentIndex: nil, metrics: all.finish(rules: rules)))
        return rows
    }
}

/// What happened inside the report window for one group: accounts closed,
/// first values reached and onboardings completed there.
struct WindowCounts {
    private var newInWindow = 0, firstValueInWindow = 0, completedInWindow = 0

    mutating func add(_ entry: AccountAtSnapshot, window: ReportWindow) {
        let s = entry.snapshot
        if window.contains(entry.account.closeDate) { newInWindow += 1 }
        if let day = s.firstValueDate, window.contains(day) { firstValueInWindow += 1 }
        if let day = s.completionDate, window.contains(day) { completedInWindow += 1 }
    }

    mutating func merge(_ other: WindowCounts) {
        newInWindow += other.newInWindow
        firstValueInWindow += other.firstValueInWindow
        completedInWindow += other.completedInWindow
    }

    func row(segmentIndex: Int?, metrics: GroupMetrics) -> SegmentRow {
        SegmentRow(segmentIndex: segmentIndex, metrics: metrics, newInWindow: newInWindow,
                   firstValueInWindow: firstValueInWindow, completedInWindow: completedInWindow)
    }
}
