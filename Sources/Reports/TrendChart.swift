import Metrics
import OnboardingModel

/// One trend picture: which figure, its file beside summary.md, its guide
/// line and how a bar is judged. Both renderings (SVG for the report folder,
/// HTML bars for the email) take everything from here.
struct TrendChart: Sendable {
    enum Guide: Sendable {
        /// Each segment's own TTV target.
        case ttvTarget
        case completionWarning
        case stallWarning
    }

    /// How a value reads against its guide, for colouring.
    enum Standing: Sendable { case good, watch, bad }

    var figure: TrendFigure
    var fileName: String
    /// What is plotted, without the legend: the email's bar table uses it as is.
    var name: String
    var guide: Guide

    /// The SVG's and summary.md's title: the name and what the dashed line is.
    var title: String { name + (guide == .ttvTarget ? " (dashed: target)" : " (dashed: warning)") }

    static let ttv = TrendChart(figure: .medianTTV, fileName: "ttv_trend.svg",
                                name: "Median TTV (reached only) by close month, days", guide: .ttvTarget)
    static let completion = TrendChart(figure: .completion, fileName: "completion_trend.svg",
                                       name: "Completion rate by close month, %",
                                       guide: .completionWarning)
    static let stall = TrendChart(figure: .stallRate, fileName: "stall_trend.svg",
                                  name: "Stall rate by close month, %", guide: .stallWarning)
    static let all = [ttv, completion, stall]

    /// The value as plotted: days, or a rate as a percentage.
    func plotted(_ metrics: GroupMetrics?) -> Rational? {
        guard let metrics, let value = figure.value(metrics) else { return nil }
        return figure.isRate ? value * Rational(100) : value
    }

    /// The guide line in plotted units.
    func guideValue(_ series: CohortTrend.Series, config: Config) -> Rational {
        switch guide {
        case .ttvTarget: Rational(series.ttvTarget)
        case .completionWarning: config.thresholds.completionRateWarning * Rational(100)
        case .stallWarning: config.thresholds.stallShareWarning * Rational(100)
        }
    }

    /// Good within the target or threshold; for completion, `watch` between
    /// the critical and warning rates (the red-flag bands of SPEC §6).
    func standing(_ plotted: Rational, _ series: CohortTrend.Series, config: Config) -> Standing {
        switch guide {
        case .ttvTarget:
            return plotted <= Rational(series.ttvTarget) ? .good : .bad
        case .completionWarning:
            if plotted >= config.thresholds.completionRateWarning * Rational(100) { return .good }
            return plotted >= config.thresholds.completionRateCritical * Rational(100) ? .watch : .bad
        case .stallWarning:
            return plotted <= config.thresholds.stallShareWarning * Rational(100) ? .good : .bad
        }
    }

    /// Series colours (Okabe–Ito, readable with colour-blindness), by segment order.
    static func color(_ segmentIndex: Int) -> String {
        let palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"]
        return palette[segmentIndex % palette.count]
    }
}

/// Text made safe inside XML and HTML elements and attribute values.
enum XMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// A coordinate with 1 fixed decimal (`12.5`, `-3.0`), the same bytes on every platform.
    static func coordinate(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}
