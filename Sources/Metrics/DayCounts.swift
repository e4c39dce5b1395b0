/// A multiset of whole-day values kept as counts per value, for percentiles
/// over a million accounts without keeping, copying or sorting the values.
///
/// Day counts span a few hundred values, so a dense array of counts covers
/// them; values that would stretch it past `denseLimit` slots (a date typo
/// centuries away) are counted in a dictionary instead.
struct DayCounts: Sendable {
    /// counts[v − base] is how often v occurred.
    private var counts: [Int] = []
    private var base = 0
    private var outliers: [Int: Int] = [:]
    private(set) var count = 0
    private static let denseLimit = 1 << 16

    mutating func add(_ value: Int) { add(value, times: 1) }

    mutating func add(_ value: Int, times: Int) {
        count += times
        if counts.isEmpty {
            base = value
            counts = [times]
            return
        }
        let low = min(base, value), high = max(base + counts.count, value + 1)
        if high - low > counts.count {
            guard high - low <= Self.denseLimit else {
                outliers[value, default: 0] += times
                return
            }
            var wider = [Int](repeating: 0, count: high - low)
            for (offset, n) in counts.enumerated() { wider[base - low + offset] = n }
            counts = wider
            base = low
        }
        counts[value - base] += times
    }

    /// Adds every value of `other`.
    mutating func merge(_ other: DayCounts) {
        for (offset, n) in other.counts.enumerated() where n > 0 { add(other.base + offset, times: n) }
        for (value, n) in other.outliers { add(value, times: n) }
    }

    /// The value at 0-based `rank` in ascending order (rank < count).
    func value(atRank rank: Int) -> Int {
        var remaining = rank
        // Outliers below the dense range, the dense range, then those above.
        let sortedOutliers = outliers.sorted { $0.key < $1.key }
        for (value, n) in sortedOutliers where value < base {
            if remaining < n { return value }
            remaining -= n
        }
        for (offset, n) in counts.enumerated() {
            if remaining < n { return base + offset }
            remaining -= n
        }
        for (value, n) in sortedOutliers where value >= base {
            if remaining < n { return value }
            remaining -= n
        }
        preconditionFailure("rank \(rank) beyond \(count) values")
    }
}
