/// Text from the inputs as a person reads it: in summary.md, emails, digests,
/// messages and on the terminal (SPEC §3 "What reaches a person").
///
/// The one place for these rules: control characters (C0 but tab and line
/// feed, DEL, C1) are shown escaped as `\x1b`, so an export value can never
/// move the cursor, retitle a window or write the clipboard; bidirectional
/// and zero-width format characters (U+200B–U+200F, U+202A–U+202E,
/// U+2066–U+2069) are dropped, so a value cannot reverse the line it is in.
/// CSV data cells keep the input's text and never come here.
public enum HumanText {
    /// Characters of input text shown before it is cut with `…`.
    public static let limit = 100

    /// `clean`, cut after `limit` characters with `…`: for a value from the
    /// inputs (a name, a field) inside a message or a report line.
    public static func shown(_ text: some StringProtocol) -> String {
        shown(String(text))
    }

    /// `shown` of a `String`, the usual case (a million times per report at a
    /// million open flags): not generic, so the text is not copied through
    /// `StringProtocol`'s witnesses.
    public static func shown(_ text: String) -> String {
        cut(clean(text))
    }

    /// `text` cut after `limit` characters, with `…` when it was longer.
    public static func cut(_ text: some StringProtocol) -> String {
        cut(String(text))
    }

    /// `cut` of a `String`.
    public static func cut(_ text: String) -> String {
        var string = text
        // Fast path: in ASCII without CR (CR LF is one character) a byte is a character.
        if string.withUTF8({ $0.allSatisfy { $0 < 0x80 && $0 != 0x0D } }) {
            return string.utf8.count <= limit ? string : String(string.utf8.prefix(limit))! + "…"
        }
        var count = 0
        var index = string.startIndex
        while index < string.endIndex, count < limit {
            index = string.index(after: index)
            count += 1
        }
        return index == string.endIndex ? string : String(string[..<index]) + "…"
    }

    /// `text` with control characters escaped and format characters dropped;
    /// tabs and line feeds kept (a caller that needs one line replaces them).
    public static func clean(_ text: some StringProtocol) -> String {
        clean(String(text))
    }

    /// `clean` of a `String`.
    public static func clean(_ text: String) -> String {
        var string = text
        // Fast path: printable ASCII, tabs and line feeds need nothing.
        if string.withUTF8({ $0.allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 || $0 == 0x0A } }) { return string }
        var out = String.UnicodeScalarView()
        for scalar in string.unicodeScalars {
            let v = scalar.value
            if isControl(v) {
                let hex = String(v, radix: 16)
                out.append(contentsOf: ("\\x" + (hex.count == 1 ? "0" : "") + hex).unicodeScalars)
            } else if !isFormat(v) {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func isControl(_ v: UInt32) -> Bool {
        (v < 0x20 && v != 0x09 && v != 0x0A) || (0x7F...0x9F).contains(v)
    }

    private static func isFormat(_ v: UInt32) -> Bool {
        (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
