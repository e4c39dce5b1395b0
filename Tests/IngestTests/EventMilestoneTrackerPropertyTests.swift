@testable import Ingest
import Testing

/// The trackers against a brute-force answer on random streams in random
/// order: the N-th smallest day, and the N-th smallest first day of distinct
/// users, must not depend on the order the rows come in.
@Suite struct EventMilestoneTrackerPropertyTests {
    /// A small seeded generator (SplitMix64), so failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test(arguments: 0..<200)
    func matchesBruteForce(_ seed: Int) {
        var rng = SplitMix(state: UInt64(seed))
        let n = Int.random(in: 1...4, using: &rng)
        let rows = (0..<Int.random(in: 0...30, using: &rng)).map { _ in
            (day: Int32.random(in: 0...20, using: &rng), user: UInt64.random(in: 1...8, using: &rng))
        }
        var byCount = EventMilestoneTracker(accounts: 2, n: n, byUsers: false)
        var byUsers = EventMilestoneTracker(accounts: 2, n: n, byUsers: true)
        for row in rows {
            byCount.record(account: 1, day: row.day, user: 0)
            byUsers.record(account: 1, day: row.day, user: row.user)
        }
        let days = rows.map(\.day).sorted()
        #expect(byCount.achieved(account: 1) == (days.count >= n ? days[n - 1] : nil))
        var first: [UInt64: Int32] = [:]
        for row in rows { first[row.user] = min(first[row.user] ?? .max, row.day) }
        let firsts = first.values.sorted()
        #expect(byUsers.achieved(account: 1) == (firsts.count >= n ? firsts[n - 1] : nil))
        // The other account saw nothing.
        #expect(byCount.achieved(account: 0) == nil && byUsers.achieved(account: 0) == nil)
    }

    @Test(arguments: 0..<200)
    func featureTrackerKeepsTheEarliestFirstUses(_ seed: Int) {
        var rng = SplitMix(state: UInt64(seed) &+ 1_000)
        let rows = (0..<Int.random(in: 0...40, using: &rng)).map { _ in
            (id: Int.random(in: 0...11, using: &rng), offset: Int.random(in: 0...30, using: &rng))
        }
        var tracker = FeatureUseTracker(accounts: 1)
        for row in rows { tracker.record(account: 0, id: row.id, offset: row.offset) }
        var first: [Int: Int] = [:]
        for row in rows { first[row.id] = min(first[row.id] ?? .max, row.offset) }
        let expected = Array(first.values.sorted().prefix(8))
        let kept = tracker.firstUse(account: 0)
        #expect((0..<kept.count).map(kept.offset) == expected)
        #expect(tracker.cappedAccounts == (first.count > 8 ? 1 : 0))
    }
}
