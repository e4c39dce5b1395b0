import Metrics
import OnboardingModel

/// The health section of summary.md (SPEC §5, §7): per segment and overall,
/// active onboardings in each health band beside the prior window's counts,
/// and the adoption rate when events were read.
enum HealthSection {
    static func markdown(_ content: ReportContent) -> String {
        let health = content.config.health
        var text = "## Onboarding health\n\n"
        text += "Active onboardings by health score (0–100; green at \(health.green.formatted(places: 0)) or more, "
            + "amber at \(health.amber.formatted(places: 0)) or more, else red); each account's score and the two "
            + "components that pull it down are in accounts.csv.\n\n"
        let withAdoption = content.data.hasEvents
        var header = ["Segment", "Green", "Amber", "Red"]
        if withAdoption { header.append("Adoption, %") }
        let rows = content.segments.map { row -> [String] in
            let prior = content.priorSegments.first { $0.segmentIndex == row.segmentIndex }?.metrics
            let now = row.metrics
            var cells = [row.segmentIndex.map { MarkdownText.escape(content.config.segments[$0].name) } ?? "All",
                         ShownFigure.change(.count(now.healthGreen), prior.map { .count($0.healthGreen) }),
                         ShownFigure.change(.count(now.healthAmber), prior.map { .count($0.healthAmber) }),
                         ShownFigure.change(.count(now.healthRed), prior.map { .count($0.healthRed) })]
            if withAdoption {
                cells.append(ShownFigure.change(.percent(now.adoptionRate), .percent(prior?.adoptionRate)))
            }
            return cells
        }
        text += MarkdownText.table(header, [.left] + Array(repeating: .right, count: header.count - 1), rows)
        return text + "\n"
    }
}
