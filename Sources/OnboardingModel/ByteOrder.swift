#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether `a` sorts before `b` in UTF-8 byte order (the order of account
/// and deal ids in the reports): one `memcmp`, not the UTF-8 view's element
/// by element walk, since ids are compared a million times a run.
public func bytesPrecede(_ a: String, _ b: String) -> Bool {
    var a = a, b = b
    return a.withUTF8 { a in
        b.withUTF8 { b in
            let shared = min(a.count, b.count)
            let order = shared == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, shared)
            return order != 0 ? order < 0 : a.count < b.count
        }
    }
}

/// A string's first 16 UTF-8 bytes as two big-endian words, zero-padded,
/// for sorting a million ids on integer compares instead of a string
/// compare each.
///
/// Keys that differ order their strings as `bytesPrecede` does. Equal keys
/// say nothing (the strings share their first 16 bytes, or differ only by
/// NUL bytes there): the caller breaks those ties with `bytesPrecede`, as
/// `bytesPrecede(_:_:in:keys:)` does.
public struct ByteSortKey: Comparable, Sendable {
    private let high: UInt64
    private let low: UInt64

    public init(_ text: String) {
        var text = text
        (high, low) = text.withUTF8 { bytes in
            var words: (UInt64, UInt64) = (0, 0)
            for (i, byte) in bytes.prefix(16).enumerated() {
                if i < 8 { words.0 |= UInt64(byte) << (56 - 8 * i) } else { words.1 |= UInt64(byte) << (56 - 8 * (i - 8)) }
            }
            return words
        }
    }

    public static func < (a: ByteSortKey, b: ByteSortKey) -> Bool { (a.high, a.low) < (b.high, b.low) }
}

/// Whether `texts[a]` sorts before `texts[b]` in UTF-8 byte order, on
/// `keys[a]` and `keys[b]` (`ByteSortKey` of each text) while they differ.
@inline(__always)
public func bytesPrecede(_ a: Int, _ b: Int, in texts: [String], keys: [ByteSortKey]) -> Bool {
    keys[a] != keys[b] ? keys[a] < keys[b] : bytesPrecede(texts[a], texts[b])
}
