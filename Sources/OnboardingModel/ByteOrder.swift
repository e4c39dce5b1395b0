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
