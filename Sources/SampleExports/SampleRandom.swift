/// A small, seedable pseudo-random stream (SplitMix64) for the sample exports.
///
/// Every account draws from its own stream, keyed by (seed, purpose, account index),
/// so one account's story never depends on how many numbers another account used,
/// and each file writer can add texture without disturbing the stories. Only integer
/// arithmetic and correctly rounded IEEE operations are used on top of it, so the
/// same seed gives the same bytes on every platform.
struct SampleRandom {
    private var state: UInt64

    /// What a stream is for; separate purposes never share numbers.
    enum Purpose: UInt64 {
        case story = 1, deals, milestones, events, surveys, staff, marks, holds, outcome
    }

    init(seed: UInt64, purpose: Purpose, index: Int) {
        // Mix the three keys through the finalizer so neighbouring indices start far apart.
        var s = SampleRandom.mix(seed &+ 0x9E37_79B9_7F4A_7C15 &* purpose.rawValue)
        s = SampleRandom.mix(s ^ UInt64(truncatingIfNeeded: index))
        state = s
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SampleRandom.mix(state)
    }

    /// Uniform in `0..<bound` (Lemire's multiply-high; the bias is below 2⁻³² for our bounds).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// Uniform in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// Uniform in [0, 1) with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// Index drawn with the given relative integer weights.
    mutating func weighted(_ weights: [Int]) -> Int {
        var r = below(weights.reduce(0, +))
        for (i, w) in weights.enumerated() {
            if r < w { return i }
            r -= w
        }
        return weights.count - 1
    }

    /// Whether account `index` carries a rare anomaly of kind `salt`: exactly one
    /// account in every complete block of `every`, at a seed-dependent position, so
    /// rare cases appear at a fixed rate instead of by luck.
    static func isMarked(seed: UInt64, salt: UInt64, index: Int, every: Int) -> Bool {
        var r = SampleRandom(seed: seed ^ salt, purpose: .marks, index: index / every)
        return r.below(every) == index % every
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
