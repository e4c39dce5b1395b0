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
        // Built as bytes: a CSM digest's HTML part is hundreds of kilobytes.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        let from = Array("From ".utf8)
        var pieces = text.utf8.split(separator: 10, omittingEmptySubsequences: false)
        // The text's final newline leaves an empty last piece (or a lone CR): it ends the last line.
        if pieces.count > 1, pieces.last!.isEmpty || pieces.last!.elementsEqual([13]) { pieces.removeLast() }
        for rawLine in pieces {
            var bytes = Array(rawLine)
            if bytes.last == 13 { bytes.removeLast() }
            var lineLength = 0
            for (i, byte) in bytes.enumerated() {
                let atEnd = i == bytes.count - 1
                var encoded: Bool
                switch byte {
                case 9, 32: encoded = atEnd
                case 33...60, 62...126: encoded = false
                default: encoded = true
                }
                let width = encoded ? 3 : 1
                // Room for the soft-break `=` unless this is the line's last token.
                if lineLength + width > maxLine - (atEnd ? 0 : 1) {
                    out += [61, 13, 10]
                    lineLength = 0
                }
                if lineLength == 0 && (byte == 46 || bytes[i...].starts(with: from)) { encoded = true }
                if encoded {
                    out += [61, hexDigit(byte >> 4), hexDigit(byte & 15)]
                    lineLength += 3
                } else {
                    out.append(byte)
                    lineLength += 1
                }
            }
            out += [13, 10]
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 48 + nibble : 55 + nibble }

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
