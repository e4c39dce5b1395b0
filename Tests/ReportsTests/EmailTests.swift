import Foundation
import Metrics
import OnboardingModel
import Testing
@testable import Reports
import TestSupport

@Suite struct EmailTests {
    struct Encoding: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let encoded: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Encoding(name: "plain ASCII", text: "abc\n", encoded: "abc\r\n"),
        Encoding(name: "equals sign", text: "a=b", encoded: "a=3Db\r\n"),
        Encoding(name: "UTF-8 bytes", text: "Zoë ▲", encoded: "Zo=C3=AB =E2=96=B2\r\n"),
        Encoding(name: "trailing space and tab", text: "a \nb\t\n", encoded: "a=20\r\nb=09\r\n"),
        Encoding(name: "CRLF and LF both end lines", text: "a\r\nb\nc", encoded: "a\r\nb\r\nc\r\n"),
        Encoding(name: "empty lines kept", text: "a\n\nb\n", encoded: "a\r\n\r\nb\r\n"),
        Encoding(name: "leading dot", text: ".\n", encoded: "=2E\r\n"),
        Encoding(name: "leading From", text: "From here", encoded: "=46rom here\r\n"),
        // 80 x: 75 and a soft break (76 columns), then the last 5.
        Encoding(name: "long line soft-broken", text: String(repeating: "x", count: 80),
                 encoded: String(repeating: "x", count: 75) + "=\r\n" + "xxxxx\r\n"),
        // 76 x fit exactly on the last line of a text: no soft break needed.
        Encoding(name: "76 columns fit", text: String(repeating: "x", count: 76),
                 encoded: String(repeating: "x", count: 76) + "\r\n"),
        // 74 x, then é (=C3=A9) cannot fit: break before the whole character's first byte token.
        Encoding(name: "escape never split", text: String(repeating: "x", count: 74) + "é",
                 encoded: String(repeating: "x", count: 74) + "=\r\n=C3=A9\r\n"),
    ])
    func quotedPrintable(_ c: Encoding) {
        #expect(MIMEEncoding.quotedPrintable(c.text) == c.encoded)
    }

    @Test func headerTextEncodesOnlyWhenNeeded() {
        #expect(MIMEEncoding.headerText("Onboarding report, week 2026-W47") == "Onboarding report, week 2026-W47")
        // "Café" in UTF-8 is 43 61 66 C3 A9, base64 Q2Fmw6k=.
        #expect(MIMEEncoding.headerText("Café") == "=?utf-8?b?Q2Fmw6k=?=")
    }

    @Test func addressHeaderFoldsBefore76Columns() {
        let addresses = (1...4).map { "recipient-number-\($0)@example.com" }
        let header = MIMEEncoding.addressHeader("To", addresses)
        // Each item is 34 or 35 characters: two fit on a 76-column line.
        #expect(header == "To: recipient-number-1@example.com, recipient-number-2@example.com,\r\n"
            + " recipient-number-3@example.com, recipient-number-4@example.com")
    }

    @Test func subjectFoldsAtASpace() {
        let subject = "Subject: Onboarding report, week 2026-W47 (2026-11-16 to 2026-11-22): 1 critical red flag"
        // The first 78 columns end inside "critical"; the last space in them is just before it.
        #expect(MIMEEncoding.folded(subject)
            == "Subject: Onboarding report, week 2026-W47 (2026-11-16 to 2026-11-22): 1\r\n critical red flag")
        #expect(MIMEEncoding.folded("Subject: short") == "Subject: short")
    }

    @Test(arguments: [("2026-11-23", "Mon, 23 Nov 2026 00:00:00 +0000"), ("2024-02-29", "Thu, 29 Feb 2024 00:00:00 +0000"),
                      ("2027-01-03", "Sun, 03 Jan 2027 00:00:00 +0000")])
    func dateHeader(day: String, header: String) {
        #expect(SummaryEmail.rfc5322Date(Day(iso: day)!) == header)
    }

    @Test func subjectNamesThePeriodAndCriticalFlags() {
        // The fixture has one critical flag (B-002 stalled 17 days).
        #expect(SummaryEmail.subject(Fixtures.content)
            == "Onboarding report, week 2026-W47 (2026-11-16 to 2026-11-22): 1 critical red flag")
        var content = Fixtures.content
        content.operations.redFlags.removeAll { $0.severity == .critical }
        content.window = ReportWindow(period: .day, asOf: Day(iso: "2026-11-22")!)
        #expect(SummaryEmail.subject(content) == "Onboarding report, day 2026-11-22: no critical red flags")
    }

    @Test func noRecipientsNoEmail() {
        var content = Fixtures.content
        content.config.email.to = []
        #expect(SummaryEmail.message(content, markdown: "x") == nil)
    }

    @Test func pythonReadsTheMessageAndBothParts() throws {
        let markdown = Summary.markdown(Fixtures.content)
        let message = try #require(SummaryEmail.message(Fixtures.content, markdown: markdown))
        let dir = try TempDirectory()
        let path = dir.path + "/summary.eml"
        try Data(message.utf8).write(to: URL(fileURLWithPath: path))
        let json = try EmailPython.run(EmailPython.parseMessage, file: path)
        let parsed = try JSONDecoder().decode(ParsedMessage.self, from: Data(json.utf8))

        #expect(parsed.from == "Onboarding report <cs-ops@example.com>")
        #expect(parsed.to == ["vp-cs@example.com", "vp-sales@example.com"])
        #expect(parsed.cc == ["cs-managers@example.com"])
        #expect(parsed.subject == "Onboarding report, week 2026-W47 (2026-11-16 to 2026-11-22): 1 critical red flag")
        // As-of 2026-11-24: Date is midnight UTC ending that day.
        #expect(parsed.date == "2026-11-25T00:00:00+00:00")
        #expect(parsed.message_id.hasPrefix("<onboarding-report.week-2026-W47."))
        #expect(parsed.message_id.hasSuffix("@example.com>"))
        #expect(parsed.type == "multipart/alternative")
        #expect(parsed.defects == 0)
        #expect(parsed.max_line <= 78 && parsed.bare_lf == 0)
        #expect(parsed.parts.map(\.type) == ["text/plain", "text/html"])
        #expect(parsed.parts.allSatisfy { $0.charset == "utf-8" && $0.encoding == "quoted-printable" })
        #expect(parsed.parts.first?.text == markdown)
        #expect(parsed.parts.last?.text == SummaryHTML.html(Fixtures.content, markdown: markdown))
    }

    @Test func messageIDFollowsTheContent() throws {
        let a = try #require(SummaryEmail.message(Fixtures.content, markdown: "one"))
        let b = try #require(SummaryEmail.message(Fixtures.content, markdown: "one"))
        let c = try #require(SummaryEmail.message(Fixtures.content, markdown: "two"))
        func id(_ m: String) -> Substring? {
            m.split(separator: "\r\n").first { $0.hasPrefix("Message-ID: ") }
        }
        #expect(a == b)
        #expect(id(a) != nil && id(a) != id(c))
    }
}
