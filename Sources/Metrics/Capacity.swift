import OnboardingModel

/// One row of capacity.csv: the onboarding load of a segment now, or in a
/// forecast month. Grain: per segment, one `now` row then one per forecast month.
public struct CapacityRow: Sendable, Equatable {
    public var segmentIndex: Int
    /// First day of the forecast month; nil for the `now` row.
    public var month: Day?
    /// Active onboardings (the `now` row only).
    public var active: Int?
    /// Expected closed-won deals in the month (forecast rows only).
    public var expectedNew: Rational?
    /// W of Little's law, in days (forecast rows only).
    public var wDays: Rational?
    /// Concurrent onboardings: active now, or deals ÷ days in month × W.
    public var concurrent: Rational
    /// concurrent ÷ capacity_per_csm.
    public var requiredFTE: Rational
    /// Σ fte of CSMs serving the segment; nil without csms.csv.
    public var assignedFTE: Rational?
    /// required − assigned; nil without csms.csv.
    public var gapFTE: Rational?

    public init(segmentIndex: Int, month: Day?, active: Int?, expectedNew: Rational?, wDays: Rational?, concurrent: Rational, requiredFTE: Rational, assignedFTE: Rational?, gapFTE: Rational?) {
        self.segmentIndex = segmentIndex
        self.month = month
        self.active = active
        self.expectedNew = expectedNew
        self.wDays = wDays
        self.concurrent = concurrent
        self.requiredFTE = requiredFTE
        self.assignedFTE = assignedFTE
        self.gapFTE = gapFTE
    }
}

/// Required onboarding FTE now and, with forecast.csv, per month (SPEC §5 "Capacity").
///
/// The forecast applies Little's law: concurrent onboardings L = arrival rate λ
/// (deals per day in the month) × W (mean days an onboarding lasts). It is the
/// steady state; the playbooks' rule of thumb (one specialist per 10
/// enterprise deals a quarter) is the case where every deal of the quarter is
/// still onboarding at once.
struct CapacityPlanner {
    let config: Config

    func rows(_ accounts: SnapshotAccounts, csms: [CSMRecord]?, forecast: [ForecastRecord]?,
              at snapshot: Day) -> [CapacityRow] {
        var rows: [CapacityRow] = []
        for (index, segment) in config.segments.enumerated() {
            let assigned: Rational? = csms.map { records in
                records.filter { $0.segmentIndex == index }.reduce(Rational.zero) { $0 + $1.fte }
            }
            let active = accounts.snapshots.lazy.filter { $0.segmentIndex == index && $0.status == .active }.count
            let nowConcurrent = Rational(active)
            rows.append(row(index, month: nil, active: active, expectedNew: nil, w: nil,
                            concurrent: nowConcurrent, segment: segment, assigned: assigned))
            let months = (forecast ?? []).filter { $0.segmentIndex == index }.sorted { $0.month < $1.month }
            guard !months.isEmpty else { continue }
            let w = meanOnboardingDays(index, accounts, at: snapshot)
            for month in months {
                let concurrent = month.deals / Rational(month.month.daysInMonth) * w
                rows.append(row(index, month: month.month, active: nil, expectedNew: month.deals, w: w,
                                concurrent: concurrent, segment: segment, assigned: assigned))
            }
        }
        return rows
    }

    /// W: mean days(close, completion) over the segment's accounts completed in
    /// (S − 365, S]; the onboarding window when fewer than min_group_size.
    func meanOnboardingDays(_ segmentIndex: Int, _ accounts: SnapshotAccounts, at snapshot: Day) -> Rational {
        var total = 0, count = 0
        for s in accounts.snapshots where s.segmentIndex == segmentIndex {
            guard let completed = s.completionDate, completed > snapshot - 365 else { continue }
            total += completed - accounts[account: s].closeDate
            count += 1
        }
        guard count >= config.thresholds.minGroupSize else {
            return Rational(config.window(config.segments[segmentIndex]))
        }
        return Rational(Int64(total), Int64(count))
    }

    private func row(_ index: Int, month: Day?, active: Int?, expectedNew: Rational?, w: Rational?,
                     concurrent: Rational, segment: Segment, assigned: Rational?) -> CapacityRow {
        let required = concurrent / segment.capacityPerCSM
        return CapacityRow(segmentIndex: index, month: month, active: active, expectedNew: expectedNew, wDays: w,
                           concurrent: concurrent, requiredFTE: required, assignedFTE: assigned,
                           gapFTE: assigned.map { required - $0 })
    }
}
