import Metrics
import OnboardingModel

/// The capacity part of summary.md: required against assigned onboarding FTE
/// per segment now, the required FTE of the next forecast months, and the
/// CSMs over capacity.
enum CapacitySection {
    /// Forecast months shown; capacity.csv has them all.
    static let forecastMonths = 6

    static func markdown(_ content: ReportContent) -> String {
        let config = content.config
        let operations = content.operations
        var text = "## Capacity\n\n"
        let rows = config.segments.indices.compactMap { index -> [String]? in
            guard let now = operations.capacity.first(where: { $0.segmentIndex == index && $0.month == nil })
            else { return nil }
            let utilization = now.assignedFTE.flatMap { assigned in
                assigned > .zero ? ShownFigure.percent(now.requiredFTE / assigned)?.text : nil
            }
            return [MarkdownText.escape(config.segments[index].name), String(now.active ?? 0),
                    fte(now.requiredFTE), now.assignedFTE.map(fte) ?? "—", utilization ?? "—",
                    now.gapFTE.map(signedFTE) ?? "—"]
        }
        text += MarkdownText.table(
            ["Segment", "Active", "Required FTE", "Assigned FTE", "Utilization, %", "Gap FTE"],
            [.left, .right, .right, .right, .right, .right], rows)
        text += "\nRequired FTE = active onboardings ÷ capacity per CSM.\n\n"
        text += forecast(content)
        let over = operations.redFlags.filter { $0.rule == .csmOverCapacity }
        if over.isEmpty {
            text += "No CSM is over capacity.\n\n"
        } else {
            let names = over.map { "\(MarkdownText.escape($0.key)) \(ShownFigure.percent($0.value.value)?.text ?? "")%"
                + ($0.severity == .critical ? " (critical)" : "") }
            text += "CSMs over capacity (utilization): \(names.joined(separator: ", ")). "
                + "Portfolios in csm_portfolio.csv.\n\n"
        }
        return text
    }

    /// Required FTE per segment for the forecast months from the snapshot's
    /// month on, one column per month; nothing without forecast.csv.
    private static func forecast(_ content: ReportContent) -> String {
        let config = content.config
        let thisMonth = content.window.snapshot.firstOfMonth
        let future = content.operations.capacity.filter { ($0.month.map { $0 >= thisMonth }) ?? false }
        let months = Array(Set(future.compactMap(\.month))).sorted().prefix(forecastMonths)
        guard !months.isEmpty else { return "" }
        let rows = config.segments.indices.map { index in
            [MarkdownText.escape(config.segments[index].name)] + months.map { month in
                future.first { $0.segmentIndex == index && $0.month == month }.map { fte($0.requiredFTE) } ?? "—"
            }
        }
        return "Forecast required FTE (Little's law: expected deals per day × mean onboarding days):\n\n"
            + MarkdownText.table(["Segment"] + months.map(\.monthKey),
                                 [.left] + months.map { _ in .right }, rows)
            + "\n"
    }

    private static func fte(_ value: Rational) -> String { value.formatted(places: 2) }

    private static func signedFTE(_ value: Rational) -> String {
        (value > .zero ? "+" : "") + value.formatted(places: 2)
    }
}
