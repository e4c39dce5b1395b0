/// Text fields: trimming, and the placeholders that mean "no value" (SPEC §3).

/// `text` without surrounding spaces, tabs, CR or LF.
///
/// Returns the string itself when there is nothing to trim, which is the
/// common case, so a clean field costs no copy.
func trimmedField(_ text: String) -> String {
    let utf8 = text.utf8
    guard let first = utf8.first, let last = utf8.last else { return text }
    guard isFieldSpace(first) || isFieldSpace(last) else { return text }
    guard let start = utf8.firstIndex(where: { !isFieldSpace($0) }) else { return "" }
    let end = utf8.lastIndex(where: { !isFieldSpace($0) })!
    // `end` is the last byte of a scalar (only ASCII spaces follow it).
    return String(decoding: utf8[start...end], as: UTF8.self)
}

/// Whether a field carries no value: empty after trimming, or (trimmed, any
/// case) one of `n/a`, `na`, `none`, `null`, `tbd`, `-`, `?`, `unknown`.
func isMissingText(_ text: String) -> Bool {
    var text = text
    return text.withUTF8(isMissingText(bytes:))
}

/// `isMissingText` of a field's UTF-8 bytes, deciding without making a `String`.
func isMissingText(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let value = trimmedBytes(bytes)
    guard let first = value.first else { return true }
    // Every placeholder is ASCII, at most 7 bytes, and starts with n, t, u, -
    // or ?: ids, names and dates are decided without lowercasing them.
    guard value.count <= 7 else { return false }
    switch first | 0x20 {
    case UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "u"), UInt8(ascii: "-"), UInt8(ascii: "?"):
        break
    default:
        return false
    }
    // Lowercased ASCII packed into one word; no placeholder has other bytes.
    var word: UInt64 = 0
    for (i, byte) in value.enumerated() {
        guard byte < 0x80 else { return false }
        let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
        word |= UInt64(lower) << (8 * i)
    }
    return placeholderWords.contains(word)
}

/// The placeholders packed as `isMissingText(bytes:)` packs a field.
private let placeholderWords: [UInt64] = ["n/a", "na", "none", "null", "tbd", "-", "?", "unknown"].map { text in
    text.utf8.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * $1.offset) }
}

/// Space, tab, CR or LF: what `trimmedField` removes.
@inline(__always)
func isFieldSpace(_ byte: UInt8) -> Bool {
    byte == .space || byte == .tab || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
}

/// Why a required field holds no value: "deal_id is empty; every row needs
/// one", or, for a placeholder, "deal_id "N/A" is a placeholder for no value;
/// every row needs one".
func missingValueReason(_ column: String, _ value: String) -> String {
    let trimmed = trimmedField(value)
    return trimmed.isEmpty ? "\(column) is empty; every row needs one"
        : "\(column) \"\(trimmed)\" is a placeholder for no value; every row needs one"
}
