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
        // SPEC §3 "What reaches a person": ESC and BEL escaped (the backslash then escaped for Markdown,
        // so it renders as \x1b), C1 and DEL too; bidi overrides and zero-width characters dropped.
        Escape(name: "terminal escapes", text: "a\u{1B}]0;x\u{07}b", escaped: "a\\\\x1b\\]0;x\\\\x07b"),
        Escape(name: "DEL and C1", text: "a\u{7F}b\u{9B}c", escaped: "a\\\\x7fb\\\\x9bc"),
        Escape(name: "bidi override and zero-width", text: "Acme\u{202E}gnp.exe\u{200B}\u{2066}x\u{2069}",
               escaped: "Acmegnp.exex"),
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
        #expect(text.contains("- deals\\|x.csv: bad \\| row ## \\<script\\>alert(x)\\</script\\> \\[x\\](y) (1 row)\n"))
        #expect(text.contains("- deals.csv: \\*owner\\* \\`unknown\\` \\| x \\| (2)\n"))
        #expect(!text.contains("<script>"))
        // The injected heading never starts a line.
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("## <") || $0.hasPrefix("## \\<") })
    }

    /// The fixture with account B-002 renamed to something that tries every
    /// way of breaking a table or injecting markup; its flags carry the name.
    static var hostileContent: ReportContent {
        var content = Fixtures.content
        content.data.accounts[1].accountName = "Evil | Co\n## <script>alert(1)</script> `rm -rf` *x* [a](http://b) _y_"
        content.snapshots = SnapshotAccounts(accounts: content.data.accounts, snapshots: Fixtures.snapshots)
        content.operations = MetricsEngine(config: Fixtures.config, hasEvents: true, hasSurveys: true)
            .operationalViews(content.snapshots, csms: Fixtures.csms, forecast: Fixtures.forecast,
                              at: Fixtures.window.snapshot)
        return content
    }

    @Test func hostileAccountNameCannotBreakTablesOrInjectMarkup() throws {
        let text = Summary.markdown(Self.hostileContent)
        // The name reaches the red-flag list, escaped, on one line.
        #expect(text.contains("account B-002: Evil \\| Co ## \\<script\\>alert(1)\\</script\\> \\`rm -rf\\` "
            + "\\*x\\* \\[a\\](http://b) \\_y\\_: No milestone progress"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // Headings are only the summary's own.
        #expect(lines.filter { $0.hasPrefix("#") }.allSatisfy { $0.hasPrefix("# Onboarding report") || $0.hasPrefix("## ") && !$0.contains("\\") })
        // Every `<` and backtick is escaped.
        for line in lines {
            let chars = Array(line)
            for (i, c) in chars.enumerated() where c == "<" || c == "`" {
                #expect(i > 0 && chars[i - 1] == "\\", "unescaped \(c) in: \(line)")
            }
        }
        // Every table row has as many cell separators as its header.
        for table in Self.tables(text) {
            let counts = table.map(Self.unescapedPipes)
            #expect(Set(counts).count == 1, "ragged table: \(table)")
        }
        // The HTML email part shows the name as text, never as markup.
        let html = SummaryHTML.html(Self.hostileContent, markdown: text)
        #expect(html.contains("Evil | Co ## &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script") && !html.contains("href=\"http://b\"") && !html.contains("<em>y"))
    }

    static func tables(_ text: String) -> [[Substring]] {
        var tables: [[Substring]] = [], current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("|") {
                current.append(line)
            } else if !current.isEmpty {
                tables.append(current)
                current = []
            }
        }
        return tables
    }

    static func unescapedPipes(_ line: Substring) -> Int {
        var count = 0, backslashes = 0
        for c in line {
            if c == "|" && backslashes % 2 == 0 { count += 1 }
            backslashes = c == "\\" ? backslashes + 1 : 0
        }
        return count
    }

    struct Change: Sendable, CustomTestStringConvertible {
        let name: String
        let now: Rational?
        let prior: Rational?
        let cell: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Change(name: "up", now: Rational(5, 8), prior: Rational(1, 2), cell: "62.5 ▲ from 50.0"),
        Change(name: "down", now: Rational(1, 3), prior: Rational(1, 2), cell: "33.3 ▼ from 50.0"),
        // 0.33333 and 0.33334 both show as 33.3: flat, never a misleading arrow.
        Change(name: "flat at shown precision", now: Rational(33333, 100_000), prior: Rational(33334, 100_000),
               cell: "33.3 = from 33.3"),
        Change(name: "no prior", now: Rational(1, 2), prior: nil, cell: "50.0 from —"),
        Change(name: "no current", now: nil, prior: Rational(1, 2), cell: "— from 50.0"),
    ])
    func percentChanges(_ c: Change) {
        #expect(ShownFigure.change(.percent(c.now), .percent(c.prior)) == c.cell)
    }

    @Test func daysChangeComparesShownValues() {
        // 40.96 and 41.04 both show as 41.0.
        #expect(ShownFigure.change(.days(Rational(4096, 100)), .days(Rational(4104, 100))) == "41.0 = from 41.0")
        #expect(ShownFigure.change(.days(Rational(41)), .days(Rational(45))) == "41.0 ▼ from 45.0")
    }

    @Test func headlineTablesFromTheFixture() {
        let text = HeadlineSection.markdown(Fixtures.content)
        let rows = Self.tables(text).map { table in
            table.filter { !$0.hasPrefix("| :") }.map { line in
                line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            }
        }
        #expect(rows.count == 2)
        // Active: A complete, B and C active; C is new (closed 11-18), prior
        // B only. Within target: B became eligible at 33 days with no TTV.
        #expect(rows[0] == [
            ["Segment", "Active", "New", "Median TTV, days", "Target", "Within target, %"],
            ["enterprise", "0 = from 0", "0 = from 0", "49 = from 49", "60", "100.0 = from 100.0"],
            ["mid_market", "1 = from 1", "0 = from 0", "> 33 ▲ from > 26", "30", "0.0 from —"],
            ["smb", "1 ▲ from 0", "1 ▲ from 0", "> 4 from —", "14", "— from —"],
            ["All", "2 ▲ from 1", "1 ▲ from 0", "49 = from 49", "", "50.0 ▼ from 100.0"],
        ])
        // Utilization: only smb has assigned FTE (Lee, 0.5), so enterprise and
        // mid_market have none (assigned 0 → no ratio); smb now 1/75 ÷ 0.5 =
        // 2.67%, prior 0 active → 0.0; All (1/25 + 1/75) ÷ 0.5 = 4/75 ÷ 1/2 =
        // 10.67%, prior 1/25 ÷ 1/2 = 8.0%.
        #expect(rows[1] == [
            ["Segment", "Completion, %", "Stall rate, %", "Handoff quality, %", "Utilization, %"],
            ["enterprise", "— from —", "— from —", "80.0 = from 80.0", "— from —"],
            ["mid_market", "— from —", "100.0 = from 100.0", "100.0 = from 100.0", "— from —"],
            ["smb", "— from —", "0.0 from —", "20.0 from —", "2.7 ▲ from 0.0"],
            ["All", "— from —", "50.0 ▼ from 100.0", "66.7 ▼ from 90.0", "10.7 ▲ from 8.0"],
        ])
    }

    @Test func staleWarningOnlyWhenStale() {
        var content = Fixtures.content
        #expect(Summary.markdown(content).contains("**Stale exports:**"))
        content.staleExportDays = nil
        #expect(!Summary.markdown(content).contains("Stale"))
    }

    static var exampleSummaries: [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("reports/example")
        return ["week/2026-W47", "month/2026-10"].map { root.appendingPathComponent($0 + "/summary.md").path }
    }

    /// Tables cannot wrap in a plain-text email, so they stay within 100 columns;
    /// prose and list items may be longer (mail clients wrap them).
    @Test func tablesFitAPlainTextEmail() throws {
        let texts = [Summary.markdown(Fixtures.content)]
            + (try Self.exampleSummaries.map { try String(contentsOfFile: $0, encoding: .utf8) })
        for text in texts {
            for line in Self.tables(text).joined() {
                #expect(line.count <= 100, "\(line.count) columns: \(line)")
            }
        }
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
        let shown = section.split(separator: "\n").filter { $0.hasPrefix("- csms.csv") }
        #expect(shown == ["- csms.csv: a (1 row)", "- csms.csv: b (1 row)", "- csms.csv: c (1 row)"])
        #expect(section.contains("- deals.csv: bad acv \"…\" (3 rows)\n"))
    }
}
