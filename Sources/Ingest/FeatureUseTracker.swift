import CMemoryHints
import OnboardingModel

/// Per account, the features first used in [close, close + window] (SPEC §5
/// adoption): up to `FeatureFirstUse.capacity` (feature id, days after close)
/// pairs, the earliest kept, in a flat array; a bit per account says that a
/// further distinct feature was dropped.
struct FeatureUseTracker {
    private static let k = FeatureFirstUse.capacity
    /// id << 16 | offset; `UInt32.max` when unused.
    private var entries: [UInt32]
    private var counts: [UInt8]
    private var capped: [Bool]

    init(accounts: Int) {
        entries = Array(repeating: .max, count: accounts * Self.k)
        counts = Array(repeating: 0, count: accounts)
        capped = Array(repeating: false, count: accounts)
    }

    /// Records feature `id` used `offset` days after close (0...window).
    mutating func record(account: Int, id: Int, offset: Int) {
        let start = account * Self.k, used = Int(counts[account])
        let entry = UInt32(id) << 16 | UInt32(offset)
        var latest = start
        for i in start..<start + used {
            if Int(entries[i] >> 16) == id {
                if offset < Int(entries[i] & 0xFFFF) { entries[i] = entry }
                return
            }
            if entries[i] & 0xFFFF > entries[latest] & 0xFFFF { latest = i }
        }
        if used < Self.k {
            entries[start + used] = entry
            counts[account] += 1
            return
        }
        // Full: keep the k earliest first uses (as for users in `EventMilestoneTracker`).
        capped[account] = true
        if offset < Int(entries[latest] & 0xFFFF) { entries[latest] = entry }
    }

    /// Starts loading what `record` will touch for `account`.
    func prefetch(account: Int) {
        entries.withUnsafeBufferPointer { memory_prefetch($0.baseAddress! + account * Self.k) }
        counts.withUnsafeBufferPointer { memory_prefetch($0.baseAddress! + account) }
    }

    func firstUse(account: Int) -> FeatureFirstUse {
        let start = account * Self.k
        let offsets = (start..<start + Int(counts[account])).map { Int(entries[$0] & 0xFFFF) }
        return FeatureFirstUse(offsets: offsets)
    }

    /// Accounts that used more distinct features than are kept.
    var cappedAccounts: Int { capped.lazy.filter { $0 }.count }
}
