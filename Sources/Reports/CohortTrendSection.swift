/// The cohort-trend part of summary.md: per segment, how each of the last six
/// close months is doing at the snapshot, with the trend charts beside it.
enum CohortTrendSection {
    static func markdown(_ trend: CohortTrend) -> String {
        var text = "## Cohort trend\n\n"
        text += "Accounts by close month, measured at the snapshot. Recent months are still young: "
            + "their median TTV here (reached only) counts only the accounts that already reached first "
            + "value (the headline's survival median counts every account), and completion waits for the "
            + "onboarding window to end (—).\n\n"
        // One paragraph per chart: the HTML email swaps each for its bar table.
        for chart in TrendChart.all {
            text += "![\(chart.title)](\(chart.fileName))\n\n"
        }
        var rows: [[String]] = []
        for series in trend.segments {
            for (i, figure) in TrendFigure.allCases.enumerated() {
                let name = i == 0 ? MarkdownText.escape(series.name) : ""
                rows.append([name, figure.label] + series.points.map(figure.text))
            }
        }
        text += MarkdownText.table(["Segment", "Figure"] + trend.months,
                                   [.left, .left] + trend.months.map { _ in .right }, rows)
        return text + "\n"
    }
}
