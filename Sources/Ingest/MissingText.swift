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
    let value = trimmedField(text)
    guard let first = value.utf8.first else { return true }
    // Every placeholder is ASCII, at most 7 bytes, and starts with n, t, u, -
    // or ?: ids, names and dates are decided without lowercasing them.
    guard value.utf8.count <= 7 else { return false }
    switch first | 0x20 {
    case UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "u"), UInt8(ascii: "-"), UInt8(ascii: "?"):
        break
    default:
        return false
    }
    switch value.lowercased() {
    case "n/a", "na", "none", "null", "tbd", "-", "?", "unknown": return true
    default: return false
    }
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
