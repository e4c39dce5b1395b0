/// An amount read from a money field such as `acv`.
struct Money: Equatable {
    /// Hundredths of the currency unit, rounded half away from zero.
    var cents: Int64
    /// ISO code the text named (`$` reads as USD, `€` EUR, `£` GBP), or nil
    /// when it named none; currency conversion keys on it.
    var currency: String?
}

/// Why a money field could not be read.
enum MoneyProblem: Error, Equatable {
    case negative
    case notAnAmount
}

/// Parses an amount: optional currency symbol (`$`, `€`, `£`) or three-letter
/// code (`USD`, `EUR`, ...) before or after the number (`EUR 1000`,
/// `1000 EUR`) with an optional space, digits with optional `,`
/// thousands separators in groups of three, and an optional decimal point.
///
/// Grouping is checked so that a European `1,5` is refused rather than read as
/// 15. More than two decimals round half away from zero (`0.125` → 13 cents).
/// The integer part is limited to 15 digits so cents fit in `Int64`.
func parseMoney(_ text: String) -> Result<Money, MoneyProblem> {
    var text = text
    return text.withUTF8 { parseMoney(bytes: $0) }
}

/// Example spellings, for messages that reject a value.
let acceptedMoneyFormats =
    "12500, 12,500.00, $12,500, €12,500, EUR 12500, 12500 EUR (a decimal point; commas only between thousands)"

/// `parseMoney` of a field's UTF-8 bytes, without making a `String` of it.
func parseMoney(bytes b: UnsafeBufferPointer<UInt8>) -> Result<Money, MoneyProblem> {
    var i = 0, end = b.count
    while i < end, b[i] == .space || b[i] == .tab { i += 1 }
    while end > i, b[end - 1] == .space || b[end - 1] == .tab { end -= 1 }
    var negative = false
    if i < end, b[i] == .hyphen { negative = true; i += 1 }
    var currency: String?
    if let (code, length) = currencyPrefix(b, i, end) {
        currency = code
        i += length
        while i < end, b[i] == .space { i += 1 }
        if i < end, b[i] == .hyphen { negative = true; i += 1 }
    }
    var whole: Int64 = 0
    var digitsInGroup = 0, groups = 0, wholeDigits = 0
    while i < end {
        let c = b[i]
        if c == .comma {
            // First group 1-3 digits, every later group exactly 3.
            guard digitsInGroup > 0, groups > 0 ? digitsInGroup == 3 : digitsInGroup <= 3 else {
                return .failure(.notAnAmount)
            }
            groups += 1
            digitsInGroup = 0
        } else if c &- UInt8(ascii: "0") <= 9 {
            whole = whole * 10 + Int64(c &- UInt8(ascii: "0"))
            digitsInGroup += 1
            wholeDigits += 1
            guard wholeDigits <= 15 else { return .failure(.notAnAmount) }
        } else {
            break
        }
        i += 1
    }
    if groups > 0, digitsInGroup != 3 { return .failure(.notAnAmount) }
    var cents = whole * 100
    var fractionDigits = 0
    if i < end, b[i] == .dot {
        i += 1
        while i < end, b[i] &- UInt8(ascii: "0") <= 9 {
            let d = Int64(b[i] &- UInt8(ascii: "0"))
            switch fractionDigits {
            case 0: cents += d * 10
            case 1: cents += d
            case 2: if d >= 5 { cents += 1 }
            default: break
            }
            fractionDigits += 1
            i += 1
        }
    }
    if currency == nil, i < end {
        // A code or symbol after the number: `1000 EUR`, `12,500€`.
        var k = i
        while k < end, b[k] == .space { k += 1 }
        if let (code, length) = currencyPrefix(b, k, end), k + length == end {
            currency = code
            i = end
        }
    }
    guard i == end, wholeDigits + fractionDigits > 0 else { return .failure(.notAnAmount) }
    // `-0` is zero, not a negative amount.
    if negative && cents > 0 { return .failure(.negative) }
    return .success(Money(cents: cents, currency: currency))
}

/// The currency symbol or three-letter code at `i`, with its byte length.
private func currencyPrefix(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (String, Int)? {
    guard i < end else { return nil }
    if b[i] == UInt8(ascii: "$") { return ("USD", 1) }
    if end - i >= 3, b[i] == 0xE2, b[i + 1] == 0x82, b[i + 2] == 0xAC { return ("EUR", 3) }  // €
    if end - i >= 2, b[i] == 0xC2, b[i + 1] == 0xA3 { return ("GBP", 2) }  // £
    guard end - i >= 3 else { return nil }
    var code = ""
    for k in i..<(i + 3) {
        let upper = b[k] & 0xDF
        guard upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") else { return nil }
        code.unicodeScalars.append(Unicode.Scalar(upper))
    }
    // A fourth letter means a word, not a code.
    if end - i > 3, (b[i + 3] & 0xDF) &- UInt8(ascii: "A") < 26 { return nil }
    return (code, 3)
}
