import OnboardingModel

/// The `thresholds.max_reject_rate` gate (SPEC §3 "Bad rows").
public enum RejectGate {
    /// Files whose rejected rows exceed `maxRejectRate` of their data rows.
    ///
    /// Compared exactly: 5 rejects in 100 rows is 0.05 and passes a 0.05 gate;
    /// a file with no data rows is never over. A rollup is judged by the raw
    /// records its rows stand for (`InputFileSummary.gateCounts`).
    public static func filesOverLimit(_ data: IngestedData, maxRejectRate: Rational) -> [InputFileSummary] {
        data.files.filter { file in
            let counts = file.gateCounts
            guard let rate = Rational.ratio(counts.rejected, counts.read) else { return false }
            return rate > maxRejectRate
        }
    }
}
