import CSVStream
import Foundation
import OnboardingModel
import Testing
@testable import SampleExports

@Suite("SampleGenerator: the export set as files")
struct SampleGeneratorTests {
    @Test("same accounts, seed and through give byte-identical files; another seed differs")
    func deterministic() throws {
        let a = try GeneratedSample(accounts: 300, seed: 11)
        let b = try GeneratedSample(accounts: 300, seed: 11)
        let c = try GeneratedSample(accounts: 300, seed: 12)
        defer { a.remove(); b.remove(); c.remove() }
        for file in GeneratedSample.files {
            #expect(try a.bytes(file) == b.bytes(file), "\(file) differs between identical runs")
        }
        for file in ["deals.csv", "milestones.csv", "events.csv"] {
            #expect(try a.bytes(file) != c.bytes(file), "\(file) ignores the seed")
        }
    }

    @Test("every file starts with its SPEC §3 header", arguments: [
        ("deals.csv", "deal_id,account_id,account_name,stage,close_date,acv,segment,ae,csm,region,renewal_date,"
            + "churn_date,goals,success_criteria,exec_sponsor,champion,backup_champion,technical_contact,"
            + "technical_requirements,timeline_expectation,commitments,competitive_context,track"),
        ("milestones.csv", "account_id,milestone,status,completed_date,target_date"),
        ("events.csv", "account_id,occurred_at,event,user_id"),
        ("csms.csv", "csm,fte,segment,email,manager_email"),
        ("forecast.csv", "segment,month,deals"),
        ("surveys.csv", "account_id,responded_at,score"),
        ("holds.csv", "account_id,start_date,end_date,owner,reason"),
    ])
    func header(file: String, expected: String) throws {
        let sample = try GeneratedSample(accounts: 20, seed: 1)
        defer { sample.remove() }
        let text = String(decoding: try sample.bytes(file), as: UTF8.self)
        #expect(text.prefix(while: { $0 != "\n" }) == expected)
    }

    @Test("row counts scale with the number of accounts", arguments: [500, 2000])
    func rowCounts(accounts: Int) throws {
        let sample = try GeneratedSample(accounts: accounts, seed: 5)
        defer { sample.remove() }
        let n = Double(accounts)
        let deals = Double(try sample.rows("deals.csv").count - 1)
        let milestones = Double(try sample.rows("milestones.csv").count - 1)
        let events = Double(try sample.rows("events.csv").count - 1)
        let surveys = Double(try sample.rows("surveys.csv").count - 1)
        // One onboarding deal each, plus ~5% expansions, ~3% open and ~6% lost deals.
        #expect(deals > 1.08 * n && deals < 1.22 * n)
        #expect(milestones > 4.5 * n && milestones < 5.5 * n)
        #expect(events > 8.5 * n && events < 12 * n)
        // ~30% of the accounts that reached first value.
        #expect(surveys > 0.15 * n && surveys < 0.3 * n)
        // 3 segments × 3 months.
        #expect(try sample.rows("forecast.csv").count - 1 == 9)
    }

    @Test("nothing is dated after `through` except a rare future milestone completion")
    func datesBounded() throws {
        let through = Day(year: 2026, month: 11, day: 22)!
        let sample = try GeneratedSample(accounts: 5000, seed: 9, through: through)
        defer { sample.remove() }
        // The planted impossible day (`YYYY-02-30`) is no date at all.
        for deal in try sample.records("deals.csv") where !deal["close_date"]!.hasSuffix("-02-30") {
            let close = try #require(TestDates.day(deal["close_date"]!), "unreadable close_date \(deal["close_date"]!)")
            #expect(close <= through)
            if let churn = TestDates.day(deal["churn_date"]!) { #expect(churn <= through) }
        }
        var future = 0
        for row in try sample.records("milestones.csv") {
            guard let done = TestDates.day(row["completed_date"]!), done > through else { continue }
            future += 1
            #expect(["complete", "completed", "done", "achieved"].contains(row["status"]!.lowercased()))
        }
        // Planted at one account in 90 (55 or 56 of 5,000), showing only where the account
        // is still working through its plan at `through` (not abandoned: a few percent of
        // three years of accounts): one to three expected, never more than 56. (This seed
        // and through show one; a seed showing none would say nothing about the bound.)
        #expect(future >= 1 && future <= 56)
        for event in try sample.records("events.csv") {
            let day = try #require(TestDates.day(event["occurred_at"]!))
            #expect(day <= through)
        }
        for survey in try sample.records("surveys.csv") {
            #expect(try #require(TestDates.day(survey["responded_at"]!)) <= through)
        }
    }

    @Test("holds: customer and vendor, a few open, none ending before it starts or after the exports")
    func holds() throws {
        let sample = try GeneratedSample(accounts: 2000, seed: 3)
        defer { sample.remove() }
        let through = GeneratedSample.through
        let onboarding = try onboardingDeals(sample)
        let accounts = Set(onboarding.values.map { $0["account_id"]! })
        let holds = try sample.records("holds.csv")
        // About half of the ~20% of stalled accounts, plus 3% of the rest: roughly 8% of accounts.
        #expect(holds.count >= 80 && holds.count <= 300)
        var open = 0, vendor = 0
        for hold in holds {
            #expect(accounts.contains(hold["account_id"]!))
            let start = try #require(TestDates.day(hold["start_date"]!))
            #expect(start <= through)
            if let end = TestDates.day(hold["end_date"]!) {
                #expect(end >= start && end <= through)
            } else {
                #expect(hold["end_date"]!.isEmpty)
                open += 1
            }
            #expect(["", "customer", "vendor"].contains(hold["owner"]!))
            if hold["owner"] == "vendor" { vendor += 1 }
            #expect(!hold["reason"]!.isEmpty)
        }
        #expect(open >= 1 && vendor >= 1 && vendor < holds.count / 2)
    }

    @Test("segment mix by onboarding ACV is ~10% enterprise, 30% mid-market, 60% SMB")
    func segmentMix() throws {
        let sample = try GeneratedSample(accounts: 2000, seed: 3)
        defer { sample.remove() }
        let onboarding = try onboardingDeals(sample)
        #expect(onboarding.count == 2000)
        var counts = [0, 0, 0]
        for deal in onboarding.values {
            let acv = try #require(TestDates.money(deal["acv"]!))
            counts[acv >= 100_000 ? 0 : acv >= 25_000 ? 1 : 2] += 1
        }
        // Binomial sd at n = 2000 is ≤ 1.1 points; the bands are ±3 points.
        #expect((140...260).contains(counts[0]))
        #expect((540...660).contains(counts[1]))
        #expect((1140...1260).contains(counts[2]))
    }

    @Test("about a quarter of handoffs are incomplete, SMB the worst")
    func handoffGaps() throws {
        let sample = try GeneratedSample(accounts: 2000, seed: 4)
        defer { sample.remove() }
        let missing: Set<String> = ["", "n/a", "na", "none", "null", "tbd", "-", "?", "unknown"]
        var incomplete = [0, 0, 0], total = [0, 0, 0]
        for deal in try onboardingDeals(sample).values {
            let acv = try #require(TestDates.money(deal["acv"]!))
            let s = acv >= 100_000 ? 0 : acv >= 25_000 ? 1 : 2
            let gaps = Config().handoff.fields.filter { missing.contains(deal[$0]!.lowercased()) }.count
            total[s] += 1
            // Score < 0.8 with ten equal weights: three or more gaps.
            if gaps >= 3 { incomplete[s] += 1 }
        }
        let share = Double(incomplete.reduce(0, +)) / 2000
        #expect(share > 0.2 && share < 0.32)
        #expect(incomplete[2] * total[0] > incomplete[0] * total[2])
    }

    @Test("planted defects appear, and rejects stay far below the 5% limit")
    func plantedDefects() throws {
        let sample = try GeneratedSample(accounts: 5000, seed: 21)
        defer { sample.remove() }
        let deals = try sample.records("deals.csv")
        var seen = Set<String>(), duplicates = 0, impossible = 0, negative = 0
        for deal in deals {
            if !seen.insert(deal["deal_id"]!).inserted { duplicates += 1 }
            if TestDates.day(deal["close_date"]!) == nil { impossible += 1 }
            if deal["acv"]!.hasPrefix("-") { negative += 1 }
        }
        // One of each per block of 400 accounts (so a few-hundred-account sample
        // shows each kind once): 5,000 accounts make 12 whole blocks, and the
        // partial last block (200 accounts) may hold one more.
        #expect((12...13).contains(duplicates))
        #expect((12...13).contains(impossible))
        #expect((12...13).contains(negative))
        #expect(Double(duplicates + impossible + negative) / Double(deals.count) < 0.01)
        let names = deals.map { $0["account_name"]! }
        #expect(names.contains { $0.hasPrefix("=") })
        #expect(names.contains { $0.contains("\n") })
        #expect(names.contains { $0.contains("\"") })
        #expect(names.contains { $0.unicodeScalars.contains { !$0.isASCII } })

        let accounts = Set(try onboardingDeals(sample).keys)
        let milestones = try sample.records("milestones.csv")
        let orphans = milestones.filter { !accounts.contains($0["account_id"]!) }.count
        let undated = milestones.filter { $0["status"]!.lowercased().hasPrefix("complete") && $0["completed_date"]!.isEmpty }.count
        // Orphans: one per 700 accounts (7 whole blocks, maybe one in the last partial one);
        // undated: one per 4,000 accounts per milestone (≤ 5 × 2).
        #expect((7...8).contains(orphans))
        #expect(undated >= 1 && undated <= 10)
        #expect(Double(orphans + undated) / Double(milestones.count) < 0.01)
        #expect(milestones.contains { $0["milestone"] == "Kick-off Call" })
    }

    @Test("CSMs named on deals are the CSMs of csms.csv, each listed once")
    func csmRoster() throws {
        let sample = try GeneratedSample(accounts: 3000, seed: 8)
        defer { sample.remove() }
        let roster = try sample.records("csms.csv").map { $0["csm"]! }
        #expect(Set(roster).count == roster.count)
        let named = Set(try sample.records("deals.csv").map { $0["csm"]! }.filter { !$0.isEmpty })
        #expect(named.isSubset(of: Set(roster)))
        #expect(named.count >= roster.count - 1)
    }

    @Test("every CSM has a plain email of their own and a manager's who is not on the roster")
    func csmAddresses() throws {
        let sample = try GeneratedSample(accounts: 3000, seed: 8)
        defer { sample.remove() }
        let csms = try sample.records("csms.csv")
        let emails = csms.map { $0["email"]! }, managers = csms.map { $0["manager_email"]! }
        #expect((emails + managers).allSatisfy(EmailAddress.isPlain))
        #expect(Set(emails).count == emails.count)
        #expect(Set(emails).isDisjoint(with: managers))
        // One manager per segment.
        #expect(Dictionary(grouping: csms, by: { $0["segment"]! }).values
            .allSatisfy { Set($0.map { $0["manager_email"]! }).count == 1 })
    }

    @Test("zero accounts still give six files with headers (and a minimal team and forecast)")
    func empty() throws {
        let sample = try GeneratedSample(accounts: 0, seed: 1)
        defer { sample.remove() }
        for file in ["deals.csv", "milestones.csv", "events.csv", "surveys.csv"] {
            #expect(try sample.rows(file).count == 1, "\(file)")
        }
        // One CSM per segment at least; nine forecast rows of 0.0 deals.
        #expect(try sample.rows("csms.csv").count == 4)
        #expect(try sample.records("forecast.csv").map { $0["deals"]! } == Array(repeating: "0.0", count: 9))
    }

    @Test("an output path that cannot be a directory is a cannot-write error naming it")
    func unwritable() throws {
        let file = NSTemporaryDirectory() + "not-a-dir-\(UUID().uuidString)"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let error = try #require(throws: PipelineError.self) {
            try SampleGenerator(accounts: 5, seed: 1, through: GeneratedSample.through).write(to: file + "/out")
        }
        #expect(error.kind == .cannotWrite)
        #expect(error.message.contains(file))
    }

    /// The first closed-won deal row of each account (the sample writes it first).
    private func onboardingDeals(_ sample: GeneratedSample) throws -> [String: [String: String]] {
        var first: [String: [String: String]] = [:]
        for deal in try sample.records("deals.csv") where ["closed won", "closed-won", "won"].contains(deal["stage"]!.lowercased()) {
            if first[deal["account_id"]!] == nil { first[deal["account_id"]!] = deal }
        }
        return first
    }
}

@Suite("SampleGenerator output read back by CSVStream")
struct SampleReadBackTests {
    @Test("every record of every file has the header's field count and valid UTF-8")
    func readBack() throws {
        let sample = try GeneratedSample(accounts: 3000, seed: 13)
        defer { sample.remove() }
        for file in GeneratedSample.files {
            var width = 0, records = 0
            try CSVReader(path: sample.directory + "/" + file).forEachRecord { record in
                if records == 0 { width = record.count }
                #expect(record.count == width, "\(file) line \(record.line)")
                #expect(record.invalidUTF8 == nil, "\(file) line \(record.line)")
                records += 1
            }
            // The reader and the test's own parser agree on the number of records.
            #expect(records == (try sample.rows(file).count), "\(file)")
        }
    }
}
