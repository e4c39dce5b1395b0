import OnboardingModel

/// What changed between the prior window's snapshot and S: which flags are
/// new, which stopped firing (SPEC §6). Computed from the exports at the two
/// snapshots; no state is kept between runs.
struct FlagChanges {
    let config: Config
    let hasEvents: Bool

    /// Sets `isNew` on every flag and returns the prior flags that no longer fire.
    ///
    /// A flag is new when no prior flag had its rule, scope, key and severity.
    /// A prior flag is resolved when no flag of its rule, scope and key fires
    /// at S at any severity: a stall that turned critical is still the same
    /// stall (its critical flag is new, its warning is not resolved).
    ///
    /// - Complexity: O(n log p) for n flags at S and p account flags at the
    ///   prior snapshot, plus one snapshot per resolved account flag.
    func apply(_ prior: PriorFlags, to flags: inout [RedFlag], accounts: [OnboardedAccount],
               at snapshot: Day) -> [ResolvedFlag] {
        var matched = [Bool](repeating: false, count: prior.accountKeys.count)
        var groupMatched = [Bool](repeating: false, count: prior.groupFlags.count)
        // Prior CSM and segment flags by rule and key: thousands of CSMs may be flagged.
        var priorGroup: [GroupKey: [Int]] = [:]
        for (p, old) in prior.groupFlags.enumerated() {
            priorGroup[GroupKey(rule: old.rule, scope: old.scope, key: old.key), default: []].append(p)
        }
        for i in flags.indices {
            let flag = flags[i]
            if flag.scope == .account, flag.accountIndex >= 0 {
                let index = Int(flag.accountIndex)
                let other: RedFlag.Severity = flag.severity == .critical ? .warning : .critical
                let same = Self.position(of: PriorFlags.key(account: index, rule: flag.rule, severity: flag.severity),
                                         in: prior.accountKeys)
                if let same { matched[same] = true }
                if let p = Self.position(of: PriorFlags.key(account: index, rule: flag.rule, severity: other),
                                         in: prior.accountKeys) {
                    matched[p] = true
                }
                flags[i].isNew = same == nil
            } else if flag.scope != .account {
                var isNew = true
                for p in priorGroup[GroupKey(rule: flag.rule, scope: flag.scope, key: flag.key), default: []] {
                    groupMatched[p] = true
                    if prior.groupFlags[p].severity == flag.severity { isNew = false }
                }
                flags[i].isNew = isNew
            }
        }

        var resolved: [ResolvedFlag] = []
        for (p, old) in prior.groupFlags.enumerated() where !groupMatched[p] {
            resolved.append(ResolvedFlag(old, outcome: .cleared))
        }
        let rules = AccountRedFlags(config: config, hasEvents: hasEvents)
        var then = AccountSnapshotter(config: config, hasEvents: hasEvents, at: prior.snapshot)
        var now = AccountSnapshotter(config: config, hasEvents: hasEvents, at: snapshot)
        for (p, key) in prior.accountKeys.enumerated() where !matched[p] {
            let (index, rule, _) = PriorFlags.decode(key)
            // The prior flag itself, rebuilt for its value: only the few that resolved are.
            var priorFlags: [RedFlag] = []
            // Never shown, so worded from nowhere: only its rule and value are read.
            rules.appendFlags(of: AccountAtSnapshot(then.snapshot(of: accounts, at: index), in: accounts),
                              at: -1, to: &priorFlags)
            guard let old = priorFlags.first(where: { $0.rule == rule }) else {
                preconditionFailure("forEachFiring and appendFlags disagree on \(rule.rawValue)")
            }
            let outcome: ResolvedFlag.Outcome = switch now.snapshot(of: accounts, at: index).status {
            case .complete: .complete
            case .churned: .churned
            case .active: .cleared
            }
            resolved.append(ResolvedFlag(old, outcome: outcome))
        }
        return resolved.sorted(by: ResolvedFlag.reportOrder)
    }

    private struct GroupKey: Hashable {
        let rule: RedFlag.Rule
        let scope: RedFlag.Scope
        let key: String
    }

    /// Where `key` is in the ascending `keys`, by binary search.
    static func position(of key: UInt64, in keys: [UInt64]) -> Int? {
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < keys.count && keys[low] == key ? low : nil
    }
}
