import OnboardingModel

/// A trend chart for the HTML email: a table of vertical bars, one row per
/// segment and one column per month, each bar coloured by how it reads
/// against the segment's target or the warning threshold.
///
/// Mail clients run no scripts and many (Gmail, Outlook) show no SVG, but
/// every one of them draws table cells with a height and a background colour;
/// attributes (`height`, `bgcolor`) back up the inline styles for Outlook's
/// Word engine.
enum TrendHTML {
    static let barHeight = 48
    static let barWidth = 22

    static func html(_ chart: TrendChart, _ trend: CohortTrend, config: Config) -> String {
        let font = "font-family:Helvetica,Arial,sans-serif;"
        var out = "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
            + "style=\"border-collapse:collapse;margin:8px 0 18px 0;\">\n"
        out += "<tr><td colspan=\"\(trend.months.count + 1)\" style=\"\(font)font-size:14px;font-weight:bold;"
            + "color:#222222;padding:0 0 6px 0;\">\(XMLText.escape(chart.name))<br><span style=\"font-size:11px;"
            + "font-weight:normal;color:#777777;\">\(legend(chart))</span></td></tr>\n"
        for series in trend.segments {
            let guide = chart.guideValue(series, config: config)
            let maxY = rowMax(chart, series, guide: guide)
            let guideText = chart.figure.isRate ? guide.formatted(places: 0) + "%" : guide.formatted(places: 0) + " d"
            out += "<tr><td rowspan=\"2\" valign=\"middle\" style=\"\(font)font-size:13px;color:#222222;"
                + "padding:0 12px 0 0;white-space:nowrap;\">\(XMLText.escape(series.name))<br>"
                + "<span style=\"font-size:11px;color:#777777;\">"
                + "\(chart.guide == .ttvTarget ? "target" : "warning") \(guideText)</span></td>\n"
            for point in series.points {
                out += "<td height=\"\(barHeight)\" valign=\"bottom\" align=\"center\" "
                    + "style=\"height:\(barHeight)px;padding:0 5px;border-bottom:1px solid #999999;\">"
                    + bar(chart.plotted(point), maxY: maxY, color: chart.plotted(point).map {
                        color(chart.standing($0, series, config: config))
                    }) + "</td>\n"
            }
            out += "</tr>\n<tr>"
            for point in series.points {
                out += "<td align=\"center\" style=\"\(font)font-size:11px;color:#333333;padding:2px 5px 10px 5px;\">"
                    + "\(chart.figure.text(point))</td>"
            }
            out += "</tr>\n"
        }
        out += "<tr><td></td>"
        for month in trend.months {
            out += "<td align=\"center\" style=\"\(font)font-size:11px;color:#777777;padding:0 5px;\">\(month)</td>"
        }
        return out + "</tr>\n</table>\n"
    }

    /// Rates share the 0–100 scale; days scale per segment to its larger of
    /// target and longest median, so a 14-day segment's trend is as visible
    /// as a 60-day one's.
    static func rowMax(_ chart: TrendChart, _ series: CohortTrend.Series, guide: Rational) -> Double {
        guard !chart.figure.isRate else { return 100 }
        return series.points.compactMap { chart.plotted($0)?.doubleValue }.reduce(guide.doubleValue, max)
    }

    /// A bar of height proportional to the value (at least 2 px, so a zero
    /// still shows); nothing for a missing value.
    private static func bar(_ value: Rational?, maxY: Double, color: String?) -> String {
        guard let value, let color else { return "" }
        let height = max(2, Int((Double(barHeight) * value.doubleValue / maxY).rounded()))
        return "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" align=\"center\">"
            + "<tr><td width=\"\(barWidth)\" height=\"\(height)\" bgcolor=\"\(color)\" "
            + "style=\"width:\(barWidth)px;height:\(height)px;background-color:\(color);font-size:0;"
            + "line-height:0;\">&nbsp;</td></tr></table>"
    }

    /// What the bar colours mean for this chart.
    static func legend(_ chart: TrendChart) -> String {
        switch chart.guide {
        case .ttvTarget: "Green: median within the segment's target; red: over it."
        case .completionWarning: "Green: at or above the warning rate; amber: below it; red: below the critical rate."
        case .stallWarning: "Green: at or below the warning rate; red: above it."
        }
    }

    static func color(_ standing: TrendChart.Standing) -> String {
        switch standing {
        case .good: "#2E7D32"
        case .watch: "#E69F00"
        case .bad: "#C62828"
        }
    }
}
