/// An exact fraction, kept in lowest terms with a positive denominator.
///
/// Rates, medians, loads and thresholds are compared exactly (SPEC §5: 30
/// active accounts at 25 per CSM are a load of exactly 1.2, never
/// 1.2000000000000002), so every figure that meets a threshold is a
/// `Rational`. Config decimals such as `0.8` are parsed from their text
/// (`Rational(decimal:)`, rounded to 9 places).
///
/// Arithmetic never traps (SPEC §3 "Numbers never trap"): a result whose
/// reduced parts do not fit 64 bits is replaced by the nearest fraction that
/// does (`Rational+Overflow.swift`). Inputs are rounded to 9 decimal places, so
/// this only happens for figures no report prints exactly anyway.
public struct Rational: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let numerator: Int64
    public let denominator: Int64

    public init(_ numerator: Int64, _ denominator: Int64 = 1) {
        precondition(denominator != 0, "Rational with zero denominator")
        let negative = (numerator < 0) != (denominator < 0)
        let n = numerator.magnitude, d = denominator.magnitude
        let g = Rational.gcd(n, d)
        self.init(reducedMagnitude: n / g, d / g, negative: negative)
    }

    /// Parts already in lowest terms; magnitudes beyond `Int64.max` (only
    /// `Int64.min` as an input) are approximated instead of trapping.
    init(reducedMagnitude n: UInt64, _ d: UInt64, negative: Bool) {
        guard n <= UInt64(Int64.max), d <= UInt64(Int64.max) else {
            self = Rational(approximating: (negative ? -1 : 1) * Double(n) / Double(d))
            return
        }
        self.numerator = negative ? -Int64(n) : Int64(n)
        self.denominator = Int64(d)
    }

    /// Parts known to be in lowest terms with `denominator > 0`.
    init(unchecked numerator: Int64, _ denominator: Int64) {
        self.numerator = numerator
        self.denominator = denominator
    }

    public init(_ value: Int) { self.init(Int64(value), 1) }

    /// `numerator / denominator`, or nil when the denominator is zero: a rate
    /// over an empty group is undefined, and reported as an empty cell.
    public static func ratio(_ numerator: Int, _ denominator: Int) -> Rational? {
        denominator == 0 ? nil : Rational(Int64(numerator), Int64(denominator))
    }

    public static let zero = Rational(0)
    public static let one = Rational(1)

    public var doubleValue: Double { Double(numerator) / Double(denominator) }

    public static func + (a: Rational, b: Rational) -> Rational {
        let g = Int64(gcd(a.denominator.magnitude, b.denominator.magnitude))
        let (l, o1) = a.numerator.multipliedReportingOverflow(by: b.denominator / g)
        let (r, o2) = b.numerator.multipliedReportingOverflow(by: a.denominator / g)
        let (n, o3) = l.addingReportingOverflow(r)
        let (d, o4) = (a.denominator / g).multipliedReportingOverflow(by: b.denominator)
        guard !(o1 || o2 || o3 || o4) else { return Rational(approximating: a.doubleValue + b.doubleValue) }
        return Rational(n, d)
    }
    public static func - (a: Rational, b: Rational) -> Rational { a + b.negated }
    public static func * (a: Rational, b: Rational) -> Rational {
        let g1 = Int64(gcd(a.numerator.magnitude, b.denominator.magnitude))
        let g2 = Int64(gcd(b.numerator.magnitude, a.denominator.magnitude))
        let (n, o1) = (a.numerator / g1).multipliedReportingOverflow(by: b.numerator / g2)
        let (d, o2) = (a.denominator / g2).multipliedReportingOverflow(by: b.denominator / g1)
        guard !(o1 || o2) else { return Rational(approximating: a.doubleValue * b.doubleValue) }
        return Rational(unchecked: n, d)
    }
    public static func / (a: Rational, b: Rational) -> Rational {
        precondition(b.numerator != 0, "Rational division by zero")
        return a * b.reciprocal
    }
    public static func += (a: inout Rational, b: Rational) { a = a + b }

    /// `-self`; `Int64.min` has no negation in 64 bits and is approximated.
    var negated: Rational {
        numerator == .min ? Rational(approximating: -doubleValue) : Rational(unchecked: -numerator, denominator)
    }

    private var reciprocal: Rational {
        Rational(reducedMagnitude: denominator.magnitude, numerator.magnitude, negative: numerator < 0)
    }

    public static func < (a: Rational, b: Rational) -> Bool {
        // Cross-multiplication in 128 bits cannot overflow for Int64 parts.
        let l = a.numerator.multipliedFullWidth(by: b.denominator)
        let r = b.numerator.multipliedFullWidth(by: a.denominator)
        return (l.high, l.low) < (r.high, r.low)
    }

    /// Fixed-point text with `places` (0...18) decimals, rounding halves away
    /// from zero: `Rational(1, 8).formatted(places: 2)` is `0.13`.
    public func formatted(places: Int) -> String {
        let (whole, fraction) = fixedPoint(places: places)
        let negative = numerator < 0 && (whole != 0 || fraction != 0)
        var text = (negative ? "-" : "") + String(whole)
        if places > 0 { text += "." + pad(Int(fraction), places) }
        return text
    }

    /// The magnitude rounded half away from zero to `places` (0...18)
    /// decimals, as whole units and the fraction in units of 10^-places.
    /// Never overflows: the fraction is computed from the remainder alone.
    public func fixedPoint(places: Int) -> (whole: UInt64, fraction: UInt64) {
        var scale: UInt64 = 1
        for _ in 0..<min(max(places, 0), 18) { scale *= 10 }
        let n = numerator.magnitude, d = denominator.magnitude
        var whole = n / d
        let scaled = (n % d).multipliedFullWidth(by: scale)  // < d × scale: the quotient fits
        let (q, r) = d.dividingFullWidth(scaled)
        // `r >= d - r` is `2r >= d` without overflowing when d is near Int64.max.
        var fraction = r >= d - r ? q + 1 : q
        if fraction == scale { whole += 1; fraction = 0 }
        return (whole, fraction)
    }

    public var description: String {
        denominator == 1 ? String(numerator) : "\(numerator)/\(denominator)"
    }

    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var a = a, b = b
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 1 : a
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
