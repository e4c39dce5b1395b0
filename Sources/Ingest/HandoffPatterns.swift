/// Which handoff fields a deal fills, shared across accounts: a handful of
/// fields has a few hundred combinations among a million deals, so each
/// distinct pattern is stored once and accounts share it instead of holding
/// an array each.
struct HandoffPatterns {
    private let fieldCount: Int
    /// Presence as bits → the shared array.
    private var stored: [UInt64: [Bool]] = [:]
    /// Bounded like `SpellingCache`: past this many patterns new ones stay unshared.
    private static let limit = 4096

    init(fieldCount: Int) { self.fieldCount = fieldCount }

    /// The presence array of `Config.handoff.fields`, `isPresent(field)` for each.
    mutating func presence(_ isPresent: (Int) -> Bool) -> [Bool] {
        guard fieldCount < 64 else { return (0..<fieldCount).map(isPresent) }
        var bits: UInt64 = 0
        for field in 0..<fieldCount where isPresent(field) { bits |= 1 << UInt64(field) }
        if let shared = stored[bits] { return shared }
        let pattern = (0..<fieldCount).map { bits & (1 << UInt64($0)) != 0 }
        if stored.count < Self.limit { stored[bits] = pattern }
        return pattern
    }
}
