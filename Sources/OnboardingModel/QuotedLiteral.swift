/// Text as a double-quoted JSON string literal (RFC 8259): quotes,
/// backslashes and control characters escaped, everything else kept.
///
/// One escaping for every place the product quotes text: manifest.json values
/// and the values config errors show (`found "seven"`), so a newline or quote
/// in a value can never break the line it is reported on.
public func quotedLiteral(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\u{08}": out += "\\b"
        case "\u{0C}": out += "\\f"
        case _ where scalar.value < 0x20:
            let hex = String(scalar.value, radix: 16)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}
