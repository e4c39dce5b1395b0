/// An exact fraction, kept in lowest terms with a positive denominator.
///
/// Rates, medians, loads and thresholds are compared exactly (SPEC §5: 30
/// active accounts at 25 per CSM are a load of exactly 1.2, never
/// 1.2000000000000002), so every figure that meets a threshold is a
/// `Rational`. Config decimals such as `0.8` are parsed from their text.
public struct Rational: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let numerator: Int64
    public let denominator: Int64

    public init(_ numerator: Int64, _ denominator: Int64 = 1) {
        precondition(denominator != 0, "Rational with zero denominator")
        var n = numerator, d = denominator
        if d < 0 { n = -n; d = -d }
        let g = Rational.gcd(n < 0 ? -n : n, d)
        self.numerator = g > 1 ? n / g : n
        self.denominator = g > 1 ? d / g : d
    }

    public init(_ value: Int) { self.init(Int64(value), 1) }

    /// `numerator / denominator`, or nil when the denominator is zero: a rate
    /// over an empty group is undefined, and reported as an empty cell.
    public static func ratio(_ numerator: Int, _ denominator: Int) -> Rational? {
        denominator == 0 ? nil : Rational(Int64(numerator), Int64(denominator))
    }

    /// Parses a plain decimal such as `12`, `-0.25` or `1.08`; nil otherwise.
    public init?(decimal text: some StringProtocol) {
        var s = Substring(text)
        var negative = false
        if s.first == "-" { negative = true; s = s.dropFirst() } else if s.first == "+" { s = s.dropFirst() }
        let parts = s.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !(whole.isEmpty && parts.count == 1) else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit),
              !(whole.isEmpty && fraction.isEmpty), whole.count + fraction.count <= 17
        else { return nil }
        var n: Int64 = 0
        for c in Array(whole.utf8) + Array(fraction.utf8) { n = n * 10 + Int64(c - UInt8(ascii: "0")) }
        var d: Int64 = 1
        for _ in 0..<fraction.count { d *= 10 }
        self.init(negative ? -n : n, d)
    }

    public static let zero = Rational(0)
    public static let one = Rational(1)

    public var doubleValue: Double { Double(numerator) / Double(denominator) }

    public static func + (a: Rational, b: Rational) -> Rational {
        let g = gcd(a.denominator, b.denominator)
        return Rational(a.numerator * (b.denominator / g) + b.numerator * (a.denominator / g),
                        a.denominator / g * b.denominator)
    }
    public static func - (a: Rational, b: Rational) -> Rational { a + Rational(-b.numerator, b.denominator) }
    public static func * (a: Rational, b: Rational) -> Rational {
        let g1 = gcd(abs(a.numerator), b.denominator), g2 = gcd(abs(b.numerator), a.denominator)
        return Rational((a.numerator / g1) * (b.numerator / g2), (a.denominator / g2) * (b.denominator / g1))
    }
    public static func / (a: Rational, b: Rational) -> Rational {
        precondition(b.numerator != 0, "Rational division by zero")
        return a * Rational(b.denominator, b.numerator)
    }
    public static func += (a: inout Rational, b: Rational) { a = a + b }

    public static func < (a: Rational, b: Rational) -> Bool {
        // Cross-multiplication in 128 bits cannot overflow for Int64 parts.
        let l = a.numerator.multipliedFullWidth(by: b.denominator)
        let r = b.numerator.multipliedFullWidth(by: a.denominator)
        return (l.high, l.low) < (r.high, r.low)
    }

    /// Fixed-point text with `places` decimals, rounding halves away from zero:
    /// `Rational(1, 8).formatted(places: 2)` is `0.13`.
    public func formatted(places: Int) -> String {
        var scale: Int64 = 1
        for _ in 0..<places { scale *= 10 }
        let negative = numerator < 0
        let n = negative ? -numerator : numerator
        // round(n * scale / d) half away from zero, in 128-bit to avoid overflow.
        let scaled = n.multipliedFullWidth(by: scale)
        let (q, r) = denominator.dividingFullWidth((scaled.high, scaled.low))
        // `r >= d - r` is `2r >= d` without overflowing when d is near Int64.max.
        let rounded = r >= denominator - r ? q + 1 : q
        let whole = rounded / scale, frac = rounded % scale
        var text = (negative && rounded != 0 ? "-" : "") + String(whole)
        if places > 0 { text += "." + pad(Int(frac), places) }
        return text
    }

    public var description: String {
        denominator == 1 ? String(numerator) : "\(numerator)/\(denominator)"
    }

    static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
        var a = a, b = b
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 1 : a
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
