@testable import Ingest
import OnboardingModel
import Testing

/// Feeds deals rows and folds them into accounts.
private func ingestDeals(_ header: [String], _ rows: [[String]], config: Config = smallConfig(),
                         today: Day = day("2025-12-31")) throws
    -> (ingest: DealsIngest, accounts: [OnboardedAccount], notes: [DataQualityNote]) {
    var ingest = DealsIngest(config: config, today: today)
    try feed(&ingest, header: header, rows: rows)
    let (accounts, notes) = ingest.finish()
    return (ingest, accounts, notes)
}

private let basic = ["deal_id", "account_id", "close_date", "acv"]

struct DealsIngestTests {
    @Test func stageKeepsOnlyClosedWonSpellings() throws {
        let rows = [["D1", "A1", "2025-03-01", "100", "Closed Won"],
                    ["D2", "A2", "2025-03-01", "100", "closed-won"],
                    ["D3", "A3", "2025-03-01", "100", "ClosedWon"],
                    ["D4", "A4", "2025-03-01", "100", "Won"],
                    ["D5", "A5", "2025-03-01", "100", "Closed Lost"],
                    ["D6", "A6", "not a date", "100", "Negotiation"]]
        let r = try ingestDeals(basic + ["Stage"], rows)
        // Four won spellings accepted; lost and open skipped even with a bad date.
        #expect(r.ingest.tally.accepted == 4)
        #expect(r.ingest.tally.skipped == 2)
        #expect(r.ingest.tally.rejected == 0)
        #expect(r.accounts.map(\.accountID) == ["A1", "A2", "A3", "A4"])
    }

    @Test func withoutStageEveryDealCounts() throws {
        let r = try ingestDeals(basic, [["D1", "A1", "2025-03-01", "100"], ["D2", "A2", "2025-03-02", "5"]])
        #expect(r.ingest.tally.accepted == 2)
        #expect(r.accounts.count == 2)
    }

    @Test func earliestDealOnboardsTiesBySmallestDealIDBytes() throws {
        let header = basic + ["account_name", "ae"]
        let rows = [["D9", "A1", "2025-03-05", "100", "Late", "Zed"],
                    ["D2", "A1", "2025-03-01", "200", "Two", "Bo"],
                    // Same day as D2: "D10" < "D2" in byte order ('1' < '2').
                    ["D10", "A1", "2025-03-01", "300", "Ten", "Al"],
                    // Byte order puts uppercase before lowercase: "B7" < "a1".
                    ["a1", "A2", "2025-04-01", "1", "lower", ""],
                    ["B7", "A2", "2025-04-01", "2", "upper", ""]]
        let r = try ingestDeals(header, rows)
        let a1 = try #require(r.accounts.first { $0.accountID == "A1" })
        #expect(a1.dealID == "D10")
        #expect(a1.accountName == "Ten")
        #expect(a1.ae == "Al")
        #expect(a1.acvCents == 30_000)
        #expect(a1.closeDate == day("2025-03-01"))
        let a2 = try #require(r.accounts.first { $0.accountID == "A2" })
        #expect(a2.dealID == "B7")
    }

    @Test func laterDealsAreAcceptedAsExpansions() throws {
        let rows = [["D1", "A1", "2025-03-01", "100"], ["D2", "A1", "2025-05-01", "50"],
                    ["D3", "A1", "2025-06-01", "50"], ["D4", "A2", "2025-03-01", "10"]]
        let r = try ingestDeals(basic, rows)
        #expect(r.ingest.tally.accepted == 4)
        #expect(r.accounts.count == 2)
        // D2 and D3 follow A1's first deal: 2 expansions.
        let note = try #require(r.notes.first { $0.message.contains("expansions") })
        #expect(note.count == 2)
        #expect(note.file == "deals.csv")
    }

    @Test func churnIsTheLatestAmongClosedWonDeals() throws {
        let rows = [["D1", "A1", "2025-01-01", "100", "2025-06-01"],
                    ["D2", "A1", "2025-02-01", "100", "2025-08-01"],
                    ["D3", "A1", "2025-03-01", "100", "n/a"],
                    ["D4", "A2", "2025-01-01", "100", ""]]
        let r = try ingestDeals(basic + ["churn_date"], rows)
        #expect(r.accounts[0].churnDate == day("2025-08-01"))
        #expect(r.accounts[1].churnDate == nil)
    }

    @Test func unparsableOptionalDatesAreMissingAndNoted() throws {
        let rows = [["D1", "A1", "2025-01-01", "100", "soon", "2026-01-01"],
                    ["D2", "A2", "2025-01-01", "100", "2025-02-30", "next year"]]
        let r = try ingestDeals(basic + ["churn_date", "renewal_date"], rows)
        #expect(r.ingest.tally.accepted == 2)
        #expect(r.accounts[0].churnDate == nil)
        #expect(r.accounts[0].renewalDate == day("2026-01-01"))
        #expect(r.accounts[1].renewalDate == nil)
        #expect(r.notes == [
            DataQualityNote(file: "deals.csv",
                            message: "renewal_date not a valid date, treated as missing (e.g. 'next year')", count: 1),
            DataQualityNote(file: "deals.csv",
                            message: "churn_date not a valid date, treated as missing (e.g. 'soon', '2025-02-30')",
                            count: 2),
        ])
    }

    @Test func repeatedDealIDKeepsTheFirstRow() throws {
        let rows = [["D1", "A1", "2025-01-01", "100"], ["D2", "A2", "2025-01-01", "100"],
                    ["D1", "A3", "2025-01-01", "100"]]
        let r = try ingestDeals(basic, rows)
        #expect(r.ingest.tally.rejects == [
            RejectedRow(file: "deals.csv", line: 4,
                        reason: "duplicate deal_id \"D1\": the row at line 2 has it and is kept; "
                            + "give each deal its own id or remove the repeat",
                        raw: ["D1", "A3", "2025-01-01", "100"]),
        ])
        #expect(r.accounts.map(\.accountID) == ["A1", "A2"])
    }

    @Test func unusableRequiredValuesAreRejectedWithTheValue() throws {
        let rows = [["", "A1", "2025-01-01", "100"],
                    ["D2", "n/a", "2025-01-01", "100"],
                    ["D3", "A3", "2025-02-30", "100"],
                    ["D4", "A4", "", "100"],
                    ["D5", "A5", "2025-01-01", "-100"],
                    ["D6", "A6", "2025-01-01", "lots"],
                    ["D7", "A7", "2025-01-01", ""]]
        let r = try ingestDeals(basic, rows)
        let formats = DateParser().acceptedFormatsText
        #expect(r.ingest.tally.rejects.map(\.reason) == [
            "deal_id is empty; every row needs one",
            "account_id \"n/a\" is a placeholder for no value; every row needs one",
            "close_date \"2025-02-30\" is not a valid date; accepted: \(formats)",
            "close_date is empty; every row needs one",
            "acv \"-100\" is negative; an ACV cannot be below zero",
            "acv \"lots\" is not an amount; accepted: \(acceptedMoneyFormats)",
            "acv is empty; every row needs one",
        ])
        #expect(r.ingest.tally.rejects.map(\.line) == [2, 3, 4, 5, 6, 7, 8])
        #expect(r.accounts.isEmpty)
    }

    @Test func optionalTextIsTrimmedAndPlaceholdersAreEmpty() throws {
        let header = basic + ["account_name", "csm", "region", "goals"]
        let r = try ingestDeals(header,
                                [[" D1 ", " A1 ", "2025-01-01", "$1,000.50", " Acme ", "TBD", "EMEA", "grow"]])
        let a = try #require(r.accounts.first)
        #expect(a.accountID == "A1")
        #expect(a.dealID == "D1")
        #expect(a.accountName == "Acme")
        #expect(a.csm == "")
        #expect(a.region == "EMEA")
        #expect(a.acvCents == 100_050)
    }

    @Test func handoffPresenceFollowsConfiguredFields() throws {
        // smallConfig's handoff fields: goals, champion.
        let header = basic + ["Champion", "goals"]
        let rows = [["D1", "A1", "2025-01-01", "1", "Pat", "n/a"], ["D2", "A2", "2025-01-01", "1", "", "grow"]]
        let r = try ingestDeals(header, rows)
        #expect(r.accounts[0].handoffPresent == [false, true])
        #expect(r.accounts[1].handoffPresent == [true, false])
        let noColumns = try ingestDeals(basic, [["D1", "A1", "2025-01-01", "1"]])
        #expect(noColumns.accounts[0].handoffPresent == [false, false])
    }

    @Test func accountsSortByAccountIDBytes() throws {
        let rows = [["D1", "b", "2025-01-01", "1"], ["D2", "B", "2025-01-01", "1"],
                    ["D3", "A10", "2025-01-01", "1"], ["D4", "A9", "2025-01-01", "1"]]
        let r = try ingestDeals(basic, rows)
        #expect(r.accounts.map(\.accountID) == ["A10", "A9", "B", "b"])
    }

    @Test func sortingMovesEveryAccountWithItsOwnFields() throws {
        // 600 accounts in a scrambled order (i × 7 mod 600 visits every i once,
        // in many permutation cycles), each with a name and ACV derived from
        // its id: after sorting, every account still has its own.
        let ids = (0..<600).map { i in "ACC-" + String(1000 + (i * 7) % 600) }
        let rows = ids.enumerated().map { index, id in
            ["D\(index)", id, "2025-01-01", id.dropFirst(4) + ".00", "name of \(id)"]
        }
        let r = try ingestDeals(basic + ["account_name"], rows)
        #expect(r.accounts.map(\.accountID) == ids.sorted())
        for account in r.accounts {
            #expect(account.accountName == "name of \(account.accountID)")
            #expect(account.acvCents == Int64(account.accountID.dropFirst(4))! * 100)
        }
    }

    @Test func newestDateIgnoresDatesAfterToday() throws {
        let rows = [["D1", "A1", "2025-03-01", "1", "2025-04-01"], ["D2", "A2", "2025-05-01", "1", ""],
                    ["D3", "A3", "2025-02-01", "1", "2025-04-20"]]
        let r = try ingestDeals(basic + ["churn_date"], rows, today: day("2025-04-30"))
        // 2025-05-01 is after today; the churn 2025-04-20 is the newest before it.
        #expect(r.ingest.newest.value == day("2025-04-20"))
    }
}
