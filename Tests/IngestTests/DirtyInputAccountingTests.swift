@testable import Ingest
import Logging
import OnboardingModel
import Testing
import TestSupport

/// Row accounting on dirty exports (SPEC §3 "Bad rows: nothing is lost"):
/// for every file, rows read = accepted + skipped + rejected, and each row
/// lands in the bucket its defect calls for.
struct DirtyInputAccountingTests {
    static let deals = """
        "Opportunity ID","Account ID","Account Name","Stage","Close Date","Amount","Amount Currency"
        "006A1","001A1","Acme","Closed Won","6/30/2026","1,000.00","USD"
        "006A2","001A2","Globex","Closed Won","6/29/2026","2,000.00","EUR"
        "006A3","001A3","Initech","Closed Lost","6/28/2026","3.00","USD"
        "","","","","","",""
        "006A1","001A9","Acme again","Closed Won","6/30/2026","1.00","USD"
        "006A5","N/A","Hooli","Closed Won","6/30/2026","1.00","USD"
        "006A6","001A6","Ragged"
        "006A7","001A7","Umbrella","Closed Won","6/31/2026","1.00","USD"
        "006A8","001A8","Stark","Closed Won","6/30/2026","1.00","CHF"
        "006A9","001A1","Acme upsell","Closed Won","7/15/2026","500","USD"

        "Grand Totals (10 records)","","","","","3,509.00",""
        "Confidential Information - Do Not Distribute"
        "Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."

        """

    static let milestones = """
        account_id,milestone,status,completed_date
        001A1,kickoff,complete,2026-07-02
        001A1,kickoff,complete,2026-07-01
        001A2,Welcome Call,complete,2026-07-01
        001A2,setup,finished,2026-07-01
        001A3,kickoff,complete,2026-07-01
        ,,,
        001A2,kickoff
        001A2,kickoff,complete,

        """

    @Test func everyRowIsAcceptedSkippedOrRejectedOnce() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("deals.csv", Self.deals)
        try dir.write("milestones.csv", Self.milestones)
        var config = smallConfig()
        config.csv.preset = .salesforce
        config.currency.rates = ["EUR": Rational(108, 100)]
        let data = try Ingestor(config: config, dataDirectory: dir.path, today: day("2026-12-31"),
                                logger: Logger(label: "dirty") { _ in SwiftLogNoOpLogHandler() }).ingest()

        // deals: lines 2-11 (10 rows, one all-empty) + 3 footer lines = 13
        // read; the empty line before the footer is no row at all.
        // accepted: A1, A2, A9 (an expansion of 001A1) = 3.
        // skipped: Closed Lost, the all-empty row, 3 footer lines = 5.
        // rejected: duplicate 006A1, N/A account, ragged, June 31, CHF = 5.
        // milestones: 8 read; accepted: the two A1 kickoffs = 2; skipped: an
        // unknown milestone name and the blank row = 2; rejected: the unknown
        // status, the A3 orphan (lost deal), the ragged row, complete without
        // a date = 4.
        #expect(data.files.map { [$0.rowsRead, $0.accepted, $0.skipped, $0.rejected] }
            == [[13, 3, 5, 5], [8, 2, 2, 4]])
        for file in data.files {
            #expect(file.rowsRead == file.accepted + file.skipped + file.rejected, "\(file.fileName)")
            #expect(data.rejects.filter { $0.file == file.fileName }.count == file.rejected)
        }
        #expect(data.rejects.filter { $0.file == "deals.csv" }.map(\.line) == [6, 7, 8, 9, 10])
        #expect(data.rejects.filter { $0.file == "milestones.csv" }.map(\.line) == [5, 6, 8, 9])
    }
}
