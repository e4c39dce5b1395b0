import CSVStream

/// Recognizes the rows a Salesforce report export appends after its data
/// (SPEC §3 "Real CRM exports"): `Grand Totals (N records)`,
/// `Confidential Information - Do Not Distribute` and
/// `Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.`
///
/// The text must fill the first field: the totals row may carry sums in its
/// other fields, the two legal lines nothing. Whether a matching row is
/// really a footer also depends on it being trailing, which only
/// `FooterHold` can tell.
enum ReportFooter {
    /// Whether `record` reads as one of the footer lines.
    ///
    /// Called for every row of every file: rows whose first field is shorter
    /// than the shortest footer text or starts with neither `G` nor `C` are
    /// decided on two bytes.
    static func isFooterLine(_ record: some FieldBytes) -> Bool {
        guard record.count > 0 else { return false }
        return record.withFieldBytes(0) { raw in
            let text = trimmed(raw)
            guard text.count >= copyright.count else { return false }
            switch text[0] | 0x20 {
            case UInt8(ascii: "g"):
                return isGrandTotals(text)
            case UInt8(ascii: "c"):
                guard equalsIgnoringCase(text, confidential) || isCopyright(text) else { return false }
                return otherFieldsBlank(record)
            default:
                return false
            }
        }
    }

    /// Whether every field holds only spaces, tabs, CR or LF: a row ingest
    /// skips as blank wherever it stands, so it neither makes nor breaks a footer.
    static func isBlank(_ record: some FieldBytes) -> Bool {
        for i in 0..<record.count where !record.withFieldBytes(i, { trimmed($0).isEmpty }) { return false }
        return true
    }

    private static let grandTotals = Array("grand totals (".utf8)
    private static let confidential = Array("confidential information - do not distribute".utf8)
    private static let copyright = Array("copyright (c)".utf8)
    private static let copyrightSign = Array("copyright \u{00A9}".utf8)
    private static let salesforce = Array("salesforce.com".utf8)

    /// `Grand Totals (` digits ` record` or ` records` `)`.
    private static func isGrandTotals(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard startsIgnoringCase(text, grandTotals) else { return false }
        var i = grandTotals.count
        let digitsStart = i
        while i < text.count, text[i] &- UInt8(ascii: "0") <= 9 { i += 1 }
        guard i > digitsStart else { return false }
        let rest = UnsafeBufferPointer(rebasing: text[i...])
        return equalsIgnoringCase(rest, Array(" records)".utf8)) || equalsIgnoringCase(rest, Array(" record)".utf8))
    }

    /// `Copyright (c)` or `Copyright ©`, naming salesforce.com.
    private static func isCopyright(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard startsIgnoringCase(text, copyright) || startsIgnoringCase(text, copyrightSign) else { return false }
        guard text.count >= salesforce.count else { return false }
        for start in 0...(text.count - salesforce.count)
        where startsIgnoringCase(UnsafeBufferPointer(rebasing: text[start...]), salesforce) {
            return true
        }
        return false
    }

    private static func otherFieldsBlank(_ record: some FieldBytes) -> Bool {
        for i in 1..<max(record.count, 1) where !record.withFieldBytes(i, { trimmed($0).isEmpty }) { return false }
        return true
    }

    private static func trimmed(_ raw: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lo = 0, hi = raw.count
        while lo < hi, isSpace(raw[lo]) { lo += 1 }
        while hi > lo, isSpace(raw[hi - 1]) { hi -= 1 }
        return UnsafeBufferPointer(rebasing: raw[lo..<hi])
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == .space || byte == .tab || byte == 0x0D || byte == 0x0A
    }

    /// ASCII case folding; `lower` is already lowercase.
    private static func startsIgnoringCase(_ text: UnsafeBufferPointer<UInt8>, _ lower: [UInt8]) -> Bool {
        guard text.count >= lower.count else { return false }
        for (i, byte) in lower.enumerated() where foldedASCII(text[i]) != byte { return false }
        return true
    }

    private static func equalsIgnoringCase(_ text: UnsafeBufferPointer<UInt8>, _ lower: [UInt8]) -> Bool {
        text.count == lower.count && startsIgnoringCase(text, lower)
    }

    private static func foldedASCII(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }
}

/// Plain string rows (tests) read through the same byte view as CSV records.
extension Array: FieldBytes where Element == String {
    func withFieldBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var text = self[i]
        return text.withUTF8(body)
    }
}
