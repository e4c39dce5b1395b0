@testable import Ingest
import OnboardingModel
import Testing

/// ACV conversion to `currency.report` (SPEC §3 "Real CRM exports", §4).
struct CurrencyConversionTests {
    private static func config(report: String = "USD") -> Config {
        var config = smallConfig()
        config.currency.report = report
        config.currency.rates = ["EUR": Rational(108, 100), "GBP": Rational(127, 100), "JPY": Rational(67, 10_000)]
        return config
    }

    private static func ingest(_ header: [String], _ rows: [[String]], config: Config = config()) throws
        -> (ingest: DealsIngest, accounts: [OnboardedAccount]) {
        var ingest = DealsIngest(config: config, today: day("2026-12-31"))
        try feed(&ingest, header: header, rows: rows)
        return (ingest, ingest.finish().accounts)
    }

    @Test(arguments: [
        // 1,000,000 cents × 1.08 = 1,080,000 exactly.
        ("whole euros", Int64(1_000_000), Rational(108, 100), Int64(1_080_000)),
        // 1 cent × 1.08 = 1.08 cents → 1.
        ("a cent", Int64(1), Rational(108, 100), Int64(1)),
        // 50 cents × 1.01 = 50.5 cents: the half rounds away from zero → 51.
        ("half a cent rounds up", Int64(50), Rational(101, 100), Int64(51)),
        // 49 cents × 1.01 = 49.49 cents → 49.
        ("below the half rounds down", Int64(49), Rational(101, 100), Int64(49)),
        // 1,234,567 cents × 0.0067 = 8271.5989 cents → 8272.
        ("yen", Int64(1_234_567), Rational(67, 10_000), Int64(8272)),
        // 10^17 - 1 cents × 1/3 = 33,333,333,333,333,333 exactly.
        ("largest amount, a third", Int64(99_999_999_999_999_999), Rational(1, 3), Int64(33_333_333_333_333_333)),
    ])
    func convertsExactly(_ name: String, _ cents: Int64, _ rate: Rational, _ expected: Int64) {
        #expect(CurrencyConverter.convert(cents: cents, rate: rate) == expected, "\(name)")
    }

    @Test func aResultBeyond64BitsIsNil() {
        // 10^17 cents × 1000 = 10^20 > Int64.max (≈ 9.22 × 10^18).
        #expect(CurrencyConverter.convert(cents: 100_000_000_000_000_000, rate: Rational(1000)) == nil)
    }

    @Test func currencyColumnConvertsAndReportCurrencyPassesThrough() throws {
        let header = ["deal_id", "account_id", "close_date", "acv", "currency"]
        let r = try Self.ingest(header, [
            ["D1", "A1", "2026-01-01", "10,000.00", "EUR"],  // 10000 × 1.08 = 10800.00
            ["D2", "A2", "2026-01-01", "10,000.00", "usd"],  // report currency: as is
            ["D3", "A3", "2026-01-01", "10,000.00", ""],     // unstated: report currency
            ["D4", "A4", "2026-01-01", "€10,000.00", "n/a"], // placeholder column: the amount's €
            ["D5", "A5", "2026-01-01", "£99.99", "GBP"],     // 9999 × 1.27 = 12698.73 → 12699 cents
        ])
        #expect(r.ingest.tally.rejects == [])
        #expect(r.accounts.map(\.acvCents) == [1_080_000, 1_000_000, 1_000_000, 1_080_000, 12_699])
    }

    @Test(arguments: [
        ("euro sign", "€1,000", Int64(108_000)),
        ("EUR code", "EUR 1000", Int64(108_000)),
        ("pound sign", "£1,000", Int64(127_000)),
        ("GBP code", "GBP1000.00", Int64(127_000)),
        ("dollar sign in a USD report", "$1,000", Int64(100_000)),
        ("no prefix", "1000", Int64(100_000)),
    ])
    func amountPrefixConvertsWithoutACurrencyColumn(_ name: String, _ amount: String, _ cents: Int64) throws {
        let r = try Self.ingest(["deal_id", "account_id", "close_date", "acv"], [["D1", "A1", "2026-01-01", amount]])
        #expect(r.accounts.map(\.acvCents) == [cents], "\(name)")
    }

    @Test func reportCurrencyOtherThanUSD() throws {
        var config = Self.config(report: "EUR")
        config.currency.rates = ["USD": Rational(925, 1000)]
        let r = try Self.ingest(["deal_id", "account_id", "close_date", "acv"],
                                [["D1", "A1", "2026-01-01", "€500"], ["D2", "A2", "2026-01-01", "$1,000"]],
                                config: config)
        // €500 stays; $1,000 × 0.925 = €925.
        #expect(r.accounts.map(\.acvCents) == [50_000, 92_500])
    }

    @Test func unconvertibleRowsAreRejectedNamingWhatToFix() throws {
        let header = ["deal_id", "account_id", "close_date", "acv", "currency"]
        let r = try Self.ingest(header, [
            ["D1", "A1", "2026-01-01", "1000", "CHF"],
            ["D2", "A2", "2026-01-01", "€1000", "GBP"],
            ["D3", "A3", "2026-01-01", "1000", "Euro"],
            ["D4", "A4", "2026-01-01", "CHF 1000", ""],
        ])
        #expect(r.ingest.tally.rejects.map(\.reason) == [
            "acv \"1000\" is in CHF, which has no exchange rate; add currency.rates.CHF to the config "
                + "(units of USD per 1 CHF, e.g. currency: {rates: {CHF: 1.08}})",
            "acv \"€1000\" is in EUR but currency says GBP; make them agree, or drop the currency from the amount",
            "currency \"Euro\" is not a currency code; use a 3-letter ISO code such as USD or EUR, "
                + "or leave it empty for USD",
            "acv \"CHF 1000\" is in CHF, which has no exchange rate; add currency.rates.CHF to the config "
                + "(units of USD per 1 CHF, e.g. currency: {rates: {CHF: 1.08}})",
        ])
        #expect(r.accounts.isEmpty)
    }

    @Test func segmentThresholdsCompareTheConvertedACV() throws {
        // Default segments: mid_market from 25,000. EUR 23,200 × 1.08 =
        // 25,056 USD → mid_market; EUR 23,100 × 1.08 = 24,948 → smb.
        var config = Self.config()
        config.segments = Segment.defaults
        config.milestones = Config().milestones
        let r = try Self.ingest(["deal_id", "account_id", "close_date", "acv", "currency"], [
            ["D1", "A1", "2026-01-01", "23,200", "EUR"],
            ["D2", "A2", "2026-01-01", "23,100", "EUR"],
        ], config: config)
        #expect(r.accounts.map(\.acvCents) == [2_505_600, 2_494_800])
        #expect(r.accounts.map(\.segmentIndex) == [1, 2])
    }
}
