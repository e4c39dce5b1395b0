import Foundation
import Metrics
import OnboardingModel

/// summary.md's "Does onboarding pay off?": one sentence on the TTV claim and
/// one on completion, from outcomes.csv (SPEC §5, §7).
///
/// Worded so that nobody reads more into it than the data hold: the figures
/// with their counts, the interval and the p-value; "too few to tell" when a
/// band has fewer than `min_group_size` eligible accounts; an association in
/// these accounts, never a cause.
enum OutcomesSection {
    static func markdown(_ content: ReportContent) -> String {
        let rows = content.payoff.outcomes
        let minimum = content.config.thresholds.minGroupSize
        let limits = content.config.outcomes.ttvBands
        var lines: [String] = []
        // The fastest band against the slowest timed one (not `none`).
        let ttvBands = OutcomeBands.ttv(limits)
        lines.append(sentence(rows, factor: "ttv", first: ttvBands[0], second: ttvBands[ttvBands.count - 2],
                              minimum: minimum,
                              firstLabel: "Accounts that reached first value within \(limits[0]) days",
                              secondLabel: "in \(limits.last! + 1)+ days",
                              missing: "No account is old enough yet to compare retention by time to value."))
        lines.append(sentence(rows, factor: "completed_on_time", first: "true", second: "false", minimum: minimum,
                              firstLabel: "Onboardings completed within their window",
                              secondLabel: "not completed on time",
                              missing: "No account is old enough yet to compare retention by on-time completion."))
        var text = "## Does onboarding pay off?\n\n" + lines.map { "- \($0)\n" }.joined() + "\n"
        // Figures quoted: say what they can and cannot show.
        if lines.contains(where: { $0.contains("retained at") }) {
            text += "These are associations in this team's accounts, not proof of cause: accounts that onboard "
                + "faster may differ in other ways. Every band and horizon is in outcomes.csv.\n\n"
        }
        return text
    }

    /// "A: 93% retained at 365 days (n = 40); B: 71% (n = 25); ratio 1.31 (1.12–1.53), p = 0.002."
    /// at the longest horizon where both bands have a row, preferring one where both reach `minimum`.
    private static func sentence(_ rows: [OutcomeRow], factor: String, first: String?, second: String?,
                                 minimum: Int, firstLabel: String, secondLabel: String, missing: String) -> String {
        let pairs = rows.filter { $0.factor == factor && $0.band == first }.compactMap { a in
            rows.first { $0.factor == factor && $0.band == second && $0.horizonDays == a.horizonDays }.map { (a, $0) }
        }
        let enough = pairs.filter { $0.0.eligible >= minimum && $0.1.eligible >= minimum }
        guard let (a, b) = enough.last ?? pairs.last else { return missing }
        var text = "\(firstLabel): \(percent(a)) retained at \(a.horizonDays) days (n = \(a.eligible)); "
            + "\(secondLabel): \(percent(b)) (n = \(b.eligible))"
        guard a.eligible >= minimum, b.eligible >= minimum else {
            return text + ": too few accounts to tell (each group needs \(minimum))."
        }
        guard let versus = b.versusReference else { return text + "." }
        // The reference band over the other, as the claim is worded ("twice the rate"): the
        // CSV's ratio turned over, its Katz interval with it (symmetric on the log scale).
        if let ratio = versus.ratio, ratio.ratio > 0 {
            text += "; ratio \(String(format: "%.2f", 1 / ratio.ratio))"
            if let low = ratio.low, let high = ratio.high {
                text += " (\(String(format: "%.2f", 1 / high))–\(String(format: "%.2f", 1 / low)))"
            }
        }
        return text + ", \(shownP(versus.pValue))."
    }

    private static func percent(_ row: OutcomeRow) -> String {
        "\(row.retentionRate.map { ($0 * Rational(100)).formatted(places: 0) } ?? "—")%"
    }

    /// `p = 0.002`, `p = 0.49`, `p = 1`, `p < 0.001`: three decimals are what a reader weighs.
    static func shownP(_ p: Double) -> String {
        if p < 0.001 { return "p < 0.001" }
        var text = String(format: "%.3f", p)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return "p = \(text)"
    }
}
