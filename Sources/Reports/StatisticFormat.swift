import Foundation

/// How the statistics of outcomes.csv and comparison.csv are written (SPEC §7):
/// ratios and interval bounds with 4 decimals, p-values with 4 significant digits.
enum StatisticFormat {
    /// A ratio or a bound of a rate's interval: 4 decimals.
    static func fixed4(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        let text = String(format: "%.4f", value)
        return text == "-0.0000" ? "0.0000" : text
    }

    /// A p-value with 4 significant digits and no trailing zeros, as C's
    /// `%.4g` writes it: `0.002134`, `0.5`, `1`, `3.2e-07`.
    static func pValue(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return String(format: "%.4g", value)
    }
}
