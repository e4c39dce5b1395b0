import Foundation
import Metrics
import OnboardingModel
import Testing
@testable import Reports
import TestSupport

@Suite struct ChartTests {
    @Test(arguments: [
        ("2026-11-22", ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]),
        ("2026-02-28", ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"]),
    ])
    func sixContiguousMonthsEndingWithTheSnapshot(snapshot: String, months: [String]) {
        #expect(CohortTrend.months(endingWith: Day(iso: snapshot)!) == months)
    }

    @Test func trendPlacesEachCohortInItsMonth() {
        let trend = CohortTrend(Fixtures.content)
        // A closed 2026-09 (enterprise), B 2026-10 (mid_market), C 2026-11 (smb).
        #expect(trend.segments.map(\.name) == ["enterprise", "mid_market", "smb"])
        #expect(trend.segments.map(\.ttvTarget) == [60, 30, 14])
        #expect(trend.segments.map { $0.points.map { $0?.accounts } } == [
            [nil, nil, nil, 1, nil, nil], [nil, nil, nil, nil, 1, nil], [nil, nil, nil, nil, nil, 1],
        ])
    }

    @Test func trendTableRowsPerSegmentAndFigure() {
        let text = CohortTrendSection.markdown(CohortTrend(Fixtures.content))
        #expect(text.contains("![Median TTV (reached only) by close month, days (dashed: target)](ttv_trend.svg)\n"))
        let lines = text.split(separator: "\n").filter { $0.hasPrefix("| ") }
        // Header, rule, then 5 figures × 3 segments.
        #expect(lines.count == 17)
        #expect(lines[2] == "| enterprise | Accounts         |       — |       — |       — |       1 |       — |       — |")
        #expect(lines[3] == "|            | Median TTV, days |       — |       — |       — |    49.0 |       — |       — |")
        // B: eligible for TTV (33 ≥ 30) with none: 0.0%; stalled, the only active: 100.0%.
        #expect(lines[9] == "|            | Within target, % |       — |       — |       — |       — |     0.0 |       — |")
        #expect(lines[11] == "|            | Stall rate, %    |       — |       — |       — |       — |   100.0 |       — |")
    }

    @Test func runsBreakAtGaps() {
        let runs = TrendSVG.runs([Rational(1), nil, Rational(2), Rational(3), nil])
        #expect(runs.map { $0.map(\.index) } == [[0], [2, 3]])
    }

    @Test func dayAxisRoundsUpToFiveRoundSteps() {
        var content = Fixtures.content
        // Largest day figure is the enterprise target 60: 5 × 10 = 50 is short, 5 × 20 = 100.
        #expect(TrendSVG.axisMax(.ttv, CohortTrend(content), config: content.config) == 100)
        content.config.segments = content.config.segments.map { segment in
            var s = segment
            s.dueDays["first_value"] = min(s.dueDays["first_value"]!, 20)
            return s
        }
        // Now the largest is A's median 49 (targets 20, 20, 14): 5 × 10 = 50.
        #expect(TrendSVG.axisMax(.ttv, CohortTrend(content), config: content.config) == 50)
        #expect(TrendSVG.axisMax(.stall, CohortTrend(content), config: content.config) == 100)
    }

    @Test func svgPlotsWhatTheTrendHolds() throws {
        let svg = TrendSVG.svg(.ttv, CohortTrend(Fixtures.content), config: Fixtures.config)
        // Plot 568 × 208 from (52, 58); enterprise 2026-09 is month 3 of 6:
        // x = 52 + 3.5 × 568 / 6 = 383.3; y = 58 + 208 × (1 − 49/100) = 164.1.
        #expect(svg.contains("<circle cx=\"383.3\" cy=\"164.1\" r=\"4\" fill=\"#0072B2\"><title>enterprise 2026-09: 49.0</title>"))
        // Target 60 of enterprise: y = 58 + 208 × 0.4 = 141.2, dashed in its colour.
        #expect(svg.contains("y1=\"141.2\" x2=\"620.0\" y2=\"141.2\" stroke=\"#0072B2\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\""))
        let dir = try TempDirectory()
        let path = dir.path + "/ttv_trend.svg"
        try svg.write(toFile: path, atomically: true, encoding: .utf8)
        // One point each, none adjacent: circles only, no lines.
        #expect(try EmailPython.run(EmailPython.parseSVG, file: path) == "svg 1 0\n")
    }

    @Test func svgEscapesSegmentNamesAndJoinsAdjacentMonths() throws {
        var content = Fixtures.content
        content.config.segments[0].name = "<ent & \"co\">"
        content.cohorts.append(CohortRow(segmentIndex: 0, cohort: "2026-10", metrics: Fixtures.enterprise))
        let svg = TrendSVG.svg(.ttv, CohortTrend(content), config: content.config)
        #expect(svg.contains("&lt;ent &amp; &quot;co&quot;&gt;") && !svg.contains("<ent"))
        let dir = try TempDirectory()
        let path = dir.path + "/ttv_trend.svg"
        try svg.write(toFile: path, atomically: true, encoding: .utf8)
        // 2026-09 and 2026-10 join into one line of two points.
        #expect(try EmailPython.run(EmailPython.parseSVG, file: path) == "svg 2 1\n")
    }

    @Test func emailBarsAreColouredByStanding() {
        let trend = CohortTrend(Fixtures.content)
        let ttv = TrendHTML.html(.ttv, trend, config: Fixtures.config)
        // 49 ≤ 60: green; enterprise's scale is its target 60: 49/60 of 48 px = 39.2 → 39 px.
        #expect(ttv.contains("height=\"39\" bgcolor=\"#2E7D32\""))
        let stall = TrendHTML.html(.stall, trend, config: Fixtures.config)
        // mid_market 100% > 15%: red, full height; smb 0%: green, the 2 px minimum.
        #expect(stall.contains("height=\"48\" bgcolor=\"#C62828\""))
        #expect(stall.contains("height=\"2\" bgcolor=\"#2E7D32\""))
    }

    struct Standing: Sendable, CustomTestStringConvertible {
        let name: String
        let chart: TrendChart
        let percentOrDays: Int
        let standing: TrendChart.Standing
        var testDescription: String { name }
    }

    @Test(arguments: [
        Standing(name: "TTV at target", chart: .ttv, percentOrDays: 60, standing: .good),
        Standing(name: "TTV over target", chart: .ttv, percentOrDays: 61, standing: .bad),
        Standing(name: "completion at warning 60%", chart: .completion, percentOrDays: 60, standing: .good),
        Standing(name: "completion between 50% and 60%", chart: .completion, percentOrDays: 50, standing: .watch),
        Standing(name: "completion under critical 50%", chart: .completion, percentOrDays: 49, standing: .bad),
        Standing(name: "stall at warning 15%", chart: .stall, percentOrDays: 15, standing: .good),
        Standing(name: "stall over warning", chart: .stall, percentOrDays: 16, standing: .bad),
    ])
    func standingFollowsTheRedFlagBands(_ c: Standing) {
        let series = CohortTrend(Fixtures.content).segments[0]  // enterprise, target 60
        #expect(c.chart.standing(Rational(c.percentOrDays), series, config: Fixtures.config) == c.standing)
    }
}
