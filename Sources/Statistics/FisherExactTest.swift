/// Fisher's exact test of a 2×2 table.
extension Statistics {
    /// R's `fisher.test` relative tolerance: tables whose probability is
    /// within a factor 1 + 1e-7 of the observed one count as "as extreme",
    /// so equal probabilities that floating point splits are not lost.
    static let fisherRelativeTolerance = 1 + 1e-7

    /// The two-sided p-value of Fisher's exact test for the table
    /// `[[a, b], [c, d]]`: the sum of the hypergeometric probabilities (margins
    /// fixed) of every table no more probable than the observed one, as R's
    /// `fisher.test` and scipy's `fisher_exact` compute it.
    ///
    /// The distribution is unimodal, so it is walked from its mode outwards
    /// by the ratio of neighbouring probabilities, and each walk stops where
    /// the probabilities underflow to 0: a million accounts cost a few
    /// thousand steps, not a million `lgamma` calls.
    ///
    /// - Returns: a p-value in [0, 1]; 1 when a margin is 0 (one table only).
    public static func fisherExactTwoSided(a: Int, b: Int, c: Int, d: Int) -> Double {
        precondition(a >= 0 && b >= 0 && c >= 0 && d >= 0, "a 2×2 table holds counts")
        let table = Hypergeometric(row1: a + b, row2: c + d, column1: a + c)
        guard table.highest > table.lowest else { return 1 }
        // Compared on the log scale: ln(p) ≤ ln(p_obs) + ln(1 + 1e-7).
        let limit = table.logProbability(a) + MathFunctions.logarithm(fisherRelativeTolerance)
        let mode = table.mode
        var sum = 0.0
        var logP = table.logProbability(mode)
        if logP <= limit { sum += MathFunctions.exponential(logP) }
        var x = mode
        while x < table.highest, logP > Hypergeometric.negligible {
            logP += table.logRatioUp(from: x)
            x += 1
            if logP <= limit { sum += MathFunctions.exponential(logP) }
        }
        logP = table.logProbability(mode)
        x = mode
        while x > table.lowest, logP > Hypergeometric.negligible {
            logP -= table.logRatioUp(from: x - 1)
            x -= 1
            if logP <= limit { sum += MathFunctions.exponential(logP) }
        }
        return min(1, sum)
    }
}

/// The distribution of cell a of a 2×2 table whose margins are fixed.
private struct Hypergeometric {
    /// Below this log-probability a table adds less than 1e-320: nothing.
    static let negligible = -740.0

    let row1: Int, row2: Int, column1: Int
    var lowest: Int { max(0, column1 - row2) }
    var highest: Int { min(row1, column1) }
    /// The most probable value of a.
    var mode: Int {
        let x = Int((Double(column1 + 1) * Double(row1 + 1) / Double(row1 + row2 + 2)).rounded(.down))
        return min(max(x, lowest), highest)
    }

    func logProbability(_ x: Int) -> Double {
        MathFunctions.logBinomial(row1, x) + MathFunctions.logBinomial(row2, column1 - x)
            - MathFunctions.logBinomial(row1 + row2, column1)
    }

    /// ln(P(x + 1) ÷ P(x)) = ln((row1 − x)(column1 − x) ÷ ((x + 1)(row2 − column1 + x + 1))).
    func logRatioUp(from x: Int) -> Double {
        MathFunctions.logarithm(Double(row1 - x) * Double(column1 - x))
            - MathFunctions.logarithm(Double(x + 1) * Double(row2 - column1 + x + 1))
    }
}
