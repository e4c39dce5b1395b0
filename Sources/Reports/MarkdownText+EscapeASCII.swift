extension MarkdownText {
    /// `escape` for the common case, a million times per report at a million
    /// open flags (CSM digests): text of printable ASCII only, where every
    /// byte is one `Character`, escaped byte by byte with the same rules.
    /// Nil for any other text (a control byte, a line break or non-ASCII),
    /// which takes `escape`'s `Character` path.
    static func escapeASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var needsWork = false
            for b in bytes {
                if b < 0x20 || b >= 0x7F { return nil }
                if isMarkup(b) { needsWork = true }
            }
            if !needsWork { return String(decoding: bytes, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            for (i, b) in bytes.enumerated() {
                if b == UInt8(ascii: "_") {
                    let intraword = i > 0 && i + 1 < bytes.count && isWordByte(bytes[i - 1]) && isWordByte(bytes[i + 1])
                    if !intraword { out.append(UInt8(ascii: "\\")) }
                } else if b != UInt8(ascii: "_"), isMarkup(b) {
                    out.append(UInt8(ascii: "\\"))
                }
                out.append(b)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `| ` ` < > * [ ] \ ~ _`: the bytes `escape` may prefix with a backslash.
    private static func isMarkup(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "|"), UInt8(ascii: "`"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "*"),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\\"), UInt8(ascii: "~"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }

    /// An ASCII letter or digit: what `Character.isLetter || isNumber` is for ASCII.
    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
    }
}
