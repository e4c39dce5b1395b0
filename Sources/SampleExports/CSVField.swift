/// RFC 4180 encoding of one field, for the few sample columns whose text can hold
/// a comma, quote, CR or LF (names, handoff notes).
///
/// A local stand-in: `CSVStream.CSVWriter.encode` encodes whole records as Strings,
/// while the sample writer needs field bytes it can cache and append.
enum CSVField {
    static func encode(_ s: String) -> [UInt8] {
        let utf8 = Array(s.utf8)
        let needsQuotes = utf8.contains {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
        }
        guard needsQuotes else { return utf8 }
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(utf8.count + 4)
        for b in utf8 {
            if b == UInt8(ascii: "\"") { out.append(b) }
            out.append(b)
        }
        out.append(UInt8(ascii: "\""))
        return out
    }
}
