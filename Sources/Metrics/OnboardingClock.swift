import OnboardingModel

/// An account's onboarding clock (SPEC §5 "The clock"): calendar days, less the days a
/// customer hold covers. Vendor holds do not stop it.
///
/// Without customer holds (every account when there is no holds.csv) it holds no array and
/// `net(from:to:)` is plain `b − a`.
public struct OnboardingClock: Sendable, Equatable {
    /// Customer-hold runs as day ordinals [start, end): sorted, disjoint and not touching
    /// (overlapping or back-to-back holds merged, so each day counts once); `end` is
    /// `Int32.max` for a hold still open.
    private let runs: [(start: Int32, end: Int32)]

    /// The clock of an account without customer holds.
    public static let calendar = OnboardingClock(runs: [])

    private init(runs: [(start: Int32, end: Int32)]) { self.runs = runs }

    /// The clock of an account with these holds (any order; vendor holds ignored).
    public init(holds: [OnboardingHold]) {
        guard holds.contains(where: { $0.owner == .customer }) else {
            self = .calendar
            return
        }
        let customer = holds.filter { $0.owner == .customer }
            .map { (start: $0.start.ordinal, end: $0.end?.ordinal ?? Int32.max) }
            .filter { $0.start < $0.end }
            .sorted { $0.start < $1.start }
        var merged: [(start: Int32, end: Int32)] = []
        for run in customer {
            if let last = merged.last, run.start <= last.end {
                merged[merged.count - 1].end = max(last.end, run.end)
            } else {
                merged.append(run)
            }
        }
        runs = merged
    }

    public static func == (a: OnboardingClock, b: OnboardingClock) -> Bool {
        a.runs.elementsEqual(b.runs) { $0.start == $1.start && $0.end == $1.end }
    }

    /// True when no customer hold ever stops this clock.
    public var isCalendar: Bool { runs.isEmpty }

    /// net(a, b) = days(a, b) − the days d with a ≤ d < b a customer hold covers.
    /// Callers pass b ≤ S + 1, so an open hold counts through S only.
    public func net(from a: Day, to b: Day) -> Int {
        runs.isEmpty ? b - a : (b - a) - heldDays(from: a, to: b)
    }

    /// The days d with a ≤ d < b a customer hold covers (0 when b ≤ a).
    public func heldDays(from a: Day, to b: Day) -> Int {
        var held = 0
        for run in runs {
            let low = max(run.start, a.ordinal), high = min(run.end, b.ordinal)
            if low < high { held += Int(high) - Int(low) }
        }
        return held
    }

    /// The run of consecutive customer-hold days that covers `day`, as [start, end) with
    /// `end` nil when still open; nil when no customer hold covers it.
    public func holdRun(covering day: Day) -> (start: Day, end: Day?)? {
        for run in runs where run.start <= day.ordinal && day.ordinal < run.end {
            return (Day(ordinal: run.start), run.end == Int32.max ? nil : Day(ordinal: run.end))
        }
        return nil
    }

    /// The customer-hold runs as [start, end) day pairs clipped to [from, to), for callers
    /// that count other kinds of days inside them (business days).
    func heldRanges(from a: Day, to b: Day) -> [(start: Day, end: Day)] {
        runs.compactMap { run in
            let low = max(run.start, a.ordinal), high = min(run.end, b.ordinal)
            return low < high ? (Day(ordinal: low), Day(ordinal: high)) : nil
        }
    }
}
