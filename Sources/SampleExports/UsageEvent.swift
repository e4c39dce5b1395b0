import OnboardingModel

/// One product usage event of events.csv, decided but not yet written: the
/// events writer draws an account's events together, then writes every
/// account's events merged in time order (`TimeOrderedMerge`).
struct UsageEvent {
    /// The UTC instant, in seconds from `Day(ordinal: 0)`.
    var instant: Int
    /// `ACC-` id number of the account.
    var account: Int
    /// `U<userAccount>-<user>`.
    var userAccount: Int
    var user: Int
    /// Index into `EventsWriter.names`.
    var kind: UInt8
    /// How the date-time is spelled: `Z`, `Z` with milliseconds, or a local clock with an offset.
    var stamp: Stamp

    enum Stamp {
        case utc
        case utcMillis(Int)
        case local(offsetMinutes: Int)
    }

    var day: Day { Day(ordinal: Int32(instant / 86_400)) }
    var second: Int { instant % 86_400 }

    /// The instant of the start of `day`.
    static func instant(_ day: Day, second: Int = 0) -> Int { Int(day.ordinal) * 86_400 + second }
}
