import OnboardingModel

/// Sentences of the data-quality section about the run as a whole rather
/// than one file (SPEC §3 "Robustness", §7): an as-of after today, dates
/// after today the default as-of left out, a window with no activity, and
/// an export without handoff data.
public enum DataQualityLines {
    /// - Parameters:
    ///   - asOfGiven: whether `--as-of` was given (dates after today are then
    ///     the user's choice, not something the default left out).
    ///   - windowHasActivity: whether anything closed, progressed or churned
    ///     in the window (`WindowActivity.hasActivity`).
    public static func lines(window: ReportWindow, today: Day, asOfGiven: Bool, data: IngestedData,
                             config: Config, windowHasActivity: Bool) -> [String] {
        var lines: [String] = []
        if window.asOf > today {
            lines.append("The as-of date \(window.asOf) is after today (\(today)); figures past today "
                + "count only what the exports already hold.")
        }
        if !asOfGiven, data.datesAfterToday > 0, let newest = data.newestAfterToday {
            lines.append(afterToday(count: data.datesAfterToday, newest: newest))
        }
        if !windowHasActivity {
            lines.append(quietWindow(window))
        }
        if config.handoff.fields.isEmpty {
            lines.append(handoffAbsent)
        }
        return lines
    }

    /// The line about dates after today, which never pick the default as-of.
    public static func afterToday(count: Int, newest: Day) -> String {
        "\(count) date\(count == 1 ? "" : "s") after today (newest \(newest)) \(count == 1 ? "was" : "were") "
            + "left out when picking the as-of date; pass --as-of to report on a later day."
    }

    /// `the week 2026-W45 has no activity; did you mean --period month or another --as-of?`
    public static func quietWindow(_ window: ReportWindow) -> String {
        let wider: String
        switch window.period {
        case .day: wider = "--period week or "
        case .week: wider = "--period month or "
        case .month: wider = ""
        }
        return "Quiet window: the \(window.period.rawValue) \(window.label) has no activity; did you mean "
            + "\(wider)another --as-of? (No deal closed, no milestone was achieved and no account churned in it.)"
    }

    public static let handoffAbsent = "Handoff data is absent (handoff.fields is empty): handoff scores, "
        + "handoff quality and the handoff_incomplete flag are not reported."
}
