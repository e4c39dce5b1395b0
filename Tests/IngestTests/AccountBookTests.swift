@testable import Ingest
import OnboardingModel
import Testing

/// A closed-won deal as staging hands it over; only what a case varies is named.
private func deal(_ dealID: String, _ accountID: String, _ close: String, acvCents: Int64 = 10_000,
                  name: String = "", churn: String? = nil, unmatchedLabel: String? = nil) -> DealRow {
    DealRow(dealID: dealID, accountID: accountID, accountName: name, closeDate: day(close), acvCents: acvCents,
            segmentIndex: 0, unmatchedSegmentLabel: unmatchedLabel, churnDate: churn.map(day), handoffPresent: [])
}

/// Folds `deals` in the order given, as the ingest does row by row.
private func fold(_ deals: [DealRow], planMilestones: Int = 3) -> AccountBook.Folded {
    var book = AccountBook(planMilestones: planMilestones)
    for deal in deals { book.add(deal) }
    return book.takeAccounts()
}

/// Which of an account's closed-won deals onboards it (SPEC §3 "deals.csv").
struct OnboardingDealCase: Sendable, CustomTestStringConvertible {
    let name: String
    /// Deal id, close date, in the order read; every deal is account A1's.
    let deals: [(id: String, close: String)]
    let onboardingDeal: String
    var testDescription: String { name }
}

struct AccountBookTests {
    @Test(arguments: [
        OnboardingDealCase(name: "earlier close read second", deals: [("D1", "2025-05-01"), ("D2", "2025-03-01")],
                           onboardingDeal: "D2"),
        OnboardingDealCase(name: "earlier close read first", deals: [("D2", "2025-03-01"), ("D1", "2025-05-01")],
                           onboardingDeal: "D2"),
        OnboardingDealCase(name: "three deals, the middle one earliest",
                           deals: [("D1", "2025-06-01"), ("D2", "2025-02-01"), ("D3", "2025-04-01")],
                           onboardingDeal: "D2"),
        // Same close day: the smaller deal_id in byte order, "D10" < "D2" ('1' < '2').
        OnboardingDealCase(name: "tie by deal_id bytes, not number", deals: [("D2", "2025-03-01"), ("D10", "2025-03-01")],
                           onboardingDeal: "D10"),
        OnboardingDealCase(name: "tie read the other way", deals: [("D10", "2025-03-01"), ("D2", "2025-03-01")],
                           onboardingDeal: "D10"),
        // Uppercase sorts before lowercase: "B7" (0x42) < "a1" (0x61).
        OnboardingDealCase(name: "tie: uppercase before lowercase", deals: [("a1", "2025-04-01"), ("B7", "2025-04-01")],
                           onboardingDeal: "B7"),
        // A later tie does not displace an earlier close.
        OnboardingDealCase(name: "tie after the earliest", deals: [("D5", "2025-01-01"), ("D1", "2025-02-01"),
                                                                   ("D0", "2025-02-01")],
                           onboardingDeal: "D5"),
    ])
    func earliestClosedWonDealOnboards(_ c: OnboardingDealCase) throws {
        // Each deal carries its own name and ACV, so the account shows whose values it took.
        let deals = c.deals.enumerated().map { i, d in
            deal(d.id, "A1", d.close, acvCents: Int64(100 * (i + 1)), name: "name of \(d.id)")
        }
        let folded = fold(deals)
        let account = try #require(folded.accounts.first)
        #expect(folded.accounts.count == 1)
        #expect(account.dealID == c.onboardingDeal)
        #expect(account.accountName == "name of \(c.onboardingDeal)")
        let index = try #require(c.deals.firstIndex { $0.id == c.onboardingDeal })
        #expect(account.acvCents == Int64(100 * (index + 1)))
        #expect(account.closeDate == day(c.deals[index].close))
        // Every deal after the account's first is an expansion, whichever onboards.
        #expect(folded.expansions.count == c.deals.count - 1)
        #expect(folded.expansions.examples == ["A1"])
    }

    @Test func churnIsTheLatestStatedByAnyDeal() {
        let folded = fold([
            // A1: the onboarding deal states 06-01, an expansion 08-01, another none.
            deal("D1", "A1", "2025-01-01", churn: "2025-06-01"),
            deal("D2", "A1", "2025-02-01", churn: "2025-08-01"),
            deal("D3", "A1", "2025-03-01"),
            // A2: only an expansion states one.
            deal("D4", "A2", "2025-01-01"),
            deal("D5", "A2", "2025-04-01", churn: "2025-07-01"),
            // A3: none.
            deal("D6", "A3", "2025-01-01"),
        ])
        #expect(folded.accounts.map(\.churnDate) == [day("2025-08-01"), day("2025-07-01"), nil])
        #expect(folded.churnBeforeClose.count == 0)
    }

    @Test func churnBeforeTheOnboardingCloseIsDroppedAndNoted() {
        let folded = fold([
            // A1: churn the day before its close: dropped.
            deal("D1", "A1", "2025-05-01", churn: "2025-04-30"),
            // A2: churn on the close day itself is not before it: kept.
            deal("D2", "A2", "2025-05-01", churn: "2025-05-01"),
            // A3: D3's churn 02-15 is before D3's close, but D4 closes earlier (01-01)
            // and onboards: 02-15 is after that close and stays.
            deal("D3", "A3", "2025-03-01", churn: "2025-02-15"),
            deal("D4", "A3", "2025-01-01"),
        ])
        #expect(folded.accounts.map(\.churnDate) == [nil, day("2025-05-01"), day("2025-02-15")])
        #expect(folded.churnBeforeClose.count == 1)
        #expect(folded.churnBeforeClose.examples == ["A1"])
    }

    @Test func accountsComeSortedByAccountIDBytesWhateverTheReadOrder() {
        let scrambled = fold(["b", "B", "A10", "A9"].enumerated().map { deal("D\($0)", $1, "2025-01-01") })
        #expect(scrambled.accounts.map(\.accountID) == ["A10", "A9", "B", "b"])
        #expect(scrambled.accounts.map(\.dealID) == ["D2", "D3", "D1", "D0"])
        let ascending = fold(["A1", "A2", "A3"].enumerated().map { deal("D\($0)", $1, "2025-01-01") })
        #expect(ascending.accounts.map(\.accountID) == ["A1", "A2", "A3"])
    }

    @Test func unmatchedSegmentLabelsCountOnlyOnboardingDeals() {
        let folded = fold([
            deal("D1", "A2", "2025-01-01", unmatchedLabel: " Strategic "),
            deal("D2", "A1", "2025-01-01", unmatchedLabel: "Key"),
            // A3: the unmatched label's deal is displaced by an earlier one without.
            deal("D3", "A3", "2025-05-01", unmatchedLabel: "Gold"),
            deal("D4", "A3", "2025-01-01"),
            // A4: a later expansion's label is not the account's.
            deal("D5", "A4", "2025-01-01"),
            deal("D6", "A4", "2025-02-01", unmatchedLabel: "Platinum"),
        ])
        // Examples in account order, trimmed.
        #expect(folded.unmatchedLabels.count == 2)
        #expect(folded.unmatchedLabels.examples == ["Key", "Strategic"])
    }

    @Test func anAccountTakesItsDealsValuesAndStartsWithEveryMilestonePending() throws {
        var row = deal("D1", "A1", "2025-03-01", acvCents: 123_456, name: "Acme")
        row.segmentIndex = 2
        row.segmentLabeled = true
        row.ae = "Bo"
        row.csm = "Lee"
        row.region = "EMEA"
        row.renewalDate = day("2026-03-01")
        row.handoffPresent = [true, false]
        row.compareValues = ["pilot"]
        let account = try #require(fold([row], planMilestones: 4).accounts.first)
        #expect(account == {
            var expected = OnboardedAccount(
                accountID: "A1", dealID: "D1", accountName: "Acme", segmentIndex: 2, closeDate: day("2025-03-01"),
                acvCents: 123_456, ae: "Bo", csm: "Lee", region: "EMEA", renewalDate: day("2026-03-01"),
                handoffPresent: [true, false], milestones: PlanProgress(repeating: .pending, count: 4))
            expected.segmentLabeled = true
            expected.compareValues = ["pilot"]
            return expected
        }())
    }

    @Test func noDealsNoAccounts() {
        let folded = fold([])
        #expect(folded.accounts.isEmpty)
        #expect(folded.expansions.count == 0)
    }
}
