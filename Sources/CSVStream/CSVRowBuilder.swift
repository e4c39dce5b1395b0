#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One CSV record under construction, appended as bytes (SPEC §7 quoting).
///
/// A cell is quoted when it holds `,`, `"`, CR or LF, begins or ends with a
/// space (so readers that trim keep the spaces), or begins with U+FEFF (which
/// readers drop as a byte-order mark); quotes inside are doubled. A
/// record of one empty cell is written `""`, since a blank line would be
/// skipped by readers. Numbers and dates are written digit by digit: a
/// million-row table costs no `String` per cell.
public struct CSVRowBuilder {
    var bytes: [UInt8]
    /// Offset in `bytes` where this record starts.
    private var start = 0
    private var cells = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func begin() {
        start = bytes.count
        cells = 0
    }

    mutating func end() {
        if cells == 1 && bytes.count == start { bytes.append(contentsOf: [quote, quote]) }
        bytes.append(lineFeed)
    }

    /// Starts the next cell: a comma after the first.
    private mutating func nextCell() {
        if cells > 0 { bytes.append(comma) }
        cells += 1
    }

    /// An empty cell.
    public mutating func empty() { nextCell() }

    /// Text, quoted when it needs to be.
    public mutating func text(_ text: String) {
        withBytes(of: text) { self.text(utf8: $0) }
    }

    /// Text that came from an export: a leading `=`, `+`, `-`, `@`, tab or CR
    /// gets a `'` so that a spreadsheet does not run it (see `spreadsheetSafe`).
    public mutating func input(_ text: String) {
        withBytes(of: text) { input(utf8: $0) }
    }

    /// Text given as UTF-8 bytes, quoted when it needs to be.
    public mutating func text(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        cell(prefix: nil, bytes)
    }

    /// Text from an export given as UTF-8 bytes, made spreadsheet-safe as `input` does.
    public mutating func input(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        cell(prefix: bytes.first.map(isFormulaLead) == true ? apostrophe : nil, bytes)
    }

    /// `parts` joined by `separator` in one cell, quoted when the whole needs it.
    public mutating func joined(_ parts: [String], separator: UInt8) {
        nextCell()
        guard !parts.isEmpty else { return }
        var quoted = isSpecial(separator) && parts.count > 1
        if !quoted {
            for index in parts.indices {
                let (first, last, special, marked) = withBytes(of: parts[index]) {
                    ($0.first, $0.last, $0.contains(where: isSpecial), startsWithByteOrderMark($0))
                }
                if special || (index == 0 && (first == space || marked)) || (index == parts.count - 1 && last == space) {
                    quoted = true
                    break
                }
            }
        }
        if quoted { bytes.append(quote) }
        for index in parts.indices {
            if index > 0 { bytes.append(separator) }
            withBytes(of: parts[index]) { appendBody($0, quoted: quoted) }
        }
        if quoted { bytes.append(quote) }
    }

    /// A whole number in decimal.
    public mutating func integer(_ value: Int) {
        nextCell()
        if value < 0 { bytes.append(minus) }
        appendDigits(value.magnitude, width: 1)
    }

    /// A fixed-point decimal given as `scaled` = value × 10^places, already
    /// rounded: `decimal(12_345, negative: false, places: 2)` is `123.45`.
    public mutating func decimal(_ scaled: UInt64, negative: Bool, places: Int) {
        nextCell()
        if negative && scaled != 0 { bytes.append(minus) }
        var unit: UInt64 = 1
        for _ in 0..<places { unit *= 10 }
        appendDigits(UInt(scaled / unit), width: 1)
        if places > 0 {
            bytes.append(UInt8(ascii: "."))
            appendDigits(UInt(scaled % unit), width: places)
        }
    }

    /// `YYYY-MM-DD` (years 1...9999, as `Day` holds).
    public mutating func date(year: Int, month: Int, day: Int) {
        nextCell()
        let zero = UInt8(ascii: "0")
        func digit(_ value: Int) -> UInt8 { zero + UInt8(truncatingIfNeeded: value % 10) }
        // One append of ten bytes: a date cell is written four times a row.
        let text: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (
            digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), minus,
            digit(month / 10), digit(month), minus, digit(day / 10), digit(day))
        withUnsafeBytes(of: text) { bytes.append(contentsOf: $0) }
    }

    private mutating func cell(prefix: UInt8?, _ text: UnsafeBufferPointer<UInt8>) {
        nextCell()
        let first = prefix ?? text.first
        let quoted = first == space || text.last == space || text.contains(where: isSpecial)
            || (prefix == nil && startsWithByteOrderMark(text))
        if quoted { bytes.append(quote) }
        if let prefix { bytes.append(prefix) }
        appendBody(text, quoted: quoted)
        if quoted { bytes.append(quote) }
    }

    private mutating func appendBody(_ text: UnsafeBufferPointer<UInt8>, quoted: Bool) {
        guard quoted, let base = text.baseAddress else {
            bytes.append(contentsOf: text)
            return
        }
        // The runs between quotes are appended whole (a message of a few
        // hundred bytes holds commas, rarely a quote); each quote is doubled.
        var start = 0
        while let found = memchr(base + start, Int32(quote), text.count - start) {
            let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<end]))
            bytes.append(quote)
            start = end
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start...]))
    }

    /// At least `width` digits, zero-padded.
    private mutating func appendDigits(_ value: UInt, width: Int) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        var n = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[23 - count] = UInt8(truncatingIfNeeded: n % 10) + UInt8(ascii: "0")
                n /= 10
                count += 1
            } while n > 0
            for _ in count..<max(count, width) { bytes.append(UInt8(ascii: "0")) }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(24 - count)...]))
        }
    }
}

/// Calls `body` with `text`'s UTF-8 in place: a native string's own storage,
/// without the copy (and reference count traffic) of `var text = text`.
@inline(__always)
private func withBytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    var text = text
    return text.withUTF8(body)
}

/// Whether `text` would be run as a formula by a spreadsheet.
func isFormulaLead(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "="), UInt8(ascii: "+"), minus, UInt8(ascii: "@"), 0x09, carriageReturn: true
    default: false
    }
}

private func isSpecial(_ byte: UInt8) -> Bool {
    byte == comma || byte == quote || byte == carriageReturn || byte == lineFeed
}

let comma = UInt8(ascii: ",")
let quote = UInt8(ascii: "\"")
let space = UInt8(ascii: " ")
let carriageReturn: UInt8 = 0x0D
let lineFeed: UInt8 = 0x0A
private let minus = UInt8(ascii: "-")
/// Whether `text` begins with U+FEFF (EF BB BF in UTF-8).
@inline(__always)
private func startsWithByteOrderMark(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    text.count >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF
}
private let apostrophe = UInt8(ascii: "'")
