import OnboardingModel

/// The newest input date not after today: the default as-of (SPEC §2).
///
/// Dates after today are typos or scheduled entries, not evidence of how
/// fresh the export is, so they never become the as-of.
struct NewestDate {
    let today: Day
    private(set) var value: Day?

    init(today: Day) { self.today = today }

    mutating func see(_ day: Day) {
        if day <= today, value.map({ day > $0 }) ?? true { value = day }
    }

    mutating func see(_ day: Day?) {
        if let day { see(day) }
    }

    mutating func merge(_ other: NewestDate) { see(other.value) }
}
