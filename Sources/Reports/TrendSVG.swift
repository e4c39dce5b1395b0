import OnboardingModel

/// A trend chart as a standalone SVG file: one line per segment over the
/// trend's months, a dashed guide line per segment, a legend and y gridlines.
///
/// Deterministic bytes: fixed layout, coordinates with one fixed decimal, no
/// ids or timestamps. A month a segment closed nothing in breaks its line.
enum TrendSVG {
    static let width = 640.0
    static let height = 300.0
    static let left = 52.0, right = 20.0, top = 58.0, bottom = 34.0

    static func svg(_ chart: TrendChart, _ trend: CohortTrend, config: Config) -> String {
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let maxY = axisMax(chart, trend, config: config)
        func x(_ i: Int) -> Double { left + (Double(i) + 0.5) * plotWidth / Double(trend.months.count) }
        func y(_ v: Rational) -> Double { top + plotHeight * (1 - v.doubleValue / maxY) }
        let c = XMLText.coordinate

        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
            + "viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"Helvetica, Arial, sans-serif\" "
            + "font-size=\"12\" role=\"img\" aria-label=\"\(XMLText.escape(chart.title))\">\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
        out += "<text x=\"\(c(left))\" y=\"20\" font-size=\"14\" font-weight=\"bold\" fill=\"#222222\">"
            + "\(XMLText.escape(chart.title))</text>\n"
        out += legend(trend)

        // Gridlines and y labels: five steps from 0 to the axis maximum, a
        // multiple of 5, so every label is a whole number.
        for step in 0...5 {
            let value = maxY * Double(step) / 5
            let gy = top + plotHeight * (1 - Double(step) / 5)
            out += "<line x1=\"\(c(left))\" y1=\"\(c(gy))\" x2=\"\(c(width - right))\" y2=\"\(c(gy))\" "
                + "stroke=\"\(step == 0 ? "#888888" : "#e3e3e3")\" stroke-width=\"1\"/>\n"
            out += "<text x=\"\(c(left - 8))\" y=\"\(c(gy + 4))\" text-anchor=\"end\" fill=\"#555555\">"
                + "\(Int(value.rounded()))</text>\n"
        }
        for (i, month) in trend.months.enumerated() {
            out += "<text x=\"\(c(x(i)))\" y=\"\(c(height - bottom + 20))\" text-anchor=\"middle\" "
                + "fill=\"#555555\">\(month)</text>\n"
        }

        for series in trend.segments {
            let color = TrendChart.color(series.segmentIndex)
            let guideY = y(chart.guideValue(series, config: config))
            if chart.guide == .ttvTarget || series.segmentIndex == 0 {
                // A common threshold is drawn once, in grey; targets per segment in its colour.
                let stroke = chart.guide == .ttvTarget ? color : "#777777"
                out += "<line x1=\"\(c(left))\" y1=\"\(c(guideY))\" x2=\"\(c(width - right))\" y2=\"\(c(guideY))\" "
                    + "stroke=\"\(stroke)\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n"
            }
            for run in runs(series.points.map(chart.plotted)) where run.count > 1 {
                let points = run.map { "\(c(x($0.index))),\(c(y($0.value)))" }.joined(separator: " ")
                out += "<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.5\"/>\n"
            }
            for (i, point) in series.points.enumerated() {
                guard let value = chart.plotted(point) else { continue }
                out += "<circle cx=\"\(c(x(i)))\" cy=\"\(c(y(value)))\" r=\"4\" fill=\"\(color)\">"
                    + "<title>\(XMLText.escape(series.name)) \(trend.months[i]): "
                    + "\(chart.figure.text(point))</title></circle>\n"
            }
        }
        return out + "</svg>\n"
    }

    /// Consecutive defined points, so that a gap month breaks the line.
    static func runs(_ values: [Rational?]) -> [[(index: Int, value: Rational)]] {
        var runs: [[(index: Int, value: Rational)]] = [[]]
        for (i, value) in values.enumerated() {
            if let value {
                runs[runs.count - 1].append((i, value))
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        return runs.filter { !$0.isEmpty }
    }

    /// 100 for percentages; for days, the largest value or target rounded up
    /// to a multiple of 5 × a 1-2-5 step, so the five gridlines fall on round numbers.
    static func axisMax(_ chart: TrendChart, _ trend: CohortTrend, config: Config) -> Double {
        guard !chart.figure.isRate else { return 100 }
        var largest = 1.0
        for series in trend.segments {
            largest = max(largest, chart.guideValue(series, config: config).doubleValue)
            for point in series.points { largest = max(largest, chart.plotted(point)?.doubleValue ?? 0) }
        }
        var magnitude = 1.0
        while true {
            for step in [1.0, 2.0, 5.0] where step * magnitude * 5 >= largest { return step * magnitude * 5 }
            magnitude *= 10
        }
    }

    private static func legend(_ trend: CohortTrend) -> String {
        var out = "", x = left
        for series in trend.segments {
            let c = XMLText.coordinate
            out += "<rect x=\"\(c(x))\" y=\"32\" width=\"14\" height=\"4\" "
                + "fill=\"\(TrendChart.color(series.segmentIndex))\"/>\n"
            out += "<text x=\"\(c(x + 20))\" y=\"38\" fill=\"#333333\">\(XMLText.escape(series.name))</text>\n"
            // Helvetica at 12 px averages under 7 px a character.
            x += 20 + 7 * Double(series.name.count) + 24
        }
        return out
    }
}
