import OnboardingModel

/// Parses the date spellings of SPEC §3 "Field formats" straight from a
/// field's bytes into the UTC calendar day.
///
/// Accepted: `YYYY-MM-DD`; that date then `T` or a space, `HH:MM`, optional
/// `:SS` and fraction, then optionally `Z`, ` UTC`, ` GMT` or an offset
/// `±hh:mm` / `±hhmm` / `±hh` (converted to the UTC day); slash dates
/// `M/D/YYYY` (`D/M/YYYY` under `csv.date_order: dmy`) with a four- or
/// two-digit year (`YY` 00–68 is 20YY, 69–99 is 19YY, as Excel reads them),
/// optionally followed by a time `H:MM[:SS]` with or without ` AM`/` PM`;
/// and, when `epochs` is on (events.csv `occurred_at` only), Unix seconds
/// (10 digits) or milliseconds (13 digits). Surrounding spaces are ignored.
/// Impossible days (`2025-02-30`) and times (`24:00`, `13:00 PM`) are nil, and
/// so is any day outside the years 1900–2199 (SPEC §3 "Robustness": such a
/// year is a placeholder such as `0001-01-01` or a typo, not a date).
///
/// No `DateFormatter`: this runs once per event row, ten million times.
struct DateParser: Sendable {
    var order: Config.DateOrder
    /// Whether an all-digit Unix time in seconds or milliseconds is a date.
    var epochs: Bool

    init(order: Config.DateOrder = .mdy, epochs: Bool = false) {
        self.order = order
        self.epochs = epochs
    }

    /// The days a date may fall on: 1900-01-01 through 2199-12-31, as
    /// literal ordinals so the per-row check loads no lazily built global
    /// (DateParsingTests checks them against `Day(year:month:day:)`).
    static let firstDay = Day(ordinal: -25_567)
    static let lastDay = Day(ordinal: 84_005)

    func parse(_ text: String) -> Day? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    func parse(bytes raw: UnsafeBufferPointer<UInt8>) -> Day? {
        guard let day = parseAnyYear(bytes: raw),
              day.ordinal >= Self.firstDay.ordinal, day.ordinal <= Self.lastDay.ordinal else { return nil }
        return day
    }

    /// The day a field spells, before the 1900–2199 limit: messages use it to
    /// tell a date out of range from no date at all.
    func parseAnyYear(bytes raw: UnsafeBufferPointer<UInt8>) -> Day? {
        var lo = 0, hi = raw.count
        while lo < hi, raw[lo] == .space || raw[lo] == .tab { lo += 1 }
        while hi > lo, raw[hi - 1] == .space || raw[hi - 1] == .tab { hi -= 1 }
        var s = DateScanner(bytes: raw, position: lo, end: hi)
        if hi - lo >= 10, raw[lo + 4] == .hyphen { return parseISO(&s) }
        if epochs, let day = parseEpoch(s) { return day }
        return parseSlash(&s)
    }

    func parseAnyYear(_ text: String) -> Day? {
        var text = text
        return text.withUTF8 { parseAnyYear(bytes: $0) }
    }

    private func parseISO(_ s: inout DateScanner) -> Day? {
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
        guard let offsetMinutes = s.zone() else { return nil }
        // Local time minus its offset is UTC; a result outside 0..<1440
        // minutes falls on the neighbouring UTC day.
        let utcMinutes = hour * 60 + minute - offsetMinutes
        if utcMinutes >= 0, utcMinutes < 24 * 60 { return day }
        return utcMinutes < 0 ? day - 1 : day + 1
    }

    private func parseSlash(_ s: inout DateScanner) -> Day? {
        guard let first = s.digits(1...2), s.take(.slash), let second = s.digits(1...2), s.take(.slash)
        else { return nil }
        let yearStart = s.position
        guard var year = s.digits(2...4) else { return nil }
        switch s.position - yearStart {
        // Excel's two-digit window: 00–68 are the 2000s, 69–99 the 1900s.
        case 2: year += year <= 68 ? 2000 : 1900
        case 4: break
        default: return nil
        }
        // The time of a slash date has no zone: it is the day written.
        guard s.atEnd || s.slashTime() else { return nil }
        return order == .mdy ? Day(year: year, month: first, day: second)
                             : Day(year: year, month: second, day: first)
    }

    /// A 10-digit Unix time in seconds or a 13-digit one in milliseconds, as
    /// the UTC day of that instant; nil for any other field.
    private func parseEpoch(_ s: DateScanner) -> Day? {
        let length = s.end - s.position
        guard length == 10 || length == 13, let value = s.fixedDigitsInt64(length) else { return nil }
        let seconds = length == 13 ? value / 1000 : value
        return Day(ordinal: Int32(seconds / 86_400))
    }
}
