@testable import Ingest
import OnboardingModel
import Testing

struct HeaderMappingTests {
    @Test(arguments: [
        ("Close Date", "close_date"),
        ("  CLOSE DATE  ", "close_date"),
        ("close-date", "close_date"),
        ("Close.Date", "close_date"),
        ("Close -  Date", "close_date"),
        ("close_date", "close_date"),
        ("Deal ID", "deal_id"),
        ("In Progress", "in_progress"),
        ("N/A", "n/a"),
        ("Closed Won", "closed_won"),
    ])
    func normalizesHeaders(_ text: String, _ expected: String) {
        #expect(normalizedName(text) == expected)
    }

    @Test func findsColumnsInAnyOrderIgnoringExtras() throws {
        let map = try HeaderMap(header: ["Extra", "ACV", "Close Date", "Account-ID", "deal id"], file: "deals",
                                fileName: "deals.csv", required: ["deal_id", "account_id", "close_date", "acv"],
                                optional: ["stage"], columns: [:])
        #expect(map["deal_id"] == 4)
        #expect(map["account_id"] == 3)
        #expect(map["close_date"] == 2)
        #expect(map["acv"] == 1)
        #expect(map["stage"] == nil)
    }

    @Test(arguments: [
        (["deal_id", "acv", "acv"], "acv", #"columns "acv" (column 2) and "acv" (column 3) are both acv"#),
        (["close_date", "deal_id", "Close Date"], "close_date",
         #"columns "close_date" (column 1) and "Close Date" (column 3) are both close_date"#),
        (["deal_id", "Stage", "stage"], "stage", #"columns "Stage" (column 2) and "stage" (column 3) are both stage"#),
    ])
    func twoColumnsForOneCanonicalNameAreADataError(header: [String], canonical: String, named: String) throws {
        // SPEC §3: the first used to win silently, and an empty first one rejected every row.
        let error = #expect(throws: PipelineError.self) {
            try HeaderMap(header: header, file: "deals", fileName: "deals.csv", required: ["deal_id"],
                          optional: ["acv", "close_date", "stage"], columns: [:])
        }
        #expect(error?.kind == .data)
        #expect(error?.message == "deals.csv: \(named); keep one in the export, or map the one to use in the "
            + "config, e.g. columns: {deals: {\(canonical): \"\(header[header.firstIndex { normalizedName($0) == canonical }!])\"}}.")
    }

    @Test func aMappedColumnIsNoDuplicateOfTheCanonicallyNamedOne() throws {
        let map = try HeaderMap(header: ["acv", "Amount", "ACV"], file: "deals", fileName: "deals.csv",
                                required: ["acv"], optional: [], columns: ["deals": ["acv": "Amount"]])
        #expect(map["acv"] == 1)
    }

    @Test(arguments: [
        (["deal_id;account_id;close_date;acv"], #"set csv.delimiter: ";" in the config"#),
        (["deal_id\taccount_id"], #"set csv.delimiter: "\t" in the config"#),
        (["d\0e\0a\0l\0_\0i\0d\0", "a"], "The header holds NUL bytes"),
    ])
    func aHeaderThatMapsNothingSaysWhy(header: [String], hint: String) throws {
        // Issue 10 item 25: a ;-separated file never suggested csv.delimiter; NUL bytes showed as "account_id".
        let error = #expect(throws: PipelineError.self) {
            try HeaderMap(header: header, file: "deals", fileName: "deals.csv", required: ["deal_id", "acv"],
                          optional: [], columns: [:])
        }
        #expect(error?.message.contains(hint) == true, "\(error?.message ?? "")")
    }

    @Test func columnsMappingNormalizesBothSides() throws {
        let columns = ["deals": ["Close Date": "closed won date", "acv": "Amount"]]
        let map = try HeaderMap(header: ["deal_id", "Closed Won Date", "Amount", "close_date"], file: "deals",
                                fileName: "deals.csv", required: ["close_date", "acv"], optional: [],
                                columns: columns)
        // The mapping wins over a column named like the canonical name.
        #expect(map["close_date"] == 1)
        #expect(map["acv"] == 2)
    }

    @Test func columnsOfAnotherFileDoNotApply() throws {
        let columns = ["milestones": ["acv": "Amount"]]
        let map = try HeaderMap(header: ["acv", "Amount"], file: "deals", fileName: "deals.csv",
                                required: ["acv"], optional: [], columns: columns)
        #expect(map["acv"] == 0)
    }

    @Test func missingColumnsNameFileColumnsHeadersAndFix() {
        #expect {
            _ = try HeaderMap(header: ["Deal ID", "Account"], file: "deals", fileName: "deals.csv",
                              required: ["deal_id", "account_id", "close_date"], optional: [], columns: [:])
        } throws: { error in
            guard let error = error as? PipelineError else { return false }
            return error.kind == .data
                && error.message.hasPrefix("deals.csv: missing required columns account_id, close_date.")
                && error.message.contains(#"Headers found: "Deal ID", "Account"."#)
                && error.message.contains(#"columns: {deals: {account_id: "<header in deals.csv>"}}"#)
        }
    }

    @Test func missingMappedColumnNamesTheMapping() {
        #expect {
            _ = try HeaderMap(header: ["Close Date"], file: "deals", fileName: "deals.csv",
                              required: ["close_date"], optional: [],
                              columns: ["deals": ["close_date": "Closed Won Date"]])
        } throws: { error in
            let message = (error as? PipelineError)?.message ?? ""
            return message.contains(
                #"missing required column close_date (mapped by columns.deals.close_date to "Closed Won Date")"#)
        }
    }
}
