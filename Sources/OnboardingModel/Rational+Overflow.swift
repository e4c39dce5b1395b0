extension Rational {
    /// The closest fraction to `x` whose parts fit 64 bits: the last
    /// continued-fraction convergent with a denominator up to 10^12 (a Double
    /// carries no more precision than that). Values beyond ±(2^63 − 1)
    /// saturate. Only arithmetic whose exact result does not fit 64 bits
    /// lands here, so that no input, however long its digits, can trap.
    init(approximating x: Double) {
        let limit = 9.2e18
        guard x.isFinite else {
            self.init(unchecked: x.isNaN ? 0 : (x < 0 ? -Int64.max : Int64.max), 1)
            return
        }
        guard abs(x) < limit else {
            self.init(unchecked: x < 0 ? -Int64.max : Int64.max, 1)
            return
        }
        let maxDenominator = min(1e12, (limit / (abs(x) + 1)).rounded(.down))
        var (h0, h1) = (0.0, 1.0), (k0, k1) = (1.0, 0.0)
        var r = abs(x)
        for _ in 0..<64 {
            let a = r.rounded(.down)
            let h2 = a * h1 + h0, k2 = a * k1 + k0
            guard k2 <= maxDenominator, h2 < limit else { break }
            (h0, h1, k0, k1) = (h1, h2, k1, k2)
            let rest = r - a
            guard rest > 0 else { break }
            r = 1 / rest
        }
        if k1 == 0 { (h1, k1) = (abs(x).rounded(), 1) }  // no convergent fit: the nearest whole
        self.init(Int64(x < 0 ? -h1 : h1), Int64(k1))
    }
}
