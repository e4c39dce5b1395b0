import OnboardingModel

/// The message of the `thresholds.max_reject_rate` gate, shared by `run` and
/// `validate`: which files are over and by how much, the first rejected row
/// as an example of what to fix, and the two ways out.
enum RejectGateMessage {
    /// - Parameters:
    ///   - over: the files above the limit, in input order.
    ///   - outcome: what the command did about it, e.g. where the rejects are.
    static func text(over: [InputFileSummary], rejects: [RejectedRow], limit: Rational, outcome: String) -> String {
        let details = over.map { file in
            let (rejected, read) = file.gateCounts
            let counted = file.represented.map { "rows (\(rejected) of \(read) \($0.unit))" } ?? "rows"
            return "\(file.fileName): \(file.rejected) of \(file.rowsRead) \(counted) rejected "
                + "(\(Rational(Int64(rejected * 100), Int64(read)).formatted(places: 1))%)"
        }
        var text = details.joined(separator: "; ")
            + ", above thresholds.max_reject_rate \((limit * Rational(100)).formatted(places: 1))%. "
        if let first = over.lazy.compactMap({ file in rejects.first { $0.file == file.fileName } }).first {
            text += "First rejected row: \(first.file) line \(first.line): \(first.reason). "
        }
        return text + outcome + " Fix the export, or raise thresholds.max_reject_rate if these rows are expected."
    }
}
