import Foundation
import OnboardingModel
import Testing
@testable import SampleExports

/// The sample is shaped like real exports (issue 12): events in time order across
/// accounts, ids in no particular order, three years of history, many onboardings
/// that were abandoned and stay open.
@Suite("SampleGenerator: exports shaped like real ones")
struct SampleShapeTests {
    @Test("events are written in UTC time order across accounts, not grouped by account")
    func eventsInTimeOrder() throws {
        let sample = try GeneratedSample(accounts: 3000, seed: 13)
        defer { sample.remove() }
        let events = try sample.records("events.csv")
        let instants = try events.map { try #require(Self.utcSeconds($0["occurred_at"]!), "\($0["occurred_at"]!)") }
        #expect(zip(instants, instants.dropFirst()).allSatisfy { $0 <= $1 })
        // Grouped by account, a 3,000-account file would change account about 3,000 times;
        // interleaved in time, nearly every row is another account than the row before.
        let accounts = events.map { $0["account_id"]! }
        let changes = zip(accounts, accounts.dropFirst()).filter { $0 != $1 }.count
        #expect(changes > events.count * 9 / 10)
        // Every account's own events are still all there: the stories hold ~10 each.
        #expect(Set(accounts).count > 2900)
    }

    @Test("account and deal ids are in no particular order")
    func idsShuffled() throws {
        let sample = try GeneratedSample(accounts: 2000, seed: 13)
        defer { sample.remove() }
        let deals = try sample.records("deals.csv")
        let dealIDs = deals.map { $0["deal_id"]! }
        let accountIDs = deals.map { $0["account_id"]! }
        // Sorted (or reverse-sorted) ids would rise (fall) at every step; shuffled ones
        // rise at about half the steps.
        for ids in [dealIDs, accountIDs] {
            let rises = zip(ids, ids.dropFirst()).filter { $0 < $1 }.count
            #expect(rises > ids.count / 4 && rises < ids.count * 3 / 4)
        }
        // Still one onboarded account per id 1...2000: a permutation, nothing lost.
        let won: Set<String> = ["closed won", "closed-won", "won"]
        let onboarded = Set(deals.filter { won.contains($0["stage"]!.lowercased()) }.map { $0["account_id"]! })
        #expect(onboarded == Set((1...2000).map { String(format: "ACC-%06d", $0) }))
    }

    @Test("ShuffledNumbers is a permutation of 1...count", arguments: [1, 2, 6, 10, 400, 1001, 6000])
    func permutation(count: Int) {
        let numbers = ShuffledNumbers(count: count, seed: 7)
        let all = (0..<count).map(numbers.number)
        #expect(all.sorted() == Array(1...count))
    }

    @Test("at least three years of history, and many onboardings abandoned and still open")
    func historyAndAbandonment() {
        let through = Day(year: 2026, month: 11, day: 22)!
        let teller = StoryTeller(accounts: 3000, seed: 7, through: through)
        let stories = (0..<teller.accounts).map(teller.story)
        let first = stories.map(\.close).min()!
        // Three years = 1,096 days back to `through` (a weekend close may slide 2 days earlier).
        #expect(through - first >= 3 * 365)
        #expect(through - first <= 1096 + 2)
        // Abandoned (18% / 25% / 34% by tier ≈ 29% overall of the accounts that did not churn):
        // still active a year after closing, with no progress for a year.
        let old = stories.filter { through - $0.close >= 365 }
        let abandoned = old.filter { $0.isActive(at: through) && through - $0.lastProgress(by: through) >= 365 }
        let share = Double(abandoned.count) / Double(old.count)
        #expect(share > 0.2 && share < 0.4, "\(share)")
        #expect(abandoned.allSatisfy { $0.churn == nil })
    }

    /// Seconds since 1970 of an ISO date-time (`Z`, fraction or offset).
    static func utcSeconds(_ text: String) -> Int? {
        guard text.count >= 19, let day = Day(iso: text.prefix(10)) else { return nil }
        let clock = text.dropFirst(11).prefix(8).split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3 else { return nil }
        var seconds = Int(day.ordinal) * 86_400 + clock[0] * 3600 + clock[1] * 60 + clock[2]
        let zone = text.dropFirst(19).drop { $0 == "." || $0.isNumber }
        if zone == "Z" { return seconds }
        let parts = zone.dropFirst().split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2, let sign = zone.first, sign == "+" || sign == "-" else { return nil }
        seconds -= (sign == "+" ? 1 : -1) * (parts[0] * 3600 + parts[1] * 60)
        return seconds
    }
}
