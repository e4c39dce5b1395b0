import Foundation

/// The transfer encodings summary.eml needs (RFC 2045, RFC 2047), written out
/// so their bytes are fixed and every line stays within 76 characters.
enum MIMEEncoding {
    static let maxLine = 76

    /// Quoted-printable (RFC 2045 §6.7) of UTF-8 text with CRLF line breaks.
    ///
    /// Line breaks in the text (LF or CRLF) become hard CRLF breaks; longer
    /// lines get soft `=` breaks. Besides what the RFC requires (`=`, bytes
    /// outside printable ASCII, whitespace before a break) a leading `.` and a
    /// leading `From ` are encoded too, so that neither a `sendmail` without
    /// `-i` nor an mbox file can mistake a body line for a marker.
    static func quotedPrintable(_ text: String) -> String {
        var lines: [String] = []
        // Split bytes, not Characters: Swift reads CRLF as one Character.
        for rawLine in text.utf8.split(separator: 10, omittingEmptySubsequences: false) {
            var bytes = Array(rawLine)
            if bytes.last == 13 { bytes.removeLast() }
            var line = ""
            for (i, byte) in bytes.enumerated() {
                let atEnd = i == bytes.count - 1
                var token: String
                switch byte {
                case 9, 32: token = atEnd ? hex(byte) : String(UnicodeScalar(byte))
                case 33...60, 62...126: token = String(UnicodeScalar(byte))
                default: token = hex(byte)
                }
                // Room for the soft-break `=` unless this is the line's last token.
                if line.utf8.count + token.utf8.count > maxLine - (atEnd ? 0 : 1) {
                    lines.append(line + "=")
                    line = ""
                }
                if line.isEmpty && (byte == 46 || bytes[i...].starts(with: Array("From ".utf8))) {
                    token = hex(byte)
                }
                line += token
            }
            lines.append(line)
        }
        // The text's final newline leaves an empty last piece: it ends the last line.
        if lines.count > 1, lines.last == "" { lines.removeLast() }
        return lines.map { $0 + "\r\n" }.joined()
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "=" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 15)])
    }

    /// A header value: as is when printable ASCII, else an RFC 2047 encoded
    /// word per up to 45 UTF-8 bytes (base64), never splitting a character.
    static func headerText(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 >= 32 && $0 < 127 }) else {
            var words: [String] = []
            var chunk: [UInt8] = []
            for character in text {
                let bytes = Array(String(character).utf8)
                if chunk.count + bytes.count > 45 {
                    words.append(encodedWord(chunk))
                    chunk = []
                }
                chunk += bytes
            }
            if !chunk.isEmpty { words.append(encodedWord(chunk)) }
            return words.joined(separator: "\r\n ")
        }
        return text
    }

    private static func encodedWord(_ bytes: [UInt8]) -> String {
        "=?utf-8?b?" + Data(bytes).base64EncodedString() + "?="
    }

    /// An unstructured header (`Subject: …`) folded at spaces so that each
    /// line stays within 78 columns where a space allows (RFC 5322 §2.2.3).
    static func folded(_ header: String) -> String {
        var lines: [Substring] = []
        var rest = Substring(header)
        while rest.count > 78, let space = rest.prefix(78).lastIndex(of: " "), space > rest.startIndex {
            lines.append(rest[..<space])
            rest = rest[space...]
        }
        lines.append(rest)
        return lines.joined(separator: "\r\n")
    }

    /// `name: a, b, c` folded before an item that would pass 76 characters.
    static func addressHeader(_ name: String, _ addresses: [String]) -> String {
        var out = name + ":"
        var lineLength = out.count
        for (i, address) in addresses.enumerated() {
            let item = " " + address + (i < addresses.count - 1 ? "," : "")
            if lineLength + item.count > maxLine && lineLength > name.count + 1 {
                out += "\r\n"
                lineLength = 0
            }
            out += item
            lineLength += item.count
        }
        return out
    }
}
