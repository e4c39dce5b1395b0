import OnboardingModel

/// The segment-scope rules of SPEC §6. Each judges a population of the
/// segment's accounts and stays silent below `min_group_size`.
struct SegmentRedFlags {
    let config: Config

    func flags(_ accounts: SnapshotAccounts, at snapshot: Day) -> [RedFlag] {
        var tallies = SegmentFlagTallies(config: config, at: snapshot)
        for s in accounts.snapshots { tallies.add(s) }
        return flags(tallies)
    }

    /// The flags of the populations counted in `tallies`, in segment order.
    func flags(_ tallies: SegmentFlagTallies) -> [RedFlag] {
        var flags: [RedFlag] = []
        for (index, segment) in config.segments.enumerated() {
            let tally = tallies.segments[index]
            if let flag = completionRateLow(segment, tally) { flags.append(flag) }
            if let flag = ttvAboveBaseline(segment, tally) { flags.append(flag) }
            if let flag = ttvSustainedAboveBaseline(segment, tally, months: tallies.months) { flags.append(flag) }
            if let flag = stallShareHigh(segment, tally) { flags.append(flag) }
        }
        return flags
    }

    private var minimum: Int { config.thresholds.minGroupSize }

    /// Population: accounts whose onboarding window ended in (S − 90, S].
    private func completionRateLow(_ segment: Segment, _ tally: SegmentFlagTally) -> RedFlag? {
        let window = config.window(segment)
        let count = tally.judged, onTime = tally.judgedOnTime
        guard count >= minimum else { return nil }
        let rate = Rational(Int64(onTime), Int64(count))
        let t = config.thresholds
        guard rate < t.completionRateWarning else { return nil }
        let critical = rate < t.completionRateCritical
        let threshold = critical ? t.completionRateCritical : t.completionRateWarning
        return flag(critical ? .critical : .warning, .completionRateLow, segment, value: .rate(rate),
                    threshold: .rate(threshold),
                    "\(onTime) of \(count) \(segment.name) accounts whose \(window)-day window ended in the "
                    + "last 90 days completed on time: \(percent(rate)), below \(percent(threshold)). "
                    + "Next step: CS manager to review the overdue \(segment.name) onboardings in red_flags.csv "
                    + "and the milestone where they stall in milestones.csv.")
    }

    /// Population: accounts whose first value fell in (S − 90, S].
    private func ttvAboveBaseline(_ segment: Segment, _ tally: SegmentFlagTally) -> RedFlag? {
        let ttvs = tally.recentTTVs
        guard ttvs.count >= minimum, let median = Percentile.median(ttvs) else { return nil }
        let baseline = config.baselineTTV(segment)
        let threshold = baseline * (.one + config.thresholds.ttvOverBaselineWarning)
        guard median > threshold else { return nil }
        return flag(.warning, .ttvAboveBaseline, segment, value: .dayStatistic(median),
                    threshold: .dayStatistic(threshold),
                    "Median TTV \(median.formatted(places: 1)) days over \(ttvs.count) \(segment.name) accounts reaching "
                    + "first value in the last 90 days, above \(threshold.formatted(places: 1)) "
                    + "(baseline \(baseline.formatted(places: 1)) + \(percent(config.thresholds.ttvOverBaselineWarning))). "
                    + "Next step: CS Ops to find the milestone that slowed down in milestones.csv.")
    }

    /// Both of the last two complete calendar months ending on or before S,
    /// each over the accounts whose first value fell in that month.
    private func ttvSustainedAboveBaseline(_ segment: Segment, _ tally: SegmentFlagTally,
                                           months: [Day]) -> RedFlag? {
        let baseline = config.baselineTTV(segment)
        let threshold = baseline * (.one + config.thresholds.ttvOverBaselineSustained)
        var medians: [(month: Day, median: Rational, count: Int)] = []
        for (month, ttvs) in zip(months, tally.monthTTVs) {
            guard ttvs.count >= minimum, let median = Percentile.median(ttvs), median > threshold else { return nil }
            medians.append((month, median, ttvs.count))
        }
        let later = medians[1], before = medians[0]
        return flag(.critical, .ttvSustainedAboveBaseline, segment, value: .dayStatistic(later.median),
                    threshold: .dayStatistic(threshold),
                    "Median TTV of \(segment.name) above \(threshold.formatted(places: 1)) days "
                    + "(baseline \(baseline.formatted(places: 1)) + \(percent(config.thresholds.ttvOverBaselineSustained))) "
                    + "two months running: \(before.month.monthKey) \(before.median.formatted(places: 1)) days "
                    + "(\(before.count) accounts), \(later.month.monthKey) \(later.median.formatted(places: 1)) days "
                    + "(\(later.count) accounts). Next step: VP CS to review \(segment.name) onboarding capacity and plan.")
    }

    /// Population: the segment's active accounts.
    private func stallShareHigh(_ segment: Segment, _ tally: SegmentFlagTally) -> RedFlag? {
        let activeCount = tally.active, stalled = tally.stalled
        guard activeCount >= minimum else { return nil }
        let rate = Rational(Int64(stalled), Int64(activeCount))
        let threshold = config.thresholds.stallShareWarning
        guard rate > threshold else { return nil }
        return flag(.warning, .stallShareHigh, segment, value: .rate(rate), threshold: .rate(threshold),
                    "\(stalled) of \(activeCount) active \(segment.name) onboardings stalled (\(percent(rate))), "
                    + "above \(percent(threshold)). Next step: CS manager to triage the stalled accounts in red_flags.csv.")
    }

    private func flag(_ severity: RedFlag.Severity, _ rule: RedFlag.Rule, _ segment: Segment,
                      value: RedFlagNumber, threshold: RedFlagNumber, _ message: String) -> RedFlag {
        RedFlag(severity: severity, rule: rule, scope: .segment, key: segment.name, segment: segment.name, csm: "",
                value: value, threshold: threshold, message: .text(message))
    }

    private func percent(_ rate: Rational) -> String { (rate * Rational(100)).formatted(places: 1) + "%" }
}
