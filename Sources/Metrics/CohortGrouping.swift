import OnboardingModel

/// cohorts.csv grouping: one accumulator per segment × close month, filled in
/// a single pass over the snapshots.
enum CohortGrouping {
    /// Rows for every segment × cohort with ≥ 1 account, by cohort, then segment order.
    static func rows(_ accounts: SnapshotAccounts, segmentCount: Int, rules: GroupRules) -> [CohortRow] {
        // Months are few and accounts many: each month met gets a dense index
        // and a block of `segmentCount` accumulators at [month × segmentCount + segment].
        var monthIndex: [Int: Int] = [:]
        var months: [(key: Int, label: String)] = []
        var groups: [GroupAccumulator] = []
        for entry in accounts {
            let s = entry.snapshot
            let c = entry.account.closeDate.components
            let key = c.year * 12 + c.month - 1
            let month: Int
            if let known = monthIndex[key] {
                month = known
            } else {
                month = months.count
                monthIndex[key] = month
                months.append((key, s.cohort))
                groups.append(contentsOf: repeatElement(GroupAccumulator(), count: segmentCount))
            }
            groups[month * segmentCount + s.segmentIndex].add(entry, rules: rules)
        }

        var rows: [CohortRow] = []
        for month in months.indices.sorted(by: { months[$0].key < months[$1].key }) {
            for segment in 0..<segmentCount where groups[month * segmentCount + segment].accounts > 0 {
                let metrics = groups[month * segmentCount + segment].finish(rules: rules)
                rows.append(CohortRow(segmentIndex: segment, cohort: months[month].label, metrics: metrics))
            }
        }
        return rows
    }
}
