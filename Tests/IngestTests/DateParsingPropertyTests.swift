@testable import Ingest
import OnboardingModel
import PropertyBased
import Testing

/// Properties: every day `Day` can hold prints and parses back to itself in each accepted
/// format, and a date-time with an offset lands on the UTC day of its instant.
@Suite("Date parsing round trip (property)")
struct DateParsingPropertyTests {
    static let first = DateParser.firstDay
    static let last = DateParser.lastDay
    /// Any day of years 1900...2199, the range a date may have (SPEC §3 "Robustness"), with its first and
    /// last three days drawn often: an offset can shift those out of the range.
    static let day = Gen.frequency(
        (weight: 4, gen: Gen.int32(in: first.ordinal...last.ordinal)),
        (weight: 1, gen: Gen.int32(in: first.ordinal...(first.ordinal + 2))),
        (weight: 1, gen: Gen.int32(in: (last.ordinal - 2)...last.ordinal))
    ).map { Day(ordinal: $0) }

    @Test func isoDayParsesBackInEitherOrder() async {
        await propertyCheck(count: 1000, input: Self.day) { day in
            #expect(DateParser(order: .mdy).parse(day.description) == day)
            #expect(DateParser(order: .dmy).parse(day.description) == day)
        }
    }

    @Test func slashDayParsesBackInItsOrder() async {
        await propertyCheck(count: 1000, input: Self.day, Gen.bool) { day, padded in
            let (_, month, dayOfMonth) = day.components
            let year = String(day.description.prefix(4))
            let yy = String(year.suffix(2))
            let m = padded && month < 10 ? "0\(month)" : "\(month)"
            let d = padded && dayOfMonth < 10 ? "0\(dayOfMonth)" : "\(dayOfMonth)"
            #expect(DateParser(order: .mdy).parse("\(m)/\(d)/\(year)") == day)
            #expect(DateParser(order: .dmy).parse("\(d)/\(m)/\(year)") == day)
            // Two digits stand for 1969...2068 only.
            let windowed = (1969...2068).contains(day.components.year) ? day : nil
            let twoDigit = DateParser(order: .mdy).parse("\(m)/\(d)/\(yy)")
            #expect(twoDigit == windowed || (windowed == nil && twoDigit?.components.year != day.components.year))
        }
    }

    @Test func dateTimeWithOffsetLandsOnItsUTCDay() async {
        // Local minutes of the day, and an offset of up to ±23:59.
        let minute = Gen.int(in: 0...(24 * 60 - 1))
        let offset = Gen.int(in: -(23 * 60 + 59)...(23 * 60 + 59))
        await propertyCheck(count: 1000, input: Self.day, minute, offset) { day, minute, offset in
            let text = "\(day)T\(two(minute / 60)):\(two(minute % 60)):00"
                + "\(offset < 0 ? "-" : "+")\(two(abs(offset) / 60)):\(two(abs(offset) % 60))"
            // UTC = local - offset, in -1439...2878 minutes from the local midnight: the day
            // before, the day, or the day after; a UTC day outside years 1900...2199 is no day.
            let utc = minute - offset
            let shifted = utc < 0 ? day - 1 : utc >= 24 * 60 ? day + 1 : day
            let expected = (Self.first...Self.last).contains(shifted) ? shifted : nil
            #expect(DateParser().parse(text) == expected, "\(text)")
        }
    }

    private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
