import OnboardingModel

/// The many ways real exports spell the same day, amount or label; every
/// variant here is one SPEC §3 accepts, so messy is not the same as rejected.
enum MessyFormats {
    enum DateStyle {
        /// `2026-06-30`
        case iso
        /// `6/30/2026` (month first, the default `csv.date_order`)
        case slash
        /// `2026-06-30T10:22:31Z`
        case dateTime
        /// `2026-06-30 10:22`
        case spaced
    }

    /// Mostly ISO days; a fraction of a percent each of the other styles.
    static func dateStyle(_ r: inout SampleRandom) -> DateStyle {
        let u = r.unit()
        if u < 0.008 { return .slash }
        if u < 0.013 { return .dateTime }
        if u < 0.016 { return .spaced }
        return .iso
    }

    static func write(_ day: Day, _ style: DateStyle, to out: inout ByteSink, _ r: inout SampleRandom) {
        switch style {
        case .iso:
            out.day(day)
        case .slash:
            let c = day.components
            out.int(c.month); out.byte(UInt8(ascii: "/"))
            out.int(c.day); out.byte(UInt8(ascii: "/"))
            out.int(c.year)
        case .dateTime:
            // Business hours UTC, so the UTC date is the intended day.
            out.day(day); out.byte(UInt8(ascii: "T"))
            out.clock(r.int(in: 8 * 3600...20 * 3600)); out.byte(UInt8(ascii: "Z"))
        case .spaced:
            out.day(day); out.byte(UInt8(ascii: " "))
            out.int(r.int(in: 8...18), width: 2); out.byte(UInt8(ascii: ":"))
            out.int(r.below(60), width: 2)
        }
    }

    /// An amount in whole units, usually bare, sometimes with `.00`, rarely with a
    /// currency symbol or code and thousands separators.
    static func writeMoney(_ units: Int, to out: inout ByteSink, _ r: inout SampleRandom) {
        let u = r.unit()
        if u < 0.006 {
            out.byte(UInt8(ascii: "\"")); out.text("$"); grouped(units, &out); out.text(".00\"")
        } else if u < 0.010 {
            out.text("USD "); out.int(units)
        } else if u < 0.013 {
            out.byte(UInt8(ascii: "\"")); out.text("£"); grouped(units, &out); out.byte(UInt8(ascii: "\""))
        } else if u < 0.016 {
            out.text("€"); out.int(units); out.text(".00")
        } else if u < 0.16 {
            out.int(units); out.text(".00")
        } else {
            out.int(units)
        }
    }

    /// `120000` → `120,000` (the caller quotes the field: it holds commas).
    private static func grouped(_ value: Int, _ out: inout ByteSink) {
        if value >= 1000 {
            grouped(value / 1000, &out)
            out.byte(UInt8(ascii: ",")); out.int(value % 1000, width: 3)
        } else {
            out.int(value)
        }
    }

    /// The segment column as sales ops fill it: mostly the configured name,
    /// sometimes empty, sometimes a label that normalizes to it, rarely a label
    /// no config knows (the product then falls back on ACV and warns).
    static func segmentLabel(_ segment: SampleSegment, _ r: inout SampleRandom) -> String {
        let u = r.unit()
        if u < 0.06 { return "" }
        if u < 0.13 {
            switch segment {
            case .enterprise: return r.pick(["Enterprise", "ENTERPRISE", "enterprise "])
            case .midMarket: return r.pick(["Mid-Market", "Mid Market", "mid-market"])
            case .smb: return r.pick(["SMB ", "SMB", "Smb"])
            }
        }
        if u < 0.135 { return r.pick(["Strategic", "Commercial", "Growth"]) }
        return segment.name
    }
}
