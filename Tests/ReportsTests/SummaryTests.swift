import Foundation
import Metrics
import OnboardingModel
import Testing
@testable import Reports

@Suite struct SummaryTests {
    struct Escape: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let escaped: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Escape(name: "pipe cannot split a cell", text: "Acme | Co", escaped: "Acme \\| Co"),
        Escape(name: "html is inert", text: "<img src=x onerror=alert(1)>", escaped: "\\<img src=x onerror=alert(1)\\>"),
        Escape(name: "link markup", text: "[click](http://x)", escaped: "\\[click\\](http://x)"),
        Escape(name: "emphasis and code", text: "*bold* `code` ~~gone~~",
               escaped: "\\*bold\\* \\`code\\` \\~\\~gone\\~\\~"),
        Escape(name: "underscore emphasis", text: "_x_", escaped: "\\_x\\_"),
        Escape(name: "intraword underscore kept", text: "mid_market", escaped: "mid_market"),
        Escape(name: "line breaks become spaces", text: "a\nb\r\nc\rd\te", escaped: "a b c d e"),
        Escape(name: "backslash", text: "C:\\x", escaped: "C:\\\\x"),
        Escape(name: "plain text unchanged", text: "Café Zoë, Inc.", escaped: "Café Zoë, Inc."),
    ])
    func markdownEscaping(_ c: Escape) {
        #expect(MarkdownText.escape(c.text) == c.escaped)
    }

    @Test func hostileReasonAndNoteCannotBreakTheSummary() {
        var content = Fixtures.content
        content.data.rejects = [RejectedRow(file: "deals|x.csv", line: 2,
                                            reason: "bad | row\n## <script>alert(x)</script> [x](y)", raw: [])]
        content.data.warnings = [DataQualityNote(file: "deals.csv", message: "*owner* `unknown`\n| x |", count: 2)]
        let text = Summary.markdown(content)
        #expect(text.contains("| deals\\|x.csv | bad \\| row ## \\<script\\>alert(x)\\</script\\> \\[x\\](y) |    1 |"))
        #expect(text.contains("- deals.csv: \\*owner\\* \\`unknown\\` \\| x \\| (2)\n"))
        #expect(!text.contains("<script>"))
        // The injected heading never starts a line.
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("## <") || $0.hasPrefix("## \\<") })
    }

    @Test func hostileAccountNameIsEscapedForTables() {
        // Account names reach the summary in later sections through the same escape.
        let name = "=HYPERLINK(\"x\") | <b>Evil</b> *Corp*_"
        #expect(MarkdownText.escape(name) == "=HYPERLINK(\"x\") \\| \\<b\\>Evil\\</b\\> \\*Corp\\*\\_")
    }

    struct Change: Sendable, CustomTestStringConvertible {
        let name: String
        let now: Rational?
        let prior: Rational?
        let cell: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Change(name: "up", now: Rational(5, 8), prior: Rational(1, 2), cell: "62.5% ▲ from 50.0%"),
        Change(name: "down", now: Rational(1, 3), prior: Rational(1, 2), cell: "33.3% ▼ from 50.0%"),
        // 0.33333 and 0.33334 both show as 33.3%: flat, never a misleading arrow.
        Change(name: "flat at shown precision", now: Rational(33333, 100_000), prior: Rational(33334, 100_000),
               cell: "33.3% = from 33.3%"),
        Change(name: "no prior", now: Rational(1, 2), prior: nil, cell: "50.0% from —"),
        Change(name: "no current", now: nil, prior: Rational(1, 2), cell: "— from 50.0%"),
    ])
    func percentChanges(_ c: Change) {
        #expect(Summary.change(Summary.percent(c.now), Summary.percent(c.prior)) == c.cell)
    }

    @Test func medianTTVShowsTarget() {
        let cell = Summary.change(Summary.days(Rational(41)), Summary.days(Rational(45)), note: " (target 60)")
        #expect(cell == "41.0 d (target 60) ▼ from 45.0 d")
    }

    @Test func headlineRowsFollowSegmentsThenAll() {
        let text = Summary.headline(Fixtures.content)
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| :") }.map {
            $0.split(separator: "|").first!.trimmingCharacters(in: .whitespaces)
        }
        #expect(rows == ["Segment", "enterprise", "mid_market", "smb", "All"])
    }

    @Test func staleWarningOnlyWhenStale() {
        var content = Fixtures.content
        #expect(Summary.markdown(content).contains("**Stale exports:**"))
        content.staleExportDays = nil
        #expect(!Summary.markdown(content).contains("Stale"))
    }

    struct Pattern: Sendable, CustomTestStringConvertible {
        let reason: String
        let pattern: String
        var testDescription: String { reason }
    }

    @Test(arguments: [
        Pattern(reason: "duplicate deal_id \"D7\", first at line 4", pattern: "duplicate deal_id \"…\", first at line N"),
        Pattern(reason: "ragged row: 5 fields, header has 7.", pattern: "ragged row: N fields, header has N."),
        Pattern(reason: "fte 1.5 out of range", pattern: "fte N out of range"),
        Pattern(reason: "invalid UTF-8 in field 3", pattern: "invalid UTF-8 in field N"),
        Pattern(reason: "retention_90d missing", pattern: "retention_90d missing"),
        Pattern(reason: "unclosed \"quote", pattern: "unclosed \"quote"),
    ])
    func reasonPatterns(_ p: Pattern) {
        #expect(DataQualitySection.reasonPattern(p.reason) == p.pattern)
    }

    @Test func topReasonsGroupCountAndCap() {
        // 3 × bad acv (values masked), 2 × account not found, then five single reasons.
        var rejects = ["x", "y", "z"].map { RejectedRow(file: "deals.csv", line: 2, reason: "bad acv \"\($0)\"", raw: []) }
        rejects += Array(repeating: RejectedRow(file: "milestones.csv", line: 3, reason: "account not found in deals",
                                                raw: []), count: 2)
        rejects += ["e", "d", "c", "b", "a"].map { RejectedRow(file: "csms.csv", line: 4, reason: $0, raw: []) }
        let reasons = DataQualitySection.commonReasons(rejects)
        #expect(reasons.prefix(4).map { "\($0.file) \($0.reason) \($0.rows)" } == [
            "deals.csv bad acv \"…\" 3", "milestones.csv account not found in deals 2", "csms.csv a 1", "csms.csv b 1",
        ])
        var content = Fixtures.content
        content.data.rejects = rejects
        let section = DataQualitySection.markdown(content)
        // Only the top 5: csms.csv "a", "b" and "c" are shown, "d" and "e" are cut.
        let shown = section.split(separator: "\n").filter { $0.hasPrefix("| csms.csv") }
            .map { $0.split(separator: "|")[1].trimmingCharacters(in: .whitespaces) }
        #expect(shown == ["a", "b", "c"])
    }
}
