import OnboardingModel

/// The newest input date not after today: the default as-of (SPEC §2).
///
/// Dates after today are typos or scheduled entries, not evidence of how
/// fresh the export is, so they never become the as-of; they are counted,
/// with the newest of them, for the data-quality section.
struct NewestDate {
    let today: Day
    private(set) var value: Day?
    /// Dates seen after today.
    private(set) var afterToday = 0
    /// The newest of those.
    private(set) var newestAfterToday: Day?

    init(today: Day) { self.today = today }

    mutating func see(_ day: Day) {
        if day <= today {
            if value.map({ day > $0 }) ?? true { value = day }
        } else {
            afterToday += 1
            if newestAfterToday.map({ day > $0 }) ?? true { newestAfterToday = day }
        }
    }

    mutating func see(_ day: Day?) {
        if let day { see(day) }
    }

    mutating func merge(_ other: NewestDate) {
        see(other.value)
        afterToday += other.afterToday
        if let later = other.newestAfterToday, newestAfterToday.map({ later > $0 }) ?? true {
            newestAfterToday = later
        }
    }
}
