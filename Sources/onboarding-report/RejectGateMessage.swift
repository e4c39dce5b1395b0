import OnboardingModel

/// The message of the `thresholds.max_reject_rate` gate, shared by `run` and
/// `validate`: which files are over and by how much, the first rejected row
/// as an example of what to fix, and the two ways out.
enum RejectGateMessage {
    /// - Parameters:
    ///   - over: the files above the limit, in input order.
    ///   - outcome: what the command did about it, e.g. where the rejects are.
    static func text(over: [InputFileSummary], data: IngestedData, limit: Rational, outcome: String) -> String {
        // Places enough to show the limit exactly (0.0001 is 0.01%, not 0.0%), at least one.
        let places = Self.places(limit * Rational(100))
        let details = over.map { file in
            let (rejected, read) = file.gateCounts
            let counted = file.represented.map { "rows (\(rejected) of \(read) \($0.unit))" } ?? "rows"
            return "\(file.fileName): \(file.rejected) of \(file.rowsRead) \(counted) rejected "
                + "(\(Rational(Int64(rejected) * 100, Int64(read)).formatted(places: places))%)"
        }
        var text = details.joined(separator: "; ")
            + ", above thresholds.max_reject_rate \((limit * Rational(100)).formatted(places: places))%. "
        if let first = over.lazy.compactMap({ data.firstReject(in: $0.fileName) }).first {
            text += "First rejected row: \(first.file) line \(first.line): \(first.reason). "
        }
        return text + outcome + " Fix the export, or raise thresholds.max_reject_rate if these rows are expected."
    }

    /// The fewest decimal places (1 to 9) that show `percent` exactly; 9 when none does.
    static func places(_ percent: Rational) -> Int {
        (1...9).first { Rational(decimal: percent.formatted(places: $0)) == percent } ?? 9
    }
}
