/// A cursor over a field's bytes for the fixed-width grammars of dates
/// (`DateParser`).
struct DateScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int
    let end: Int

    var atEnd: Bool { position >= end }

    /// Consumes `byte` when it is next.
    mutating func take(_ byte: UInt8) -> Bool {
        guard position < end, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// Consumes `letters` (uppercase ASCII) in any case when they are next.
    mutating func takeWord(_ letters: StaticString) -> Bool {
        let count = letters.utf8CodeUnitCount
        guard end - position >= count else { return false }
        let word = letters.utf8Start
        for k in 0..<count where bytes[position + k] & 0xDF != word[k] { return false }
        position += count
        return true
    }

    /// Exactly `count` ASCII digits as a number.
    mutating func digits(_ count: Int) -> Int? { digits(count...count) }

    /// Between `range` ASCII digits (as many as are there, up to the upper bound).
    mutating func digits(_ range: ClosedRange<Int>) -> Int? {
        var value = 0, taken = 0
        while taken < range.upperBound, position < end {
            let d = bytes[position] &- UInt8(ascii: "0")
            guard d <= 9 else { break }
            value = value * 10 + Int(d)
            position += 1
            taken += 1
        }
        return taken >= range.lowerBound ? value : nil
    }

    /// The `count` bytes from `offset` past the position as a number, when
    /// they are all ASCII digits; the caller has checked they are there.
    @inline(__always)
    func fixedDigits(_ count: Int, at offset: Int) -> Int? {
        var value = 0
        for i in position + offset..<position + offset + count {
            let d = bytes[i] &- UInt8(ascii: "0")
            guard d <= 9 else { return nil }
            value = value * 10 + Int(d)
        }
        return value
    }

    /// The next `count` bytes (up to 18) as a number when all are digits.
    func fixedDigitsInt64(_ count: Int) -> Int64? {
        var value: Int64 = 0
        for i in position..<position + count {
            let d = bytes[i] &- UInt8(ascii: "0")
            guard d <= 9 else { return nil }
            value = value * 10 + Int64(d)
        }
        return value
    }

    /// Consumes a run of digits and returns its length.
    mutating func skipDigits() -> Int {
        let start = position
        while position < end, bytes[position] &- UInt8(ascii: "0") <= 9 { position += 1 }
        return position - start
    }

    /// What may follow an ISO time, up to the field's end: nothing (the
    /// time's own day), `Z`, ` UTC`, ` GMT`, or an offset `±hh[:mm|mm]`
    /// (optionally after a space).
    ///
    /// - Returns: the offset in minutes east of UTC, or nil when the rest of
    ///   the field is none of these.
    mutating func zone() -> Int? {
        if atEnd { return 0 }
        if take(UInt8(ascii: "Z")) || take(UInt8(ascii: "z")) { return atEnd ? 0 : nil }
        _ = take(.space)
        if takeWord("UTC") || takeWord("GMT") { return atEnd ? 0 : nil }
        let sign: Int
        if take(.plus) { sign = 1 } else if take(.hyphen) { sign = -1 } else { return nil }
        guard let hours = digits(2), hours <= 23 else { return nil }
        var minutes = 0
        if !atEnd {
            _ = take(.colon)
            guard let m = digits(2), m <= 59 else { return nil }
            minutes = m
        }
        return atEnd ? sign * (hours * 60 + minutes) : nil
    }

    /// The time after a slash date, up to the field's end: a space (or `, `),
    /// `H:MM`, optional `:SS`, then optionally ` AM`/` PM` (hour 1–12;
    /// `12:00 AM` is midnight, `12:30 PM` half past noon) — what Excel and
    /// Salesforce reports write. The time is validated, not used: a slash
    /// date-time names no zone, so its day is the day written.
    mutating func slashTime() -> Bool {
        _ = take(.comma)
        guard take(.space), let hour = digits(1...2), take(.colon), let minute = digits(2), minute <= 59
        else { return false }
        if take(.colon) {
            guard let second = digits(2), second <= 60 else { return false }
            _ = second
        }
        if atEnd { return hour <= 23 }
        _ = take(.space)
        guard takeWord("AM") || takeWord("PM"), atEnd else { return false }
        return (1...12).contains(hour)
    }
}

extension UInt8 {
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let hyphen = UInt8(ascii: "-")
    static let plus = UInt8(ascii: "+")
    static let colon = UInt8(ascii: ":")
    static let dot = UInt8(ascii: ".")
    static let comma = UInt8(ascii: ",")
    static let slash = UInt8(ascii: "/")
}
