import Metrics
import OnboardingModel

/// A figure as the summary shows it, with the exact value of what is shown:
/// directions of change compare shown values, so two equal-looking numbers
/// are never ▲ or ▼.
struct ShownFigure: Equatable {
    var text: String
    var value: Rational

    static func count(_ n: Int) -> ShownFigure { ShownFigure(text: String(n), value: Rational(n)) }

    /// Days with 1 decimal: `51.0`.
    static func days(_ r: Rational?) -> ShownFigure? {
        r.map { rounded($0.formatted(places: 1)) }
    }

    /// The Kaplan–Meier median TTV in whole days, or `> N` (N the longest follow-up) when the
    /// curve has not reached one half; nil without accounts. `> N` compares as N + ½: above
    /// N, whatever the true median turns out to be.
    static func kmMedian(_ row: SurvivalRow?) -> ShownFigure? {
        guard let row else { return nil }
        if let median = row.kmMedianDays { return ShownFigure(text: String(median), value: Rational(median)) }
        return row.longestFollowUp.map { ShownFigure(text: "> \($0)", value: Rational(Int64(2 * $0 + 1), 2)) }
    }

    /// A rate as a percentage with 1 decimal and no sign (the column header
    /// says `%`): 5/8 is `62.5`.
    static func percent(_ r: Rational?) -> ShownFigure? {
        r.map { rounded(($0 * Rational(100)).formatted(places: 1)) }
    }

    private static func rounded(_ digits: String) -> ShownFigure {
        // `formatted` always yields a plain decimal, which parses back exactly.
        ShownFigure(text: digits, value: Rational(decimal: digits) ?? .zero)
    }

    /// `84.8 ▲ from 84.4`; `—` for a missing side, and then no arrow.
    static func change(_ now: ShownFigure?, _ prior: ShownFigure?) -> String {
        let head = now?.text ?? "—"
        let from = "from " + (prior?.text ?? "—")
        guard let now, let prior else { return "\(head) \(from)" }
        let arrow = now.value > prior.value ? "▲" : now.value < prior.value ? "▼" : "="
        return "\(head) \(arrow) \(from)"
    }
}
