import OnboardingModel

/// Parses the date formats of SPEC §3 straight from a field's bytes into the
/// UTC calendar day.
///
/// Accepted: `YYYY-MM-DD`; `YYYY-MM-DD` then `T` or a space, `HH:MM`,
/// optional `:SS` and fraction, optional `Z` or `±hh:mm` / `±hhmm` / `±hh`
/// offset (a time with an offset is converted to its UTC day); and slash dates
/// `M/D/YYYY`, or `D/M/YYYY` under `csv.date_order: dmy`. Surrounding spaces
/// are ignored. Impossible days (`2025-02-30`) and times (`24:00`) are nil.
///
/// No `DateFormatter`: this runs once per event row, ten million times.
struct DateParser: Sendable {
    var order: Config.DateOrder

    init(order: Config.DateOrder = .mdy) { self.order = order }

    func parse(_ text: String) -> Day? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    func parse(bytes raw: UnsafeBufferPointer<UInt8>) -> Day? {
        var lo = 0, hi = raw.count
        while lo < hi, raw[lo] == .space || raw[lo] == .tab { lo += 1 }
        while hi > lo, raw[hi - 1] == .space || raw[hi - 1] == .tab { hi -= 1 }
        var s = ByteScanner(bytes: raw, position: lo, end: hi)
        if hi - lo >= 10, raw[lo + 4] == .hyphen { return parseISO(&s) }
        return parseSlash(&s)
    }

    private func parseISO(_ s: inout ByteScanner) -> Day? {
        // `YYYY-MM-DD` read in place: ten million event rows start this way.
        guard let year = s.fixedDigits(4, at: 0), s.bytes[s.position + 4] == .hyphen,
              let month = s.fixedDigits(2, at: 5), s.bytes[s.position + 7] == .hyphen,
              let dayOfMonth = s.fixedDigits(2, at: 8), let day = Day(year: year, month: month, day: dayOfMonth)
        else { return nil }
        s.position += 10
        if s.atEnd { return day }
        guard s.take(UInt8(ascii: "T")) || s.take(UInt8(ascii: "t")) || s.take(.space),
              let hour = s.digits(2), hour <= 23, s.take(.colon), let minute = s.digits(2), minute <= 59
        else { return nil }
        if s.take(.colon) {
            // 60 admits a leap second.
            guard let second = s.digits(2), second <= 60 else { return nil }
            if s.take(.dot) || s.take(.comma) {
                guard s.skipDigits() > 0 else { return nil }
            }
        }
        var offsetMinutes = 0
        if s.take(UInt8(ascii: "Z")) || s.take(UInt8(ascii: "z")) {
            offsetMinutes = 0
        } else if !s.atEnd {
            let sign: Int
            if s.take(.plus) { sign = 1 } else if s.take(.hyphen) { sign = -1 } else { return nil }
            guard let offsetHours = s.digits(2), offsetHours <= 23 else { return nil }
            var offsetMinute = 0
            if !s.atEnd {
                _ = s.take(.colon)
                guard let m = s.digits(2), m <= 59 else { return nil }
                offsetMinute = m
            }
            offsetMinutes = sign * (offsetHours * 60 + offsetMinute)
        }
        guard s.atEnd else { return nil }
        // Local time minus its offset is UTC; a result outside 0..<1440
        // minutes falls on the neighbouring UTC day.
        let utcMinutes = hour * 60 + minute - offsetMinutes
        if utcMinutes >= 0, utcMinutes < 24 * 60 { return day }
        let utcDay = utcMinutes < 0 ? day - 1 : day + 1
        // `0001-01-01T00:00+01:00` falls in year 0, outside the days a `Day` is built from.
        return (1...9999).contains(utcDay.components.year) ? utcDay : nil
    }

    private func parseSlash(_ s: inout ByteScanner) -> Day? {
        guard let first = s.digits(1...2), s.take(.slash), let second = s.digits(1...2), s.take(.slash),
              let year = s.digits(4), s.atEnd
        else { return nil }
        return order == .mdy ? Day(year: year, month: first, day: second)
                             : Day(year: year, month: second, day: first)
    }
}

/// A cursor over a field's bytes for the fixed-width grammars of dates.
private struct ByteScanner {
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

    /// Consumes a run of digits and returns its length.
    mutating func skipDigits() -> Int {
        let start = position
        while position < end, bytes[position] &- UInt8(ascii: "0") <= 9 { position += 1 }
        return position - start
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
