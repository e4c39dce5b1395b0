import OnboardingModel
import Statistics

/// One row of ttv_survival.csv (SPEC §5 "Time to value that counts the accounts not there
/// yet"): the Kaplan–Meier TTV of one group. `segmentIndex` nil is the `all` segment,
/// `cohort` nil the `all` cohort.
public struct SurvivalRow: Sendable, Equatable {
    public var segmentIndex: Int?
    public var cohort: String?
    public var accounts = 0
    public var reached = 0
    public var censored = 0
    /// Smallest t with Ŝ(t) ≤ 0.5; nil when not reached.
    public var kmMedianDays: Int?
    public var kmMedianLow: Int?
    public var kmMedianHigh: Int?
    /// 1 − Ŝ(TTV target) and its 95% band; nil on `all` rows (no one target) and without accounts.
    public var reachedByTarget: Double?
    public var reachedByTargetLow: Double?
    public var reachedByTargetHigh: Double?
    public var reachedBy30: Double?
    public var reachedBy60: Double?
    public var reachedBy90: Double?
    /// The median over accounts that reached first value (= ttv_median_days).
    public var naiveMedianDays: Rational?
    /// The longest time observed, reached or censored: the "N" of "> N days" when the
    /// median is not reached.
    public var longestFollowUp: Int?

    public init(segmentIndex: Int?, cohort: String?) {
        self.segmentIndex = segmentIndex
        self.cohort = cohort
    }
}

/// Survival TTV per segment × cohort, per segment and overall at a snapshot, filled one
/// snapshot at a time (so the prior window's pass needs no array of snapshots).
struct SurvivalGrouping {
    private let snapshot: Day
    private let targets: [Int]
    private let byCohort: Bool
    /// Close month (year × 12 + month − 1) → its label and one tally per segment.
    private var cohortTallies: [Int: (label: String, segments: [Tally])] = [:]
    private var segmentTallies: [Tally]
    private var allTally = Tally()

    /// - Parameter byCohort: false keeps only the per-segment and `all` rows.
    init(config: Config, at snapshot: Day, byCohort: Bool = true) {
        self.snapshot = snapshot
        self.byCohort = byCohort
        targets = config.segments.map(config.ttvTarget)
        segmentTallies = [Tally](repeating: Tally(), count: config.segments.count)
    }

    mutating func add(_ entry: AccountAtSnapshot) {
        let s = entry.snapshot
        let observation = Self.observation(of: entry, at: snapshot)
        if byCohort {
            let c = entry.account.closeDate.components
            cohortTallies[c.year * 12 + c.month - 1,
                          default: (s.cohort, [Tally](repeating: Tally(), count: targets.count))]
                .segments[s.segmentIndex].add(observation, ttv: s.ttvDays)
        }
        segmentTallies[s.segmentIndex].add(observation, ttv: s.ttvDays)
        allTally.add(observation, ttv: s.ttvDays)
    }

    /// Rows per segment × cohort with ≥ 1 account (cohort, then segment order), then one per
    /// configured segment (even empty) and `all`, with cohort `all`.
    ///
    /// - Complexity: O(k log k) per group over its k distinct days.
    func rows() -> [SurvivalRow] {
        var rows: [SurvivalRow] = []
        for month in cohortTallies.keys.sorted() {
            let cohort = cohortTallies[month]!
            for (segment, tally) in cohort.segments.enumerated() where tally.survival.count > 0 {
                rows.append(tally.row(segmentIndex: segment, cohort: cohort.label, target: targets[segment]))
            }
        }
        for (segment, tally) in segmentTallies.enumerated() {
            rows.append(tally.row(segmentIndex: segment, cohort: nil, target: targets[segment]))
        }
        rows.append(allTally.row(segmentIndex: nil, cohort: nil, target: nil))
        return rows
    }

    /// The account as a survival observation: reached at its TTV (net days) when it has a first
    /// value date ≤ S; otherwise censored at net(close, churn) when it churned by S, else at
    /// net(close, S).
    static func observation(of entry: AccountAtSnapshot, at snapshot: Day) -> SurvivalObservation {
        let s = entry.snapshot
        if let ttv = s.ttvDays { return SurvivalObservation(time: ttv, reached: true) }
        if let churn = s.churnDate {
            let holds = entry.account.holds
            let clock = holds.isEmpty ? OnboardingClock.calendar : OnboardingClock(holds: holds)
            return SurvivalObservation(time: clock.net(from: entry.account.closeDate, to: churn), reached: false)
        }
        return SurvivalObservation(time: s.netDaysSinceClose, reached: false)
    }

    /// One group's observations and its reached TTVs (for the naive median).
    private struct Tally {
        var survival = SurvivalTally()
        var ttvs = DayCounts()

        mutating func add(_ observation: SurvivalObservation, ttv: Int?) {
            survival.add(observation)
            if let ttv { ttvs.add(ttv) }
        }

        func row(segmentIndex: Int?, cohort: String?, target: Int?) -> SurvivalRow {
            var row = SurvivalRow(segmentIndex: segmentIndex, cohort: cohort)
            row.accounts = survival.count
            row.reached = survival.reachedCount
            row.censored = survival.count - survival.reachedCount
            row.naiveMedianDays = Percentile.type7(ttvs, Rational(1, 2))
            guard survival.count > 0 else { return row }
            let km = KaplanMeier(survival)
            row.kmMedianDays = km.median
            (row.kmMedianLow, row.kmMedianHigh) = km.medianInterval
            row.reachedBy30 = km.reachedBy(30)
            row.reachedBy60 = km.reachedBy(60)
            row.reachedBy90 = km.reachedBy(90)
            row.longestFollowUp = km.longestFollowUp
            if let target {
                row.reachedByTarget = km.reachedBy(target)
                let band = km.band(at: target)
                row.reachedByTargetLow = 1 - band.upper
                row.reachedByTargetHigh = 1 - band.lower
            }
            return row
        }
    }
}
