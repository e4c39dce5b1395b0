@testable import Ingest
import Testing

struct MoneyParsingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let cents: Int64
        let currency: String?
        var testDescription: String { name }
    }

    static let amounts: [Case] = [
        Case(name: "whole number", text: "12500", cents: 1_250_000, currency: nil),
        Case(name: "two decimals", text: "12500.50", cents: 1_250_050, currency: nil),
        Case(name: "one decimal", text: "0.5", cents: 50, currency: nil),
        Case(name: "leading point", text: ".25", cents: 25, currency: nil),
        Case(name: "thousands separators", text: "1,234,567.89", cents: 123_456_789, currency: nil),
        Case(name: "dollar sign", text: "$12,500", cents: 1_250_000, currency: "USD"),
        Case(name: "dollar sign and space", text: "$ 12500.00", cents: 1_250_000, currency: "USD"),
        Case(name: "euro sign", text: "€99.99", cents: 9999, currency: "EUR"),
        Case(name: "pound sign", text: "£1,000", cents: 100_000, currency: "GBP"),
        Case(name: "USD code with space", text: "USD 12500", cents: 1_250_000, currency: "USD"),
        Case(name: "EUR code without space", text: "EUR12500", cents: 1_250_000, currency: "EUR"),
        Case(name: "lowercase code", text: "gbp 7", cents: 700, currency: "GBP"),
        Case(name: "EUR code after the number", text: "1000 EUR", cents: 100_000, currency: "EUR"),
        Case(name: "code after without space", text: "1,000.50EUR", cents: 100_050, currency: "EUR"),
        Case(name: "euro sign after", text: "12,500 €", cents: 1_250_000, currency: "EUR"),
        Case(name: "lowercase code after", text: "7 usd", cents: 700, currency: "USD"),
        Case(name: "surrounding spaces", text: "  42 ", cents: 4200, currency: nil),
        Case(name: "zero", text: "0", cents: 0, currency: nil),
        // 0.125 → 12.5 cents → half away from zero → 13.
        Case(name: "third decimal 5 rounds up", text: "0.125", cents: 13, currency: nil),
        // 0.1249 → 12.49 cents → 12.
        Case(name: "third decimal 4 rounds down", text: "0.1249", cents: 12, currency: nil),
        // 99.995 → 9999.5 cents → 10000.
        Case(name: "rounding carries into units", text: "99.995", cents: 10_000, currency: nil),
    ]

    @Test(arguments: amounts)
    func parsesAmounts(_ c: Case) throws {
        let money = try parseMoney(c.text).get()
        #expect(money.cents == c.cents)
        #expect(money.currency == c.currency)
    }

    static let negatives = ["-5", "-$5", "$-5", "USD -1,000.00"]

    @Test(arguments: negatives)
    func rejectsNegatives(_ text: String) {
        #expect(parseMoney(text) == .failure(.negative))
    }

    @Test(arguments: ["-0", "-0.00", "$-0", "-0.001"])
    func minusZeroIsZeroNotNegative(_ text: String) {
        // Issue 10 item 25: `-0` was rejected as "negative".
        #expect(parseMoney(text) == .success(Money(cents: 0, currency: text.contains("$") ? "USD" : nil)))
    }

    static let nonAmounts = ["", "abc", "$", "1,5", "12,50.00", ",100", "1234,567", "1,000,00", "1.2.3",
                             "12 500", "100 USDX", "EUR 100 USD", "100 EUR 5", "100 EU", "DOLLARS 5", "1e5", "n/a", "1234567890123456"]

    @Test(arguments: nonAmounts)
    func rejectsNonAmounts(_ text: String) {
        #expect(parseMoney(text) == .failure(.notAnAmount))
    }
}
