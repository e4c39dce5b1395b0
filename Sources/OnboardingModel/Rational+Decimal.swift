extension Rational {
    /// Parses a decimal as people, spreadsheets and pandas write it: `12`,
    /// `-0.25`, `1.08`, `.5`, `3.3333333333333335`, `1e-05`, `1.5E+3`; nil
    /// for anything else (spaces, commas, signs twice, non-ASCII digits).
    ///
    /// The value is rounded half away from zero to 9 decimal places (SPEC §3
    /// allows it), so any number of digits reads without overflow and the
    /// denominators stay small enough for exact arithmetic; nil when the
    /// value does not fit a 64-bit numerator (above about 9.2 × 10^18).
    public init?(decimal text: some StringProtocol) {
        guard let (negative, digits, exponent) = Self.scan(Array(text.utf8)) else { return nil }
        // value × 10^9 = digits × 10^shift
        let shift = exponent + Self.places
        var scaled: [UInt8]
        if shift >= 0 {
            guard digits.count + shift <= 30 else { return nil }
            scaled = digits + Array(repeating: 0, count: shift)
        } else {
            let keep = digits.count + shift
            scaled = keep > 0 ? Array(digits[..<keep]) : []
            if keep >= 0, keep < digits.count, digits[keep] >= 5 { Self.increment(&scaled) }
        }
        let split = max(scaled.count - Self.places, 0)
        guard let whole = Self.integer(scaled[..<split]), let fraction = Self.integer(scaled[split...]) else {
            return nil
        }
        let g = Int64(Rational.gcd(UInt64(fraction), UInt64(Self.scale)))
        let (shifted, o1) = whole.multipliedReportingOverflow(by: Self.scale / g)
        let (n, o2) = shifted.addingReportingOverflow(fraction / g)
        guard !(o1 || o2) else { return nil }
        self.init(negative ? -n : n, Self.scale / g)
    }

    /// Decimal places kept by `init(decimal:)`.
    static let places = 9
    private static let scale: Int64 = 1_000_000_000

    /// Sign, significant digits (no leading zeros) and the power of ten of
    /// the last digit; nil when `b` is not a decimal.
    private static func scan(_ b: [UInt8]) -> (Bool, [UInt8], Int)? {
        var i = 0, negative = false
        if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") {
            negative = b[i] == UInt8(ascii: "-")
            i += 1
        }
        var digits: [UInt8] = [], fractionDigits = 0, sawDigit = false, sawPoint = false
        while i < b.count {
            let c = b[i]
            if c &- UInt8(ascii: "0") <= 9 {
                sawDigit = true
                if sawPoint { fractionDigits += 1 }
                if !(digits.isEmpty && c == UInt8(ascii: "0")) { digits.append(c - UInt8(ascii: "0")) }
            } else if c == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                break
            }
            i += 1
        }
        guard sawDigit else { return nil }
        var exponent = 0
        if i < b.count, b[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            var exponentNegative = false
            if i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") {
                exponentNegative = b[i] == UInt8(ascii: "-")
                i += 1
            }
            let start = i
            while i < b.count, b[i] &- UInt8(ascii: "0") <= 9 {
                // Saturates: 10^10000 is as unusable as 10^99999999999.
                exponent = min(exponent * 10 + Int(b[i] - UInt8(ascii: "0")), 100_000)
                i += 1
            }
            guard i > start else { return nil }
            if exponentNegative { exponent = -exponent }
        }
        guard i == b.count else { return nil }
        return (negative, digits, exponent - fractionDigits)
    }

    /// Adds one to a big-endian digit string, carrying.
    private static func increment(_ digits: inout [UInt8]) {
        var k = digits.count - 1
        while k >= 0, digits[k] == 9 { digits[k] = 0; k -= 1 }
        if k < 0 { digits.insert(1, at: 0) } else { digits[k] += 1 }
    }

    /// The integer of a big-endian digit string; nil when it overflows.
    private static func integer(_ digits: ArraySlice<UInt8>) -> Int64? {
        var n: Int64 = 0
        for d in digits {
            let (times10, o1) = n.multipliedReportingOverflow(by: 10)
            let (next, o2) = times10.addingReportingOverflow(Int64(d))
            guard !(o1 || o2) else { return nil }
            n = next
        }
        return n
    }
}
