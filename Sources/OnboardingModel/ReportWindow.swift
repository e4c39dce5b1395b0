/// The kind of report: how long a window it covers.
public enum Period: String, Sendable, Equatable, CaseIterable {
    case day, week, month
}

/// The last complete period ending on or before the as-of day (SPEC §2).
///
/// Every "as of" figure is computed at `snapshot`, the window's last day.
public struct ReportWindow: Sendable, Equatable {
    public let period: Period
    public let asOf: Day
    public let start: Day
    /// The window's last day: the snapshot S.
    public let end: Day

    public var snapshot: Day { end }

    public init(period: Period, asOf: Day) {
        self.period = period
        self.asOf = asOf
        switch period {
        case .day:
            start = asOf
            end = asOf
        case .week:
            // Last Sunday on or before as-of (ISO weekday 7).
            let sunday = asOf - (asOf.isoWeekday % 7)
            start = sunday - 6
            end = sunday
        case .month:
            let lastMonthEnd = asOf == asOf.lastOfMonth ? asOf : asOf.firstOfMonth - 1
            start = lastMonthEnd.firstOfMonth
            end = lastMonthEnd
        }
    }

    /// The window of the same kind just before this one.
    public var prior: ReportWindow { ReportWindow(period: period, asOf: start - 1) }

    /// Directory label: `2026-11-22` (day), `2026-W47` (week of the window's
    /// Monday), `2026-10` (month).
    public var label: String {
        switch period {
        case .day: return end.description
        case .week:
            let w = start.isoWeek
            return "\(pad(w.year, 4))-W\(pad(w.week, 2))"
        case .month: return start.monthKey
        }
    }

    public func contains(_ day: Day) -> Bool { start <= day && day <= end }
}
