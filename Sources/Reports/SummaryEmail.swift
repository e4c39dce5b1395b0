import Metrics
import OnboardingModel
import Runtime

/// summary.eml: the summary as a ready-to-send RFC 5322 message, for
/// `sendmail -t -oi < summary.eml` (scripts/nightly does that).
///
/// MIME multipart/alternative: the Markdown as text/plain, then its HTML
/// rendering (clients show the last part they can display). Both parts are
/// UTF-8, quoted-printable, CRLF line breaks.
///
/// Deterministic like every other report file: `Date` is midnight UTC ending
/// the as-of day (the moment the exports' data ends), not the wall clock, and
/// `Message-ID` and the boundary derive from a SHA-256 of the content and
/// recipients, so a re-run writes the same bytes and a re-sent report is
/// recognisably the same message.
enum SummaryEmail {
    static let fileName = "summary.eml"

    /// The message, or nil when `email.to` names nobody.
    static func message(_ content: ReportContent, markdown: String) -> String? {
        let email = content.config.email
        guard !email.to.isEmpty else { return nil }
        let html = SummaryHTML.html(content, markdown: markdown)
        let hash = messageHash(markdown, to: email.to, cc: email.cc)
        let window = content.window
        return mime(from: email.from, to: email.to, cc: email.cc, subject: subject(content), day: window.asOf + 1,
                    messageID: "onboarding-report.\(window.period.rawValue)-\(window.label).\(hash)",
                    hash: hash, markdown: markdown, html: html)
    }

    /// 64 bits of a SHA-256 of the text and the recipients: unique among
    /// reports, and the Message-ID line stays under 78 columns.
    static func messageHash(_ markdown: String, to: [String], cc: [String]) -> String {
        var digest = SHA256Digest()
        digest.update(Array((markdown + "\u{0}" + (to + ["cc"] + cc).joined(separator: ",")).utf8))
        return String(digest.hexDigest().prefix(16))
    }

    /// A multipart/alternative message: `markdown` as text/plain, then `html`.
    ///
    /// - Parameters:
    ///   - day: the `Date` header is midnight UTC at its start.
    ///   - messageID: the part before `@`; the domain is the sender's.
    static func mime(from: String, to: [String], cc: [String], subject: String, day: Day, messageID: String,
                     hash: String, markdown: String, html: String) -> String {
        let domain = from.split(separator: "@").last.map(String.init) ?? "localhost"
        let boundary = "=_onboarding-report_\(hash)"
        var headers = [
            "From: Onboarding report <\(from)>",
            MIMEEncoding.addressHeader("To", to),
        ]
        if !cc.isEmpty { headers.append(MIMEEncoding.addressHeader("Cc", cc)) }
        headers += [
            MIMEEncoding.folded("Subject: " + MIMEEncoding.headerText(subject)),
            "Date: " + rfc5322Date(day),
            "Message-ID: <\(messageID)@\(domain)>",
            "MIME-Version: 1.0",
            "Content-Type: multipart/alternative;\r\n boundary=\"\(boundary)\"",
        ]
        var out = headers.joined(separator: "\r\n") + "\r\n\r\n"
        out += "This is a MIME message: the report as plain text and as HTML.\r\n"
        for (type, body) in [("text/plain", markdown), ("text/html", html)] {
            out += "\r\n--\(boundary)\r\n"
            out += "Content-Type: \(type); charset=utf-8\r\n"
            out += "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
            out += MIMEEncoding.quotedPrintable(body)
        }
        return out + "\r\n--\(boundary)--\r\n"
    }

    /// `Onboarding report, week 2026-W47 (2026-11-16 to 2026-11-22): 3 critical red flags`.
    static func subject(_ content: ReportContent) -> String {
        let window = content.window
        let critical = content.operations.redFlags.filter { $0.severity == .critical }.count
        let flags = critical == 0 ? "no critical red flags"
            : "\(critical) critical red flag\(critical == 1 ? "" : "s")"
        let span = window.start == window.end ? "" : " (\(window.start) to \(window.end))"
        return "Onboarding report, \(window.period.rawValue) \(window.label)\(span): \(flags)"
    }

    /// `Mon, 23 Nov 2026 00:00:00 +0000`: midnight UTC at the start of `day`.
    static func rfc5322Date(_ day: Day) -> String {
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let c = day.components
        let dd = c.day < 10 ? "0\(c.day)" : "\(c.day)"
        return "\(weekdays[day.isoWeekday - 1]), \(dd) \(months[c.month - 1]) \(c.year) 00:00:00 +0000"
    }
}
