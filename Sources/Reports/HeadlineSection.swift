import Metrics
import OnboardingModel

/// The headline of summary.md: per segment and overall, each headline metric
/// at this window's snapshot beside the prior window's, with the direction.
///
/// Two tables of four or five metrics each, so that every line stays within
/// about 100 columns and reads in a plain-text email.
enum HeadlineSection {
    static func markdown(_ content: ReportContent) -> String {
        let p = content.window.prior
        var text = "## Headline\n\n"
        text += "Each cell: this \(p.period.rawValue), ▲ up / ▼ down / = flat, from the prior \(p.period.rawValue) "
            + "(\(p.start) to \(p.end)); — means no data.\n\n"
        text += MarkdownText.table(
            ["Segment", "Active", "New", "Median TTV, days", "Target", "Within target, %"],
            [.left, .right, .right, .right, .right, .right],
            rows(content) { now, prior, config in
                [ShownFigure.change(.count(now.metrics.active), prior.map { .count($0.metrics.active) }),
                 ShownFigure.change(.count(now.newInWindow), prior.map { .count($0.newInWindow) }),
                 ShownFigure.change(.kmMedian(survival(content.survival, now.segmentIndex)),
                                    .kmMedian(survival(content.priorSurvival, now.segmentIndex))),
                 now.segmentIndex.map { String(config.ttvTarget(config.segments[$0])) } ?? "",
                 ShownFigure.change(.percent(now.metrics.ttvWithinTargetRate),
                                    .percent(prior?.metrics.ttvWithinTargetRate))]
            })
        text += "\n"
        let utilization = Utilization(content)
        text += MarkdownText.table(
            ["Segment", "Completion, %", "Stall rate, %", "Handoff quality, %", "Utilization, %"],
            [.left, .right, .right, .right, .right],
            rows(content) { now, prior, _ in
                [ShownFigure.change(.percent(now.metrics.completionRate), .percent(prior?.metrics.completionRate)),
                 ShownFigure.change(.percent(now.metrics.stallRate), .percent(prior?.metrics.stallRate)),
                 ShownFigure.change(.percent(now.metrics.handoffQuality), .percent(prior?.metrics.handoffQuality)),
                 ShownFigure.change(.percent(utilization.now(now.segmentIndex)),
                                    .percent(utilization.prior(now.segmentIndex)))]
            })
        return text + "\n"
    }

    /// The survival row of a segment (nil: `all`) over every cohort.
    private static func survival(_ rows: [SurvivalRow], _ segmentIndex: Int?) -> SurvivalRow? {
        rows.first { $0.cohort == nil && $0.segmentIndex == segmentIndex }
    }

    /// One row per segments.csv row (segments in config order, then All),
    /// its cells built from the current and prior row of the same segment.
    private static func rows(_ content: ReportContent,
                             _ cells: (SegmentRow, SegmentRow?, Config) -> [String]) -> [[String]] {
        content.segments.map { row in
            let prior = content.priorSegments.first { $0.segmentIndex == row.segmentIndex }
            let name = row.segmentIndex.map { MarkdownText.escape(content.config.segments[$0].name) } ?? "All"
            return [name] + cells(row, prior, content.config)
        }
    }
}

/// Capacity utilization of a segment: required onboarding FTE (active ÷
/// capacity_per_csm) ÷ FTE assigned to it in csms.csv; overall, the sums.
/// csms.csv has no history, so the prior window uses today's assignment.
struct Utilization {
    private let config: Config
    private let assigned: [Rational?]
    private let active: [Int?: Int]
    private let priorActive: [Int?: Int]

    init(_ content: ReportContent) {
        config = content.config
        let capacity = content.operations.capacity
        assigned = config.segments.indices.map { index in
            capacity.first { $0.segmentIndex == index && $0.month == nil }?.assignedFTE
        }
        active = Dictionary(content.segments.map { ($0.segmentIndex, $0.metrics.active) }) { a, _ in a }
        priorActive = Dictionary(content.priorSegments.map { ($0.segmentIndex, $0.metrics.active) }) { a, _ in a }
    }

    func now(_ segmentIndex: Int?) -> Rational? { utilization(segmentIndex, active: active) }
    func prior(_ segmentIndex: Int?) -> Rational? { utilization(segmentIndex, active: priorActive) }

    private func utilization(_ segmentIndex: Int?, active: [Int?: Int]) -> Rational? {
        let indices = segmentIndex.map { [$0] } ?? Array(config.segments.indices)
        var required = Rational.zero, assignedTotal = Rational.zero
        for index in indices {
            guard let fte = assigned[index] else { return nil }
            required += Rational(active[index] ?? 0) / config.segments[index].capacityPerCSM
            assignedTotal += fte
        }
        return assignedTotal > .zero ? required / assignedTotal : nil
    }
}
