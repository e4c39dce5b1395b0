import Metrics
import OnboardingModel

/// The files of `csm/` (SPEC §7): `<name>.md` per CSM with open flags (and
/// `unassigned.md`), and with `email.csm_digests` the `<name>.eml` of each CSM
/// whose csms.csv row has an email.
enum CSMDigestFiles {
    static let directory = "csm"

    /// Hands each file (path under the report directory, text) to `write`,
    /// in file-name order, one at a time: with hundreds of thousands of
    /// flags the digests together are hundreds of megabytes of text.
    static func forEachFile(_ content: ReportContent,
                            _ write: (_ path: String, _ text: TextBytes) throws -> Void) rethrows {
        let records = emailRecords(content)
        for digest in CSMDigest.all(content) {
            try forEachFile(of: digest, content, records: records, write)
        }
    }

    /// Hands `digest`'s files to `write`: its `<name>.md`, then with
    /// `email.csm_digests` its `<name>.eml` when `records` has the CSM's email.
    static func forEachFile(of digest: CSMDigest, _ content: ReportContent, records: [String: CSMRecord],
                            _ write: (_ path: String, _ text: TextBytes) throws -> Void) rethrows {
        let markdown = digest.markdown(content)
        try write("\(directory)/\(digest.fileName).md", markdown)
        if content.config.email.csmDigests, let record = records[digest.csm], !record.email.isEmpty {
            try write("\(directory)/\(digest.fileName).eml",
                      TextBytes(message(digest, markdown: markdown.description, record: record, content: content)))
        }
    }

    /// csms.csv's rows by CSM name, the first of a repeated name kept.
    static func emailRecords(_ content: ReportContent) -> [String: CSMRecord] {
        Dictionary((content.data.csms ?? []).map { ($0.name, $0) }) { a, _ in a }
    }

    /// Every file at once (for tests and small reports).
    static func files(_ content: ReportContent) -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = []
        forEachFile(content) { files.append(($0, $1.description)) }
        return files
    }

    /// To the CSM; Cc their manager when the digest holds a new critical flag.
    /// Date and Message-ID are deterministic as summary.eml's are.
    static func message(_ digest: CSMDigest, markdown: String, record: CSMRecord, content: ReportContent) -> String {
        let flags = content.operations.redFlags
        let newCritical = digest.newCriticalCount(flags)
        let cc = newCritical > 0 && !record.managerEmail.isEmpty ? [record.managerEmail] : []
        let window = content.window
        let newCount = digest.flagIndexes.filter { flags[$0].isNew }.count
        var subject = "Onboarding red flags for \(record.name), \(window.period.rawValue) \(window.label): "
            + "\(digest.flagIndexes.count) open, \(newCount) new"
        if newCritical > 0 { subject += ", \(newCritical) new critical" }
        let hash = SummaryEmail.messageHash(markdown, to: [record.email], cc: cc)
        return SummaryEmail.mime(
            from: content.config.email.from, to: [record.email], cc: cc, subject: subject, day: window.asOf + 1,
            messageID: "onboarding-csm.\(window.period.rawValue)-\(window.label).\(hash)", hash: hash,
            markdown: markdown, html: SummaryHTML.html(markdown: markdown, title: digest.title(window)))
    }
}
