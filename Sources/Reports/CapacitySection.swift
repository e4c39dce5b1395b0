import Metrics
import OnboardingModel

/// The capacity part of summary.md: required against assigned onboarding FTE
/// per segment now and for the forecast months, and the CSMs over capacity.
enum CapacitySection {
    static func markdown(_ content: ReportContent) -> String {
        let config = content.config
        let operations = content.operations
        var text = "## Capacity\n\n"
        let rows = config.segments.indices.compactMap { index -> [String]? in
            let rowsOfSegment = operations.capacity.filter { $0.segmentIndex == index }
            guard let now = rowsOfSegment.first(where: { $0.month == nil }) else { return nil }
            let forecast = rowsOfSegment.filter { $0.month != nil }
                .map { "\($0.month!.monthKey): \(fte($0.requiredFTE))" }.joined(separator: ", ")
            let utilization = now.assignedFTE.flatMap { assigned in
                assigned > .zero ? Summary.percent(now.requiredFTE / assigned)?.text : nil
            }
            return [MarkdownText.escape(config.segments[index].name), String(now.active ?? 0),
                    fte(now.requiredFTE), now.assignedFTE.map(fte) ?? "—", utilization ?? "—",
                    now.gapFTE.map(signedFTE) ?? "—", forecast.isEmpty ? "—" : forecast]
        }
        text += MarkdownText.table(
            ["Segment", "Active", "Required FTE", "Assigned FTE", "Utilization", "Gap", "Forecast required FTE"],
            [.left, .right, .right, .right, .right, .right, .left], rows)
        text += "\nRequired FTE = active onboardings ÷ capacity per CSM; the forecast applies Little's law "
            + "(expected deals per day × mean onboarding days). Details in capacity.csv.\n\n"
        let over = operations.redFlags.filter { $0.rule == .csmOverCapacity }
        if over.isEmpty {
            text += "No CSM is over capacity.\n\n"
        } else {
            let names = over.map { "\(MarkdownText.escape($0.key)) \(Summary.percent($0.value.value)?.text ?? "")"
                + ($0.severity == .critical ? " (critical)" : "") }
            text += "CSMs over capacity (utilization): \(names.joined(separator: ", ")). "
                + "Portfolios in csm_portfolio.csv.\n\n"
        }
        return text
    }

    private static func fte(_ value: Rational) -> String { value.formatted(places: 2) }

    private static func signedFTE(_ value: Rational) -> String {
        (value > .zero ? "+" : "") + value.formatted(places: 2)
    }
}
