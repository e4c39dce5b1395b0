/// Rejected rows of one file that fail the same way once their own values
/// are masked (`RejectReasonCount.pattern`): how the summary and `validate`
/// group rejects, and all that is kept of them in memory once the rows are
/// streamed to rejects.csv (SPEC §3: memory does not grow with them).
public struct RejectReasonCount: Sendable, Equatable {
    public var file: String
    public var reason: String
    public var rows: Int

    public init(file: String, reason: String, rows: Int) {
        self.file = file
        self.reason = reason
        self.rows = rows
    }

    /// `rejects` grouped by file and `pattern`, in `ordered` order.
    public static func count(_ rejects: [RejectedRow]) -> [RejectReasonCount] {
        var counts: [String: RejectReasonCount] = [:]
        for reject in rejects {
            let reason = pattern(reject.reason)
            counts[reject.file + "\u{0}" + reason, default: RejectReasonCount(file: reject.file, reason: reason, rows: 0)]
                .rows += 1
        }
        return ordered(Array(counts.values))
    }

    /// Most rows first, then file and reason in byte order: deterministic.
    public static func ordered(_ counts: [RejectReasonCount]) -> [RejectReasonCount] {
        counts.sorted { a, b in
            if a.rows != b.rows { return a.rows > b.rows }
            if a.file != b.file { return a.file.utf8.lexicographicallyPrecedes(b.file.utf8) }
            return a.reason.utf8.lexicographicallyPrecedes(b.reason.utf8)
        }
    }

    /// A reason with the row's own values masked, so that rows failing the
    /// same way group together: quoted text becomes `"…"` and a stand-alone
    /// number (`4`, `1.5`) `N` (`duplicate deal_id "D7", first at line 4` →
    /// `duplicate deal_id "…", first at line N`). Numbers inside words
    /// (`UTF-8`, `90d`) are kept. Works on UTF-8 bytes: it runs for every
    /// rejected row, and a bad export rejects millions.
    public static func pattern(_ reason: String) -> String {
        let b = Array(reason.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == quote, let close = b[(i + 1)...].firstIndex(of: quote) {
                out += ellipsisQuoted
                i = close + 1
            } else if isDigit(c), i == 0 || !isWordLike(b[i - 1]) {
                var end = digitsEnd(b, from: i)
                if end + 1 < b.count, b[end] == dot, isDigit(b[end + 1]) { end = digitsEnd(b, from: end + 1) }
                let standsAlone = end == b.count || !isWordLike(b[end]) || b[end] == dot
                out += standsAlone ? [UInt8(ascii: "N")] : Array(b[i..<end])
                i = end
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let quote = UInt8(ascii: "\""), dot = UInt8(ascii: ".")
    private static let ellipsisQuoted = Array("\"…\"".utf8)

    private static func isDigit(_ c: UInt8) -> Bool { c &- UInt8(ascii: "0") <= 9 }

    private static func digitsEnd(_ b: [UInt8], from start: Int) -> Int {
        var end = start
        while end < b.count, isDigit(b[end]) { end += 1 }
        return end
    }

    /// Letters, digits, `-`, `.`, `_`; a non-ASCII byte counts as part of a word (letters mostly).
    private static func isWordLike(_ c: UInt8) -> Bool {
        c >= 0x80 || isDigit(c) || (c | 0x20 >= UInt8(ascii: "a") && c | 0x20 <= UInt8(ascii: "z"))
            || c == UInt8(ascii: "-") || c == dot || c == UInt8(ascii: "_")
    }
}

/// What is kept of the rejected rows when they are streamed (`RejectSink`):
/// their counts by reason and the first row of each file.
public struct RejectCounts: Sendable, Equatable {
    /// In `RejectReasonCount.ordered` order.
    public var reasons: [RejectReasonCount]
    /// The first rejected row of each file that has one, in file order.
    public var firstRows: [RejectedRow]

    public init(reasons: [RejectReasonCount], firstRows: [RejectedRow]) {
        self.reasons = reasons
        self.firstRows = firstRows
    }
}

/// Where ingest hands each rejected row of one input file, in line order,
/// instead of keeping it (the CLI streams them to a file for rejects.csv).
/// Called from the thread reading that file only.
public protocol RejectSink: AnyObject, Sendable {
    func write(_ row: RejectedRow)
}

extension IngestedData {
    /// Rejects grouped by file and reason pattern, most rows first.
    public var rejectReasons: [RejectReasonCount] {
        rejectCounts?.reasons ?? RejectReasonCount.count(rejects)
    }

    /// The first rejected row of `fileName`, or nil.
    public func firstReject(in fileName: String) -> RejectedRow? {
        if let counts = rejectCounts { return counts.firstRows.first { $0.file == fileName } }
        return rejects.first { $0.file == fileName }
    }
}
