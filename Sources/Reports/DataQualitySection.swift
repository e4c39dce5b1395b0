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
            let holds = HoldSummary(snapshots: content.snapshots, accounts: data.accounts, window: content.window)
            text += "**Customer holds:** \(holds.onHoldNow) onboarding\(holds.onHoldNow == 1 ? "" : "s") on hold at "
                + "the snapshot; \(holds.heldDaysInWindow) customer-hold day\(holds.heldDaysInWindow == 1 ? "" : "s") "
                + "of \(holds.accountsHeldInWindow) account\(holds.accountsHeldInWindow == 1 ? "" : "s") left off the "
                + "onboarding clock in this \(content.window.period.rawValue).\n\n"
        }
        let reasons = commonReasons(data.rejects)
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

    /// Rejects of one file sharing one reason once its specific values are masked.
    struct ReasonCount: Equatable {
        var file: String
        var reason: String
        var rows: Int
    }

    /// Reject reasons grouped by file and `reasonPattern`, most rows first,
    /// then file and reason in byte order.
    static func commonReasons(_ rejects: [RejectedRow]) -> [ReasonCount] {
        var counts: [String: ReasonCount] = [:]
        for reject in rejects {
            let reason = reasonPattern(reject.reason)
            counts[reject.file + "\u{0}" + reason, default: ReasonCount(file: reject.file, reason: reason, rows: 0)]
                .rows += 1
        }
        return counts.values.sorted { a, b in
            if a.rows != b.rows { return a.rows > b.rows }
            if a.file != b.file { return a.file.utf8.lexicographicallyPrecedes(b.file.utf8) }
            return a.reason.utf8.lexicographicallyPrecedes(b.reason.utf8)
        }
    }

    /// A reason with the row's own values masked, so that rows failing the
    /// same way group together: quoted text becomes `"…"` and a stand-alone
    /// number (`4`, `1.5`) `N` (`duplicate deal_id "D7", first at line 4` →
    /// `duplicate deal_id "…", first at line N`). Numbers inside words
    /// (`UTF-8`, `90d`) are kept.
    static func reasonPattern(_ reason: String) -> String {
        let chars = Array(reason)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\"", let close = chars[(i + 1)...].firstIndex(of: "\"") {
                out += "\"…\""
                i = close + 1
            } else if c.isASCIIDigitCharacter, i == 0 || !isWordLike(chars[i - 1]) {
                var end = digitsEnd(chars, from: i)
                if end + 1 < chars.count, chars[end] == ".", chars[end + 1].isASCIIDigitCharacter {
                    end = digitsEnd(chars, from: end + 1)
                }
                let standsAlone = end == chars.count || !isWordLike(chars[end]) || chars[end] == "."
                out += standsAlone ? "N" : String(chars[i..<end])
                i = end
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }

    private static func digitsEnd(_ chars: [Character], from start: Int) -> Int {
        var end = start
        while end < chars.count, chars[end].isASCIIDigitCharacter { end += 1 }
        return end
    }

    private static func isWordLike(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "-" || c == "." || c == "_"
    }
}

private extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
