import Foundation
import Metrics
import OnboardingModel
import Testing
@testable import Reports
import TestSupport

/// csm/<name>.md and .eml (SPEC §7): file names, order, and who is copied.
@Suite struct CSMDigestTests {
    @Test(arguments: [
        ("Ana Silva", "ana-silva"),
        ("  O'Neil, Ana-María ", "-o-neil-ana-mar-a-"),   // each run of other characters is one "-"
        ("ZOË 2", "zo-2"),                                  // ë is two UTF-8 bytes, one run
        ("李", "-"),
    ])
    func slug(name: String, slug: String) {
        #expect(CSMDigestNames.slug(name) == slug)
    }

    @Test func namesThatCollideAfterSluggingGetNumericSuffixesInByteOrder() {
        // Byte order: "Ana Silva" < "Unassigned" < "ana silva" < "ana-silva": the
        // first takes the plain name, the others -2 and -3; "unassigned" is
        // reserved for the accounts without a CSM.
        let names = CSMDigestNames.assign(["ana-silva", "Ana Silva", "ana silva", "Unassigned"])
        #expect(names == ["Ana Silva": "ana-silva", "ana silva": "ana-silva-2", "ana-silva": "ana-silva-3",
                          "Unassigned": "unassigned-2"])
        #expect(CSMDigestNames.slug(String(repeating: "x", count: 300)).count == 100)
    }

    static func flag(_ key: String, csm: String, _ severity: RedFlag.Severity, new: Bool,
                     rule: RedFlag.Rule = .stalled) -> RedFlag {
        RedFlag(severity: severity, rule: rule, scope: .account, key: key, segment: "smb", csm: csm,
                value: .days(9), threshold: .days(7), message: "\(key) message", since: Day(iso: "2026-11-20")!,
                isNew: new)
    }

    /// Two CSMs whose names collide, one with a new critical flag; the
    /// second has no email, so it gets a .md only.
    static func content(_ flags: [RedFlag]) -> ReportContent {
        var config = Config()
        config.email.from = "cs-ops@example.com"
        config.email.csmDigests = true
        let csms = [CSMRecord(name: "Ana Silva", email: "ana@example.com", managerEmail: "mia@example.com"),
                    CSMRecord(name: "ana.silva", email: "", managerEmail: "mia@example.com")]
        let portfolio = csms.map {
            CSMPortfolioRow(csm: $0.name, segmentIndex: 2, fte: .one, active: 2, activeBySegment: [0, 0, 2],
                            load: Rational(2, 75), utilization: Rational(2, 75), stalled: 1, overdue: 0,
                            handoffQuality: .one)
        }
        return ReportContent(
            toolVersion: "0", config: config, configDigest: "", window: ReportWindow(period: .day, asOf: Day(iso: "2026-11-22")!),
            data: IngestedData(accounts: [], csms: csms), snapshots: SnapshotAccounts(accounts: [], snapshots: []),
            cohorts: [], segments: [], priorSegments: [],
            staleExportDays: nil,
            operations: OperationalViews(redFlags: flags, csmPortfolio: portfolio, milestones: [], capacity: []))
    }

    @Test func oneDigestPerCSMNewFirstThenCriticalAndUnassignedApart() throws {
        // red_flags.csv order: critical first.
        let flags = [
            Self.flag("A1", csm: "Ana Silva", .critical, new: false),
            Self.flag("A2", csm: "Ana Silva", .critical, new: true),
            Self.flag("B1", csm: "ana.silva", .critical, new: false),
            Self.flag("U1", csm: "", .critical, new: false),
            Self.flag("A3", csm: "Ana Silva", .warning, new: true, rule: .handoffIncomplete),
            Self.flag("A4", csm: "Ana Silva", .warning, new: false, rule: .handoffIncomplete),
        ]
        let files = CSMDigestFiles.files(Self.content(flags))
        // "Ana Silva" < "ana.silva" in byte order: the first keeps the plain name.
        #expect(files.map(\.path) == ["csm/ana-silva.md", "csm/ana-silva.eml", "csm/ana-silva-2.md",
                                      "csm/unassigned.md"])
        let ana = try #require(files.first { $0.path == "csm/ana-silva.md" }?.text)
        let order = ["A2", "A3", "A1", "A4"].map { ana.range(of: "account \($0),")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        #expect(ana.contains("## New since 2026-11-21"))
        #expect(ana.contains("4 open flags: 2 new since 2026-11-21, 2 critical"))
        #expect(ana.contains("since 2026-11-20"))
        #expect(ana.contains("Portfolio: 2 active onboardings (smb 2)"))
        #expect(!ana.contains("U1") && !ana.contains("B1"))
        #expect(files.first { $0.path == "csm/unassigned.md" }?.text.contains("account U1") == true)
    }

    @Test func theManagerIsCopiedOnlyWhenANewCriticalFlagIsInTheDigest() throws {
        func eml(_ flags: [RedFlag]) throws -> String {
            try #require(CSMDigestFiles.files(Self.content(flags)).first { $0.path.hasSuffix(".eml") }?.text)
        }
        let newCritical = try eml([Self.flag("A1", csm: "Ana Silva", .critical, new: true)])
        #expect(newCritical.contains("\r\nTo: ana@example.com\r\nCc: mia@example.com\r\n"))
        #expect(newCritical.contains("Subject: Onboarding red flags for Ana Silva, day 2026-11-22: 1 open, 1 new,"))
        for flags in [[Self.flag("A1", csm: "Ana Silva", .critical, new: false)],
                      [Self.flag("A1", csm: "Ana Silva", .warning, new: true)]] {
            let message = try eml(flags)
            #expect(message.contains("\r\nTo: ana@example.com\r\n"))
            #expect(!message.contains("Cc:"))
        }
        // Deterministic: the same content gives the same Message-ID; another day's digest another one.
        #expect(try eml([Self.flag("A1", csm: "Ana Silva", .critical, new: true)]) == newCritical)
        #expect(newCritical.contains("Date: Mon, 23 Nov 2026 00:00:00 +0000\r\n"))
        #expect(newCritical.contains("Message-ID: <onboarding-csm.day-2026-11-22."))
    }

    @Test func noEmailWithoutTheSwitch() {
        var content = Self.content([Self.flag("A1", csm: "Ana Silva", .critical, new: true)])
        content.config.email.csmDigests = false
        #expect(CSMDigestFiles.files(content).map(\.path) == ["csm/ana-silva.md"])
    }

    @Test func pythonReadsTheDigestWithItsCopyAndANonASCIIName() throws {
        // A long message line, a leading dot and "From " in the text: the
        // quoted-printable part must give back exactly the Markdown.
        var flag = Self.flag("A1", csm: "Ana Silva", .critical, new: true)
        flag.message = .text("Zoë ▲ " + String(repeating: "long line ", count: 30) + "\n.\nFrom here")
        var content = Self.content([flag])
        content.data.csms![0].name = "Ana Silva"
        let files = CSMDigestFiles.files(content)
        let markdown = try #require(files.first { $0.path == "csm/ana-silva.md" }?.text)
        let message = try #require(files.first { $0.path == "csm/ana-silva.eml" }?.text)
        let dir = try TempDirectory()
        try Data(message.utf8).write(to: URL(fileURLWithPath: dir.path + "/digest.eml"))
        let json = try EmailPython.run(EmailPython.parseMessage, file: dir.path + "/digest.eml")
        let parsed = try JSONDecoder().decode(ParsedMessage.self, from: Data(json.utf8))
        #expect(parsed.to == ["ana@example.com"])
        #expect(parsed.cc == ["mia@example.com"])
        #expect(parsed.subject == "Onboarding red flags for Ana Silva, day 2026-11-22: 1 open, 1 new, 1 new critical")
        #expect(parsed.defects == 0)
        #expect(parsed.max_line <= 78 && parsed.bare_lf == 0,
                "\(message.components(separatedBy: "\r\n").filter { $0.count > 78 })")
        #expect(parsed.parts.map(\.type) == ["text/plain", "text/html"])
        #expect(parsed.parts.first?.text == markdown)
    }
}
