import OnboardingModel

/// Converts a deal's amount into the report currency (SPEC §3 "Real CRM
/// exports", §4 `currency`): the currency is the deal's `currency` column,
/// else the code or symbol in the amount, else the report currency.
///
/// Amounts are read to the cent first (`parseMoney`); conversion multiplies
/// those cents by the exact configured rate and rounds half away from zero,
/// so `EUR 10,000.00` at 1.08 is exactly 10,800.00 USD.
struct CurrencyConverter: Sendable {
    let report: String
    /// Code → units of `report` per unit of that code.
    let rates: [String: Rational]

    init(_ options: Config.CurrencyOptions) {
        report = options.report
        rates = options.rates
    }

    /// Why an amount cannot be put in the report currency.
    enum Problem: Error, Equatable {
        /// The currency column holds something other than a 3-letter code.
        case notACode(String)
        /// The column and the amount's own code or symbol disagree.
        case conflict(column: String, amount: String)
        /// No `currency.rates` entry for the code.
        case noRate(String)
        /// The converted cents do not fit in 64 bits.
        case tooLarge(String)
    }

    /// The amount in cents of the report currency.
    ///
    /// - Parameter column: the raw `currency` field, or nil without that
    ///   column; missing text (empty, `n/a`, ...) means "not stated".
    func reportCents(_ money: Money, column: String?) -> Result<Int64, Problem> {
        var code = money.currency
        if let column, !isMissingText(column) {
            let trimmed = trimmedField(column)
            guard let columnCode = Self.code(trimmed) else { return .failure(.notACode(trimmed)) }
            if let amountCode = money.currency, amountCode != columnCode {
                return .failure(.conflict(column: columnCode, amount: amountCode))
            }
            code = columnCode
        }
        guard let code, code != report else { return .success(money.cents) }
        guard let rate = rates[code] else { return .failure(.noRate(code)) }
        guard let cents = Self.convert(cents: money.cents, rate: rate) else { return .failure(.tooLarge(code)) }
        return .success(cents)
    }

    /// A currency field as an upper-case ISO code: exactly three ASCII letters.
    static func code(_ text: String) -> String? {
        guard text.utf8.count == 3, text.utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else {
            return nil
        }
        return text.uppercased()
    }

    /// `cents × rate` rounded half away from zero, in 128-bit arithmetic;
    /// nil when the result does not fit. Both are non-negative here (amounts
    /// are never negative, config validation keeps rates above 0).
    static func convert(cents: Int64, rate: Rational) -> Int64? {
        guard cents >= 0, rate.numerator > 0 else { return nil }
        let divisor = UInt64(rate.denominator)
        let product = UInt64(cents).multipliedFullWidth(by: UInt64(rate.numerator))
        // The quotient fits in 64 bits only when the high word is below the divisor.
        guard product.high < divisor else { return nil }
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        // `r >= d - r` is `2r >= d` without overflow: the half rounds up.
        let rounded = remainder >= divisor - remainder ? quotient + 1 : quotient
        guard rounded <= UInt64(Int64.max) else { return nil }
        return Int64(rounded)
    }

    /// The reject reason for `problem` on a row whose amount reads `rawACV`.
    ///
    /// - Parameters:
    ///   - acvLabel, currencyLabel: how messages name the two columns.
    func reason(_ problem: Problem, rawACV: String, acvLabel: String, currencyLabel: String) -> String {
        let amount = shown(rawACV)
        switch problem {
        case .notACode(let text):
            return "\(currencyLabel) \(shown(text)) is not a currency code; use a 3-letter ISO code such as "
                + "\(report) or EUR, or leave it empty for \(report)"
        case .conflict(let column, let inAmount):
            return "\(acvLabel) \(amount) is in \(inAmount) but \(currencyLabel) says \(column); "
                + "make them agree, or drop the currency from the amount"
        case .noRate(let code):
            return "\(acvLabel) \(amount) is in \(code), which has no exchange rate; add currency.rates.\(code) "
                + "to the config (units of \(report) per 1 \(code), e.g. currency: {rates: {\(code): 1.08}})"
        case .tooLarge(let code):
            return "\(acvLabel) \(amount) in \(code) is too large to convert to \(report)"
        }
    }
}
