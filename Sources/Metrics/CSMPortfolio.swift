import OnboardingModel

/// One row of csm_portfolio.csv: a CSM's active onboardings at snapshot S.
/// Grain: one per CSM in csms.csv or owning an active account, plus
/// `(unassigned)` when active accounts have no CSM.
public struct CSMPortfolioRow: Sendable, Equatable {
    public static let unassigned = "(unassigned)"

    public var csm: String
    /// The segment the CSM serves, from csms.csv.
    public var segmentIndex: Int?
    /// From csms.csv (default 1); nil for `(unassigned)`.
    public var fte: Rational?
    public var active: Int
    /// Active accounts per configured segment, in config order.
    public var activeBySegment: [Int]
    /// Σ over active accounts of 1 ÷ capacity_per_csm of the account's segment.
    public var load: Rational
    /// load ÷ fte; nil for `(unassigned)`.
    public var utilization: Rational?
    public var stalled: Int
    /// Active accounts past their TTV target without first value, or past their window.
    public var overdue: Int
    /// Mean handoff score of the active accounts; nil with none.
    public var handoffQuality: Rational?

    public init(csm: String, segmentIndex: Int?, fte: Rational?, active: Int, activeBySegment: [Int], load: Rational, utilization: Rational?, stalled: Int, overdue: Int, handoffQuality: Rational?) {
        self.csm = csm
        self.segmentIndex = segmentIndex
        self.fte = fte
        self.active = active
        self.activeBySegment = activeBySegment
        self.load = load
        self.utilization = utilization
        self.stalled = stalled
        self.overdue = overdue
        self.handoffQuality = handoffQuality
    }
}

/// Builds the CSM portfolio and the `csm_over_capacity` flags.
struct CSMPortfolioBuilder {
    let config: Config

    func rows(_ accounts: SnapshotAccounts, csms: [CSMRecord]?) -> [CSMPortfolioRow] {
        var tally = CSMPortfolioTally(builder: self, csms: csms)
        for entry in accounts { tally.add(entry) }
        return tally.rows()
    }

    /// `csm_over_capacity`: warning above utilization_warning, critical above
    /// utilization_critical; `(unassigned)` is never flagged.
    func flags(_ rows: [CSMPortfolioRow]) -> [RedFlag] {
        let warning = config.thresholds.utilizationWarning, critical = config.thresholds.utilizationCritical
        return rows.compactMap { row in
            guard row.csm != CSMPortfolioRow.unassigned, let utilization = row.utilization,
                  let fte = row.fte, utilization > warning else { return nil }
            let isCritical = utilization > critical
            let threshold = isCritical ? critical : warning
            return RedFlag(
                severity: isCritical ? .critical : .warning, rule: .csmOverCapacity, scope: .csm, key: row.csm,
                segment: row.segmentIndex.map { config.segments[$0].name } ?? "", csm: row.csm,
                value: .rate(utilization), threshold: .rate(threshold),
                message: .text("\(row.csm) carries \(row.active) active onboardings, a load of \(row.load.formatted(places: 2)) "
                    + "on \(fte.formatted(places: 2)) FTE: utilization \(utilization.formatted(places: 4)) "
                    + "above \(threshold.formatted(places: 4)); \(row.stalled) stalled, \(row.overdue) overdue. "
                    + "Next step: CS manager to route new onboardings away from \(row.csm) and rebalance the stalled ones."))
        }
    }

    func emptyRow(_ name: String, segmentIndex: Int?, fte: Rational?) -> CSMPortfolioRow {
        CSMPortfolioRow(csm: name, segmentIndex: segmentIndex, fte: fte, active: 0,
                        activeBySegment: Array(repeating: 0, count: config.segments.count), load: .zero,
                        utilization: nil, stalled: 0, overdue: 0, handoffQuality: nil)
    }

    func isOverdue(_ entry: AccountAtSnapshot, segment: Segment) -> Bool {
        let snapshot = entry.snapshot
        let firstValueSkipped = entry.account.milestones[config.milestones.firstValueIndex].skipped
        let firstValueLate = snapshot.firstValueDate == nil && !firstValueSkipped
            && snapshot.netDaysSinceClose > config.ttvTarget(segment)
        return firstValueLate || snapshot.netDaysSinceClose > config.window(segment)
    }
}

/// The CSM portfolio counted one snapshot at a time, so that a snapshot day
/// needs no array of its snapshots (the prior window's is computed that way).
struct CSMPortfolioTally {
    private let builder: CSMPortfolioBuilder
    private var byName: [String: CSMPortfolioRow] = [:]
    private var handoffSums: [String: Rational] = [:]

    init(builder: CSMPortfolioBuilder, csms: [CSMRecord]?) {
        self.builder = builder
        for record in csms ?? [] {
            byName[record.name] = builder.emptyRow(record.name, segmentIndex: record.segmentIndex, fte: record.fte)
        }
    }

    mutating func add(_ entry: AccountAtSnapshot) {
        let snapshot = entry.snapshot
        guard snapshot.status == .active else { return }
        let csm = entry.account.csm
        let name = csm.isEmpty ? CSMPortfolioRow.unassigned : csm
        var row = byName[name] ?? builder.emptyRow(name, segmentIndex: nil, fte: csm.isEmpty ? nil : .one)
        let segment = builder.config.segments[snapshot.segmentIndex]
        row.active += 1
        row.activeBySegment[snapshot.segmentIndex] += 1
        row.load += Rational(1) / segment.capacityPerCSM
        if snapshot.stalled { row.stalled += 1 }
        if builder.isOverdue(entry, segment: segment) { row.overdue += 1 }
        handoffSums[name, default: .zero] += snapshot.handoffScore
        byName[name] = row
    }

    /// One row per CSM by name in byte order.
    func rows() -> [CSMPortfolioRow] {
        byName.values.map { row in
            var row = row
            if let fte = row.fte, fte > .zero { row.utilization = row.load / fte }
            // No handoff fields configured: no handoff data, no quality.
            if row.active > 0, !builder.config.handoff.fields.isEmpty {
                row.handoffQuality = handoffSums[row.csm, default: .zero] / Rational(row.active)
            }
            return row
        }.sorted { $0.csm.utf8.lexicographicallyPrecedes($1.csm.utf8) }
    }
}
