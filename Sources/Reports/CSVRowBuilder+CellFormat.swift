import CSVStream
import OnboardingModel

/// `CellFormat`'s rules written straight into a row as bytes, for the tables
/// of a million rows (accounts.csv) and hundreds of thousands (red_flags.csv):
/// the same text, without a `String` per cell.
extension CSVRowBuilder {
    mutating func date(_ value: Day?) {
        guard let value else { return empty() }
        let c = value.components
        date(year: c.year, month: c.month, day: c.day)
    }

    mutating func text(_ value: TextBytes) {
        value.bytes.withUnsafeBufferPointer { text(utf8: $0) }
    }

    /// Text from an export, made spreadsheet-safe as `input(_: String)` does.
    mutating func input(_ value: TextBytes) {
        value.bytes.withUnsafeBufferPointer { input(utf8: $0) }
    }

    mutating func integer(_ value: Int?) {
        guard let value else { return empty() }
        integer(value)
    }

    mutating func bool(_ value: Bool?) {
        guard let value else { return empty() }
        text(value ? "true" : "false")
    }

    /// Hundredths of the report currency with 2 places, as `CellFormat.money`.
    mutating func money(cents: Int64) {
        decimal(cents.magnitude, negative: cents < 0, places: 2)
    }

    /// A rational with `places` decimals, rounding halves away from zero
    /// exactly as `Rational.formatted(places:)` does; empty for nil.
    mutating func rational(_ value: Rational?, places: Int) {
        guard let value else { return empty() }
        var unit: UInt64 = 1
        for _ in 0..<places { unit *= 10 }
        let (whole, fraction) = value.fixedPoint(places: places)
        let (shifted, o1) = whole.multipliedReportingOverflow(by: unit)
        let (scaled, o2) = shifted.addingReportingOverflow(fraction)
        // Beyond 64 bits once scaled (only absurd inputs): the slower text path.
        guard !(o1 || o2) else { return text(value.formatted(places: places)) }
        decimal(scaled, negative: value.numerator < 0, places: places)
    }
}
