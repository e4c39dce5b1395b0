import Metrics
import OnboardingModel

/// The data-quality section of summary.md: row accounting per input file,
/// the commonest reject reasons, counted notes and the stale-export warning.
enum DataQualitySection {
    static let topReasons = 5

    static func markdown(_ content: ReportContent) -> String {
        let data = content.data
        var text = "## Data quality\n\n"
        if let stale = content.staleExportDays {
            text += "**Stale exports:** the data ends \(content.window.asOf), \(stale) days before this run. "
                + "Check that the nightly exports ran.\n\n"
        }
        for line in content.qualityLines {
            text += "**Note:** \(MarkdownText.escape(line))\n\n"
        }
        if !data.files.isEmpty {
            let rows = data.files.map { f in
                [MarkdownText.escape(f.fileName), String(f.rowsRead), String(f.accepted), String(f.skipped),
                 String(f.rejected)]
            }
            text += MarkdownText.table(["File", "Rows read", "Accepted", "Skipped", "Rejected"],
                                       [.left, .right, .right, .right, .right], rows) + "\n"
        }
        if data.hasHolds {
            let holds = HoldSummary(content.snapshots, window: content.window)
            text += "**Customer holds:** \(holds.onHoldNow) onboarding\(holds.onHoldNow == 1 ? "" : "s") on hold at "
                + "the snapshot; \(holds.heldDaysInWindow) customer-hold day\(holds.heldDaysInWindow == 1 ? "" : "s") "
                + "of \(holds.accountsHeldInWindow) account\(holds.accountsHeldInWindow == 1 ? "" : "s") left off the "
                + "onboarding clock in this \(content.window.period.rawValue).\n\n"
        }
        let reasons = data.rejectReasons
        if reasons.isEmpty {
            text += "No rejected rows.\n\n"
        } else {
            // A list, not a table: reasons run long, and a list item wraps in
            // a plain-text email where a table row would not.
            text += "Top reject reasons (every rejected row is in rejects.csv):\n\n"
            for r in reasons.prefix(topReasons) {
                text += "- \(MarkdownText.escape(r.file)): \(MarkdownText.escape(r.reason)) "
                    + "(\(r.rows) row\(r.rows == 1 ? "" : "s"))\n"
            }
            text += "\n"
        }
        if !data.warnings.isEmpty {
            text += "Notes:\n\n"
            for note in data.warnings {
                text += "- \(MarkdownText.escape(note.file)): \(MarkdownText.escape(note.message)) (\(note.count))\n"
            }
            text += "\n"
        }
        return text
    }

    typealias ReasonCount = RejectReasonCount

    /// Reject reasons grouped by file and `reasonPattern`, most rows first,
    /// then file and reason in byte order.
    static func commonReasons(_ rejects: [RejectedRow]) -> [ReasonCount] { RejectReasonCount.count(rejects) }

    /// `RejectReasonCount.pattern`: a reason with the row's own values masked.
    static func reasonPattern(_ reason: String) -> String { RejectReasonCount.pattern(reason) }
}
