import OnboardingModel

/// Computes per-account snapshots and group metrics at a snapshot day (SPEC §5).
///
/// Pure functions of the accounts, the config and the snapshot day: the same
/// engine serves the report window and its prior window. Independent parts
/// of a computation go to `runner`, so the engine starts no thread itself
/// and its results never depend on how the parts ran.
public struct MetricsEngine: Sendable {
    public let config: Config
    public let hasEvents: Bool
    public let hasSurveys: Bool
    /// Runs the independent parts (the CLI passes the Runtime's job pool).
    public let runner: JobRunner

    public init(config: Config, hasEvents: Bool, hasSurveys: Bool, runner: JobRunner = .serial) {
        self.config = config
        self.hasEvents = hasEvents
        self.hasSurveys = hasSurveys
        self.runner = runner
    }

    /// The accounts with close date ≤ `snapshot`, each with its snapshot, in `accounts` order.
    ///
    /// Computed in parts (side by side with a parallel `runner`), each part
    /// straight into its place in the result, so a million snapshots are
    /// never held twice; the accounts are shared, not copied.
    ///
    /// - Complexity: O(accounts × (plan milestones + handoff fields)).
    public func snapshots(of accounts: [OnboardedAccount], at snapshot: Day) -> SnapshotAccounts {
        let parts = JobRunner.ranges(of: accounts.count, parts: 4)
        // Where each part's snapshots start in the result.
        var partStarts = [0]
        for part in parts {
            partStarts.append(partStarts.last! + part.count { accounts[$0].closeDate <= snapshot })
        }
        let starts = partStarts
        let snapshots = [AccountSnapshot](unsafeUninitializedCapacity: starts.last!) { buffer, initialized in
            let result = SnapshotBuffer(base: buffer.baseAddress)
            runner.run(parts.indices.map { part in
                { [config, hasEvents] in
                    var snapshotter = AccountSnapshotter(config: config, hasEvents: hasEvents, at: snapshot)
                    var position = starts[part]
                    for index in parts[part] where accounts[index].closeDate <= snapshot {
                        result.initialize(position, to: snapshotter.snapshot(of: accounts, at: index))
                        position += 1
                    }
                }
            })
            initialized = starts.last!
        }
        return SnapshotAccounts(accounts: accounts, snapshots: snapshots)
    }

    /// Group metrics over some accounts at their snapshots.
    ///
    /// - Complexity: O(n log n) for n snapshots (the TTV sort).
    public func metrics(of accounts: SnapshotAccounts, at snapshot: Day) -> GroupMetrics {
        let rules = GroupRules(config: config, hasEvents: hasEvents, hasSurveys: hasSurveys, at: snapshot)
        var group = GroupAccumulator()
        for entry in accounts { group.add(entry, rules: rules) }
        return group.finish(rules: rules)
    }

    /// cohorts.csv rows: segment × close month with ≥ 1 account, sorted by cohort then segment order.
    ///
    /// - Complexity: one pass over the snapshots, then O(n log n) for the TTV sorts.
    public func cohortRows(_ accounts: SnapshotAccounts, at snapshot: Day) -> [CohortRow] {
        let rules = GroupRules(config: config, hasEvents: hasEvents, hasSurveys: hasSurveys, at: snapshot)
        return CohortGrouping.rows(accounts, segmentCount: config.segments.count, rules: rules)
    }

    /// segments.csv rows: every configured segment in config order (even empty), then `all`.
    ///
    /// - Complexity: one pass over the snapshots, then O(n log n) for the TTV sorts.
    public func segmentRows(_ accounts: SnapshotAccounts, window: ReportWindow) -> [SegmentRow] {
        let rules = GroupRules(config: config, hasEvents: hasEvents, hasSurveys: hasSurveys, at: window.snapshot)
        return SegmentGrouping.rows(accounts, segmentCount: config.segments.count, window: window, rules: rules)
    }

    /// ttv_survival.csv rows (SPEC §5, §7): per segment × cohort, then per segment and `all`.
    ///
    /// - Complexity: one pass over the snapshots, then O(k log k) per group over its k distinct days.
    public func survivalRows(_ accounts: SnapshotAccounts, at snapshot: Day) -> [SurvivalRow] {
        var grouping = SurvivalGrouping(config: config, at: snapshot)
        for entry in accounts { grouping.add(entry) }
        return grouping.rows()
    }
}

/// The result array's storage, shared by the jobs of `snapshots(of:at:)`:
/// each job initializes only its own part's positions.
private struct SnapshotBuffer: @unchecked Sendable {
    let base: UnsafeMutablePointer<AccountSnapshot>?

    func initialize(_ position: Int, to snapshot: AccountSnapshot) {
        (base! + position).initialize(to: snapshot)
    }
}
