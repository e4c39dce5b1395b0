import OnboardingModel

/// What a report needs of its prior window's snapshot: the segments.csv rows
/// the summary compares with, and the flags that fired there (for `new` and
/// resolved_flags.csv, SPEC §6).
public struct PriorWindowViews: Sendable {
    public var segments: [SegmentRow]
    /// ttv_survival.csv's per-segment and `all` rows, for the summary's headline median.
    public var survival: [SurvivalRow]
    let flags: PriorFlags

    init(segments: [SegmentRow], survival: [SurvivalRow] = [], flags: PriorFlags) {
        self.segments = segments
        self.survival = survival
        self.flags = flags
    }
}

/// The flags of the prior window's snapshot, kept small: with hundreds of
/// thousands of open account flags, each is one 64-bit key (account, rule,
/// severity), no strings; the few CSM and segment flags are kept whole.
struct PriorFlags: Sendable {
    let snapshot: Day
    /// `PriorFlags.key` of every account flag, ascending.
    let accountKeys: [UInt64]
    /// The CSM and segment flags.
    let groupFlags: [RedFlag]

    /// Rule order in a key.
    static let ruleIndex = Dictionary(uniqueKeysWithValues: RedFlag.Rule.allCases.enumerated().map { ($1, $0) })

    /// Account index in the high bits, then the rule, then 1 for warning.
    static func key(account: Int, rule: RedFlag.Rule, severity: RedFlag.Severity) -> UInt64 {
        UInt64(account) << 8 | UInt64(ruleIndex[rule]!) << 1 | (severity == .warning ? 1 : 0)
    }

    static func decode(_ key: UInt64) -> (account: Int, rule: RedFlag.Rule, severity: RedFlag.Severity) {
        (Int(key >> 8), RedFlag.Rule.allCases[Int(key >> 1 & 0x7F)], key & 1 == 1 ? .warning : .critical)
    }
}

extension MetricsEngine {
    /// The prior window's views, straight from the accounts: each snapshot is
    /// counted and dropped, so this costs no array of a million snapshots.
    ///
    /// - Complexity: one pass over the accounts, then O(n log n) for the TTV
    ///   sorts and the n account flags' keys.
    public func priorWindowViews(of accounts: [OnboardedAccount], csms: [CSMRecord]?,
                                 window: ReportWindow) -> PriorWindowViews {
        let day = window.snapshot
        let rules = GroupRules(config: config, hasEvents: hasEvents, hasSurveys: hasSurveys, at: day)
        var snapshotter = AccountSnapshotter(config: config, hasEvents: hasEvents, at: day)
        var grouping = SegmentGrouping(segmentCount: config.segments.count, window: window, rules: rules)
        let accountRules = AccountRedFlags(config: config, hasEvents: hasEvents)
        let portfolioBuilder = CSMPortfolioBuilder(config: config)
        var portfolio = CSMPortfolioTally(builder: portfolioBuilder, csms: csms)
        var segmentTallies = SegmentFlagTallies(config: config, at: day)
        var survival = SurvivalGrouping(config: config, at: day, byCohort: false)
        var keys: [UInt64] = []
        for index in accounts.indices where accounts[index].closeDate <= day {
            let entry = AccountAtSnapshot(snapshotter.snapshot(of: accounts, at: index), in: accounts)
            grouping.add(entry)
            survival.add(entry)
            portfolio.add(entry)
            segmentTallies.add(entry.snapshot)
            accountRules.forEachFiring(entry) { rule, severity in
                keys.append(PriorFlags.key(account: index, rule: rule, severity: severity))
            }
        }
        // Already ascending (accounts in index order, rules in key order); the
        // sort, linear on sorted input, keeps that true whatever the rules do.
        keys.sort()
        let groupFlags = portfolioBuilder.flags(portfolio.rows())
            + SegmentRedFlags(config: config).flags(segmentTallies)
        return PriorWindowViews(segments: grouping.rows(), survival: survival.rows(),
                                flags: PriorFlags(snapshot: day, accountKeys: keys, groupFlags: groupFlags))
    }
}
