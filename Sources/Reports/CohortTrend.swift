import Metrics
import OnboardingModel

/// The last six close months, per segment: one grain (segment × cohort month)
/// that the summary's trend table, the SVG charts and the email's bar charts
/// all read, so the three always show the same figures.
///
/// Months are contiguous calendar months ending with the snapshot's month, so
/// a month in which a segment closed nothing shows as a gap, not as a
/// shifted axis. Figures come straight from cohorts.csv's rows.
struct CohortTrend: Sendable, Equatable {
    static let monthCount = 6

    /// `YYYY-MM`, oldest first.
    var months: [String]
    /// One per configured segment, in config order.
    var segments: [Series]

    /// One segment's cohorts; `points[i]` is nil when it closed nothing in `months[i]`.
    struct Series: Sendable, Equatable {
        var segmentIndex: Int
        var name: String
        var ttvTarget: Int
        var points: [GroupMetrics?]
    }

    init(_ content: ReportContent) {
        let months = Self.months(endingWith: content.window.snapshot)
        self.months = months
        let config = content.config
        var byKey: [String: GroupMetrics] = [:]
        for row in content.cohorts { byKey["\(row.segmentIndex) \(row.cohort)"] = row.metrics }
        segments = config.segments.enumerated().map { index, segment in
            Series(segmentIndex: index, name: segment.name, ttvTarget: config.ttvTarget(segment),
                   points: months.map { byKey["\(index) \($0)"] })
        }
    }

    /// The `monthCount` month keys ending with the month of `day`, oldest first.
    static func months(endingWith day: Day) -> [String] {
        var first = day.firstOfMonth
        var keys = [first.monthKey]
        while keys.count < monthCount {
            first = (first - 1).firstOfMonth
            keys.append(first.monthKey)
        }
        return keys.reversed()
    }
}

/// One figure of the trend, as charts and tables need it.
enum TrendFigure: CaseIterable, Sendable {
    case accounts, medianTTV, withinTarget, completion, stallRate

    /// Row label in the summary table.
    var label: String {
        switch self {
        case .accounts: "Accounts"
        case .medianTTV: "Median TTV, days"
        case .withinTarget: "Within target, %"
        case .completion: "Completion, %"
        case .stallRate: "Stall rate, %"
        }
    }

    func value(_ m: GroupMetrics) -> Rational? {
        switch self {
        case .accounts: Rational(m.accounts)
        case .medianTTV: m.ttvMedianDays
        case .withinTarget: m.ttvWithinTargetRate
        case .completion: m.completionRate
        case .stallRate: m.stallRate
        }
    }

    var isRate: Bool { self == .withinTarget || self == .completion || self == .stallRate }

    /// The figure as the summary shows it: rates as percentages with 1
    /// decimal, days with 1 decimal, counts whole; `—` when undefined.
    func text(_ m: GroupMetrics?) -> String {
        guard let m, let value = value(m) else { return "—" }
        switch self {
        case .accounts: return String(m.accounts)
        case .medianTTV: return value.formatted(places: 1)
        case .withinTarget, .completion, .stallRate: return (value * Rational(100)).formatted(places: 1)
        }
    }
}
