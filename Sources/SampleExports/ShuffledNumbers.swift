/// Numbers `1...count` handed out in no particular order: real CRMs assign
/// account and deal ids as records are created and merged, so an export sorted
/// by close date is not sorted by id (SPEC §9: speed must not depend on it).
///
/// A fixed affine bijection of `0..<count` (`(a·x + b) mod count`, `a` coprime
/// with `count`), so it needs no memory and the same seed gives the same ids.
struct ShuffledNumbers {
    let count: Int
    private let multiplier: Int
    private let offset: Int

    init(count: Int, seed: UInt64) {
        self.count = count
        guard count > 1 else { multiplier = 1; offset = 0; return }
        // Near the golden ratio of the range, so neighbours land far apart.
        var a = max(1, Int(Double(count) * 0.618_033_988_7)) | 1
        while Self.gcd(a, count) != 1 { a += 1 }
        multiplier = a
        var r = SampleRandom(seed: seed, purpose: .marks, index: count)
        offset = r.below(count)
    }

    /// The number of position `index` (`0..<count`), in `1...count`.
    func number(_ index: Int) -> Int {
        guard count > 1 else { return index + 1 }
        // index · multiplier < count², far inside Int for any generator size.
        return (index * multiplier % count + offset) % count + 1
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
