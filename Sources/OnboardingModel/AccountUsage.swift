/// What an account's usage events say that a snapshot at any day S needs
/// (SPEC §5 "Adoption breadth and onboarding health"), in a fixed 32 bytes
/// whatever the number of events: which recent days had an event, and the
/// day each feature was first used in the onboarding window.
///
/// Both are rollups of (account, day, event) and could be rebuilt from a
/// warehouse's `events_daily` rows: a day is active when it has a row; a
/// feature's first use is the smallest `event_date` of its rows in
/// [close, close + window].
public struct AccountUsage: Sendable, Equatable {
    public var recentDays: RecentActiveDays
    public var features: FeatureFirstUse

    public init(recentDays: RecentActiveDays = RecentActiveDays(), features: FeatureFirstUse = FeatureFirstUse()) {
        self.recentDays = recentDays
        self.features = features
    }
}

/// The days with any event among the 96 days ending at the account's latest
/// event day (its anchor), as a bitmap: bit k is anchor − k.
///
/// A run asks for days S−13…S at the window's snapshot and at the prior
/// window's. The anchor is at most the as-of day, which is at most 30 days
/// after S (a month report), and the prior snapshot at most 31 days before
/// S, so the oldest day asked for is at most 30 + 31 + 13 = 74 days before
/// the anchor: inside the 96 days kept.
public struct RecentActiveDays: Sendable, Equatable {
    public static let span = 96

    /// Bits 0…63: anchor − 0 … anchor − 63.
    private var low: UInt64 = 0
    /// Day ordinal of the latest event recorded; `Int32.min` when none.
    private var anchor = Int32.min
    /// Bits 0…31: anchor − 64 … anchor − 95.
    private var high: UInt32 = 0

    public init() {}

    /// Marks `day` active. A day more than 95 days before the latest recorded
    /// one is dropped: no snapshot a run asks for reaches it.
    public mutating func record(_ day: Day) {
        if anchor == Int32.min {
            anchor = day.ordinal
            low = 1
            return
        }
        if day.ordinal > anchor {
            let shift = UInt64(min(Int(day.ordinal) - Int(anchor), Self.span))
            // Smart shifts: shifting by 64 or more gives 0.
            let carried = shift >= 64 ? low << (shift - 64) : (low >> (64 - shift)) | (UInt64(high) << shift)
            high = UInt32(truncatingIfNeeded: carried)
            low = low << shift
            low |= 1
            anchor = day.ordinal
            return
        }
        let back = Int(anchor) - Int(day.ordinal)
        if back < 64 {
            low |= 1 << UInt64(back)
        } else if back < Self.span {
            high |= 1 << UInt32(back - 64)
        }
    }

    /// Days with an event in `first...last` (only the 96 days kept are seen).
    public func count(from first: Day, through last: Day) -> Int {
        guard anchor != Int32.min, first <= last else { return 0 }
        // Offsets back from the anchor: `last` is the nearest, `first` the farthest.
        let near = max(0, Int(anchor) - Int(last.ordinal))
        let far = min(Self.span - 1, Int(anchor) - Int(first.ordinal))
        guard near <= far else { return 0 }
        var n = 0
        for back in near...far {
            n += back < 64 ? Int(low >> UInt64(back) & 1) : Int(high >> UInt32(back - 64) & 1)
        }
        return n
    }
}

/// The first use of each feature in the onboarding window, as days after
/// close, ascending: up to `capacity` features, the earliest kept (ingest
/// notes the accounts that used more; the ones not kept were first used no
/// earlier than the latest kept, so a count at a day before that is exact
/// and one after it a lower bound).
///
/// 16 bytes: eight 16-bit offsets, `unused` in the places not filled.
public struct FeatureFirstUse: Sendable, Equatable {
    public static let capacity = 8
    /// Offsets are at most the longest window, which config validation keeps far below this.
    private static let unused: UInt64 = 0xFFFF

    /// Four 16-bit offsets each, ascending over both words.
    private var words: (UInt64, UInt64) = (UInt64.max, UInt64.max)

    public init() {}

    /// - Parameter offsets: days after close of first use, at most `capacity`, each in 0..<65535.
    public init(offsets: [Int]) {
        precondition(offsets.count <= Self.capacity, "at most \(Self.capacity) features")
        for (i, offset) in offsets.sorted().enumerated() {
            let shift = UInt64(16 * (i % 4))
            let bits = UInt64(UInt16(offset)) << shift | ~(Self.unused << shift)
            if i < 4 { words.0 &= bits } else { words.1 &= bits }
        }
    }

    /// How many features are kept.
    public var count: Int {
        var n = 0
        while n < Self.capacity, raw(n) != Self.unused { n += 1 }
        return n
    }

    private func raw(_ i: Int) -> UInt64 { ((i < 4 ? words.0 : words.1) >> UInt64(16 * (i % 4))) & 0xFFFF }

    /// The `i`-th earliest first use, in days after close.
    public func offset(_ i: Int) -> Int { Int(raw(i)) }

    /// Features first used at most `days` days after close.
    public func adopted(withinDays days: Int) -> Int {
        var n = 0
        while n < Self.capacity, raw(n) != Self.unused, Int(raw(n)) <= days { n += 1 }
        return n
    }

    public static func == (a: FeatureFirstUse, b: FeatureFirstUse) -> Bool { a.words == b.words }
}
