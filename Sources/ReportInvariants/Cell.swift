/// The cells of a report as SPEC §7 writes them: integers for counts and whole
/// days, decimals for rates and day statistics, `true`/`false`, and an empty
/// cell for an undefined value.
enum Cell {
    static let booleans: Set<String> = ["true", "false"]
    /// A boolean that is empty until it is defined (`day7_engaged`, `completed_on_time`).
    static let optionalBooleans: Set<String> = ["true", "false", ""]

    static func integer(_ text: String) -> Int? { Int(text) }

    static func number(_ text: String) -> Double? { Double(text) }

    /// The input's text of a cell that SPEC §7 made spreadsheet-safe by prefixing `'`
    /// (text beginning with `=`, `+`, `-`, `@`, tab or CR), for comparing keys as the
    /// report sorted them.
    static func unescaped(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.count >= 2, bytes.first == UInt8(ascii: "'") else { return text }
        let second = bytes[bytes.index(after: bytes.startIndex)]
        return "=+-@\t\r".utf8.contains(second) ? String(text.dropFirst()) : text
    }

    /// Whether `a` sorts before `b` in byte order (SPEC §6 "in byte order").
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
