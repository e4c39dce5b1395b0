@testable import Ingest
import Logging
import OnboardingModel
import Testing
import TestSupport

/// The messages a new user meets first, pinned word for word: each names the
/// file (fatal errors) or column (rejects, whose file and line rejects.csv
/// carries), what was found, and what would be accepted.
struct ErrorMessageTests {
    private static let header = "deal_id,account_id,close_date,acv\n"

    /// The fatal error of ingesting `deals` (milestones empty), or nil.
    private static func fatal(deals: String?, config: Config = smallConfig()) throws -> (PipelineError?, String) {
        let dir = try TempDirectory()
        defer { dir.remove() }
        if let deals { try dir.write("deals.csv", deals) }
        try dir.write("milestones.csv", "account_id,milestone,status\n")
        do {
            _ = try Ingestor(config: config, dataDirectory: dir.path, today: day("2026-12-31"),
                             logger: Logger(label: "error-tests") { _ in SwiftLogNoOpLogHandler() }).ingest()
            return (nil, dir.path)
        } catch {
            return (error, dir.path)
        }
    }

    @Test func missingFile() throws {
        let (error, path) = try Self.fatal(deals: nil)
        #expect(error?.kind == .missingInput)
        #expect(error?.message == "deals.csv: cannot open \(path)/deals.csv (No such file or directory). "
            + "Put the deals export there, point --data at the directory that holds it, or set data.deals "
            + "in the config to its file name.")
    }

    @Test func missingColumn() throws {
        let (error, _) = try Self.fatal(deals: "Deal ID,Account,Close Date,Amount\nD1,A1,2026-01-01,5\n")
        #expect(error?.kind == .data)
        #expect(error?.message == #"deals.csv: missing required columns account_id, acv. Headers found: "Deal ID", "#
            + #""Account", "Close Date", "Amount". Rename the export's header or map it in the config, e.g. "#
            + #"columns: {deals: {account_id: "<header in deals.csv>"}}, or for a Salesforce or HubSpot export "#
            + "set csv.preset (or --preset) to salesforce or hubspot.")
    }

    @Test func unclosedQuote() throws {
        let (error, _) = try Self.fatal(deals: Self.header + "D1,A1,2026-01-01,1\nD2,\"A2,2026-01-01,1\n")
        #expect(error?.kind == .data)
        #expect(error?.message == "deals.csv: line 3: a quoted field opened here never closes; close the quote, "
            + "or double every \" inside a quoted field (\"\"), then re-export.")
    }

    @Test func quoteClosedMidFieldNamesItsLineAndNeverSwallowsRows() throws {
        // The issue's file: D2's account name closes its quote before the field ends. The lenient
        // reader ran on to the next quote: exit 0, rows gone, A2 given a later row's values.
        var deals = Self.header + "D1,A1,2026-01-01,1000\nD2,\"Acme\"Inc,2026-10-02,2000\n"
        for i in 3...10 { deals += "D\(i),\"A\(i)\",2026-10-0\(i % 9 + 1),\(i)000\n" }
        let (error, _) = try Self.fatal(deals: deals)
        #expect(error?.kind == .data)
        #expect(error?.message == "deals.csv: line 3: a quoted field is closed by a quote that is followed by more "
            + "text (as in \"Acme\"Inc); quote the whole field and double every \" inside it (\"\"\"Acme\"\" Inc\"), "
            + "then re-export. Nothing after this line was read.")
        #expect(error?.message.contains("never closes") == false)
    }

    @Test func headerOnlyDealsNamesDealsNotMilestones() throws {
        // Issue 10 item 25: every milestone row was rejected for an unknown account, and the
        // reject gate blamed milestones.csv.
        let (error, _) = try Self.fatal(deals: Self.header)
        #expect(error?.kind == .data)
        #expect(error?.message == "deals.csv: the file has a header but no data rows; every other export attaches "
            + "to its deals. Check that the deals export ran and wrote its rows.")
        let (lost, _) = try Self.fatal(deals: "deal_id,account_id,close_date,acv,stage\nD1,A1,2026-01-01,5,lost\n")
        #expect(lost?.message.hasPrefix("deals.csv: no row has a closed-won stage") == true)
    }

    @Test func emptyFile() throws {
        let (error, _) = try Self.fatal(deals: "")
        #expect(error?.kind == .data)
        #expect(error?.message == "deals.csv: the file is empty. It needs a header row naming at least "
            + "deal_id, account_id, close_date, acv, then one row per record.")
    }

    struct Reject: Sendable, CustomTestStringConvertible {
        let name: String
        let rows: [[String]]
        let reason: String
        var dateOrder = Config.DateOrder.mdy
        var testDescription: String { name }
    }

    static let rejects: [Reject] = [
        Reject(name: "ragged row", rows: [["D1", "A1", "2026-01-01"]],
               reason: "row has 3 fields but the header has 4; a value that holds the delimiter or a line break "
                + "must be in double quotes"),
        Reject(name: "impossible date", rows: [["D1", "A1", "2026-02-30", "1"]],
               reason: "close_date \"2026-02-30\" is not a valid date; accepted: YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS][ UTC], "
                + "ISO date-times (YYYY-MM-DDTHH:MM:SS[.fff][Z|±hh:mm]), M/D/YYYY or M/D/YY (csv.date_order: mdy) "
                + "with an optional time H:MM[:SS][ AM|PM]"),
        Reject(name: "day-first date under mdy", rows: [["D1", "A1", "30/06/2026", "1"]],
               reason: "close_date \"30/06/2026\" is not a date in M/D/YYYY order; if the export writes day first, "
                + "set csv.date_order: dmy"),
        Reject(name: "month-first date under dmy", rows: [["D1", "A1", "6/30/2026", "1"]],
               reason: "close_date \"6/30/2026\" is not a date in D/M/YYYY order; if the export writes month first, "
                + "set csv.date_order: mdy", dateOrder: .dmy),
        Reject(name: "European decimal comma", rows: [["D1", "A1", "2026-01-01", "1.250,50"]],
               reason: "acv \"1.250,50\" is not an amount; accepted: 12500, 12,500.00, $12,500, €12,500, EUR 12500, "
                + "12500 EUR (a decimal point; commas only between thousands)"),
        Reject(name: "negative amount", rows: [["D1", "A1", "2026-01-01", "-500"]],
               reason: "acv \"-500\" is negative; an ACV cannot be below zero"),
        Reject(name: "placeholder id", rows: [["TBD", "A1", "2026-01-01", "1"]],
               reason: "deal_id \"TBD\" is a placeholder for no value; every row needs one"),
        Reject(name: "duplicate deal", rows: [["D1", "A1", "2026-01-01", "1"], ["D1", "A2", "2026-01-01", "1"]],
               reason: "duplicate deal_id \"D1\": the row at line 2 has it and is kept; give each deal its own id "
                + "or remove the repeat"),
        Reject(name: "currency without a rate", rows: [["D1", "A1", "2026-01-01", "€1,000"]],
               reason: "acv \"€1,000\" is in EUR, which has no exchange rate; add currency.rates.EUR to the config "
                + "(units of USD per 1 EUR, e.g. currency: {rates: {EUR: 1.08}})"),
    ]

    @Test(arguments: rejects)
    func rejectReason(_ c: Reject) throws {
        var config = smallConfig()
        config.csv.dateOrder = c.dateOrder
        var ingest = DealsIngest(config: config, today: day("2026-12-31"))
        try feed(&ingest, header: ["deal_id", "account_id", "close_date", "acv"], rows: c.rows)
        #expect(ingest.tally.rejects.map(\.reason) == [c.reason])
    }

    @Test func invalidUTF8NamesColumnFieldAndByte() throws {
        var ingest = DealsIngest(config: smallConfig(), today: day("2026-12-31"))
        try ingest.readHeader(["deal_id", "Account Name", "account_id", "close_date", "acv"])
        ingest.consume(Row(2, ["D1", "Caf\u{FFFD}", "A1", "2026-01-01", "1"], invalidUTF8: (field: 1, byteOffset: 3)))
        #expect(ingest.tally.rejects.map(\.reason) == [
            "column 'Account Name' (field 2) is not valid UTF-8 from byte 3 of the field; the file is in another "
                + "encoding (e.g. Windows-1252): re-export it as UTF-8 or UTF-16 (Unicode text)",
        ])
    }

    @Test func configPresetTypoNamesKeyPathAndChoices() {
        #expect {
            _ = try ConfigLoader.load(yaml: "csv:\n  preset: salesfroce\n", source: "onboarding.yaml")
        } throws: { error in
            (error as? PipelineError)?.message
                == #"onboarding.yaml: csv.preset must be none, salesforce or hubspot, found "salesfroce""#
        }
    }
}
