import OnboardingModel

extension MarkdownText {
    /// `escape` for the common case, a million times per report at a million
    /// open flags (CSM digests): text of printable ASCII only, where every
    /// byte is one `Character`, escaped byte by byte with the same rules.
    /// Nil for any other text (a control byte, a line break or non-ASCII),
    /// which takes `escape`'s `Character` path.
    static func escapeASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            guard appendEscapedASCII(bytes, to: &out) else { return nil }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Appends `bytes` escaped as `escape` has them when they are printable
    /// ASCII only, and returns true; returns false, appending nothing, for any
    /// other text.
    static func appendEscapedASCII(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> Bool {
        var needsWork = false
        for b in bytes {
            if b < 0x20 || b >= 0x7F { return false }
            if isMarkup(b) { needsWork = true }
        }
        guard needsWork else {
            out.append(contentsOf: bytes)
            return true
        }
        // The runs between escapes are appended whole.
        var start = 0
        for (i, b) in bytes.enumerated() where isMarkup(b) {
            if b == UInt8(ascii: "_") {
                let intraword = i > 0 && i + 1 < bytes.count && isWordByte(bytes[i - 1]) && isWordByte(bytes[i + 1])
                if intraword { continue }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            out.append(UInt8(ascii: "\\"))
            start = i
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        return true
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

extension TextBytes.Interpolation {
    /// `text` escaped for Markdown as `MarkdownText.escape` has it.
    mutating func appendInterpolation(markdown text: TextBytes) {
        let done = text.bytes.withUnsafeBufferPointer { MarkdownText.appendEscapedASCII($0, to: &bytes) }
        if !done { appendInterpolation(MarkdownText.escapeCharacters(text.description)) }
    }

    /// `text` escaped for Markdown as `MarkdownText.escape` has it.
    mutating func appendInterpolation(markdown text: String) {
        var text = text
        let done = text.withUTF8 { MarkdownText.appendEscapedASCII($0, to: &bytes) }
        if !done { appendInterpolation(MarkdownText.escapeCharacters(text)) }
    }
}
