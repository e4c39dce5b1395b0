@testable import Ingest
import Logging
import OnboardingModel
import Testing
import TestSupport

/// Salesforce report footers (SPEC §3): trailing footer rows are skipped,
/// never rejected, with or without the preset.
struct FooterTests {
    @Test(arguments: [
        ("grand totals", ["Grand Totals (12 records)"], true),
        ("grand totals of one", ["Grand Totals (1 record)"], true),
        ("grand totals with sums", ["Grand Totals (12 records)", "", "1,250,000.00"], true),
        ("confidential", ["Confidential Information - Do Not Distribute"], true),
        ("confidential, padded and ragged", ["  confidential information - do not distribute ", "", ""], true),
        ("copyright", ["Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."], true),
        ("copyright sign", ["Copyright © 2000-2026 salesforce.com, inc. All rights reserved."], true),
        ("another company's copyright", ["Copyright (c) 2026 Acme Corp. All rights reserved."], false),
        ("confidential with data beside it", ["Confidential Information - Do Not Distribute", "A1"], false),
        ("grand totals without a count", ["Grand Totals"], false),
        ("grand totals, words after", ["Grand Totals (3 records) for EMEA"], false),
        ("text in the second field", ["", "Grand Totals (3 records)"], false),
        ("an ordinary row", ["D1", "A1", "2026-06-30", "100"], false),
        ("a blank row", ["", ""], false),
    ])
    func recognizesFooterLines(_ name: String, _ fields: [String], _ expected: Bool) {
        #expect(ReportFooter.isFooterLine(fields) == expected, "\(name)")
    }

    private static let header = #""Opportunity ID","Account ID","Account Name","Stage","Close Date","Amount""#
    private static let footer = """
        ""
        "Grand Totals (3 records)","","","","","3,000.00"
        "Confidential Information - Do Not Distribute"
        "Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."

        """

    private static func ingest(deals: String, preset: Config.Preset) throws -> IngestedData {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("deals.csv", deals)
        try dir.write("milestones.csv", "account_id,milestone,status\n")
        var config = smallConfig()
        config.csv.preset = preset
        config.columns = preset == .none ? ["deals": ["deal_id": "Opportunity ID", "acv": "Amount"]] : [:]
        return try Ingestor(config: config, dataDirectory: dir.path, today: day("2026-12-31"),
                            logger: Logger(label: "footer-tests") { _ in SwiftLogNoOpLogHandler() }).ingest()
    }

    @Test(arguments: [Config.Preset.salesforce, .none])
    func trailingFooterRowsAreSkippedNotRejected(_ preset: Config.Preset) throws {
        let deals = Self.header + "\n" + """
            "006A1","001A1","Acme","Closed Won","6/30/2026","1,000.00"
            "006A2","001A2","Globex","Closed Won","6/29/2026","2,000.00"
            "006A3","001A3","Initech","Closed Lost","6/28/2026","0.00"

            """ + Self.footer
        let data = try Self.ingest(deals: deals, preset: preset)
        #expect(data.rejects == [])
        // 3 data rows (2 accepted, 1 lost) + blank + 3 footer rows, of which
        // two are ragged (1 field against 6): 7 read, 2 accepted, 5 skipped.
        let file = try #require(data.files.first)
        #expect(file.rowsRead == 7)
        #expect(file.accepted == 2)
        #expect(file.skipped == 5)
        #expect(data.accounts.map(\.accountID) == ["001A1", "001A2"])
    }

    @Test func footerLinesFollowedByDataAreOrdinaryRows() throws {
        // The "footer" sits mid-file: the row after it is data, so both footer
        // lines are judged as rows; the one-field line is ragged.
        let deals = Self.header + "\n" + """
            "006A1","001A1","Acme","Closed Won","6/30/2026","1,000.00"
            "Confidential Information - Do Not Distribute"
            "Grand Totals (1 records)","001A9","","Closed Won","6/30/2026","1.00"
            "006A2","001A2","Globex","Closed Won","6/29/2026","2,000.00"

            """
        let data = try Self.ingest(deals: deals, preset: .salesforce)
        #expect(data.rejects.map(\.line) == [3])
        #expect(data.rejects.first?.reason.hasPrefix("row has 1 field but the header has 6") == true)
        // Line 4 reads like a totals row but is followed by data, so it is
        // judged as a deal, and it is a valid one.
        #expect(data.accounts.map(\.accountID) == ["001A1", "001A2", "001A9"])
        let file = try #require(data.files.first)
        #expect([file.rowsRead, file.accepted, file.skipped, file.rejected] == [4, 3, 0, 1])
    }

    @Test func aFooterWithoutItsBlankRowIsStillSkipped() throws {
        let deals = Self.header + "\n" + """
            "006A1","001A1","Acme","Closed Won","6/30/2026","1,000.00"
            "Confidential Information - Do Not Distribute"

            """
        let data = try Self.ingest(deals: deals, preset: .salesforce)
        #expect(data.rejects == [])
        #expect(data.files.first?.skipped == 1)
    }

    @Test func blankRowsMidFileAreSkippedAndDoNotEndTheData() throws {
        let deals = Self.header + "\n" + """
            "006A1","001A1","Acme","Closed Won","6/30/2026","1,000.00"
            "","","","","",""
            "006A2","001A2","Globex","Closed Won","6/29/2026","2,000.00"

            """ + Self.footer
        let data = try Self.ingest(deals: deals, preset: .salesforce)
        #expect(data.rejects == [])
        #expect(data.accounts.count == 2)
        // 2 deals + 1 blank mid-file + 1 blank and 3 footer lines at the end.
        #expect(data.files.first.map { [$0.rowsRead, $0.accepted, $0.skipped] } == [7, 2, 5])
    }
}
