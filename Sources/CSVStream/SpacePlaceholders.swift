#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps libcsv from trimming spaces and tabs without the per-byte space
/// function.
///
/// libcsv trims spaces and tabs around unquoted fields (its inline space test,
/// `CLIBCSV_INLINE_SPACE` and `CLIBCSV_INLINE_TAB` in CLibCSV's shim.h) unless
/// given a space function, which it then calls for nearly every byte, and
/// exports have names with spaces in every row (what that cost:
/// docs/performance.md). Instead, a chunk's spaces and tabs are rewritten to
/// 0xFF and 0xFE before libcsv sees it: bytes that valid UTF-8 never holds and
/// libcsv treats as ordinary data, exactly as it treats spaces under a space
/// function that says "never a space". Each field is rewritten back as it is
/// handed over, so records hold the file's bytes.
///
/// A chunk that already holds 0xFF or 0xFE (a file in another encoding) is
/// fed as it is, with the space function where a line needs it. A field open
/// across chunks fed in both ways is rewritten back only where its bytes
/// came from a rewritten chunk.
struct SpacePlaceholders {
    static let space: UInt8 = 0xFF
    static let tab: UInt8 = 0xFE

    /// Rewrite spaces, and tabs, unless the delimiter is one of them.
    private let rewritesSpace: Bool
    private let rewritesTab: Bool
    private var scratch = UnsafeMutableRawBufferPointer(start: nil, count: 0)
    /// Whether the chunk being fed was rewritten.
    private(set) var rewriting = false
    /// For the field libcsv holds open across chunks: where each earlier
    /// chunk's part of it ends, and whether that chunk was rewritten.
    private var openFieldParts: [(end: Int, rewritten: Bool)] = []

    /// - Parameter enabled: false feeds every chunk as it is.
    init(delimiter: UInt8, enabled: Bool = true) {
        rewritesSpace = enabled && delimiter != 0x20
        rewritesTab = enabled && delimiter != 0x09
    }

    func deallocate() { scratch.deallocate() }

    /// The chunk to feed libcsv in place of `chunk`: rewritten when it has
    /// spaces or tabs to protect and no byte that could be mistaken for a
    /// placeholder, else `chunk` itself.
    ///
    /// - Parameter openField: the length so far of a field libcsv holds open
    ///   from the previous chunk, or nil.
    mutating func prepare(_ chunk: UnsafeRawBufferPointer, hasSpace: Bool, hasTab: Bool,
                          openField: Int?) -> UnsafeRawBufferPointer {
        let wanted = (rewritesSpace && hasSpace) || (rewritesTab && hasTab)
        let rewrite = wanted && !Self.holdsPlaceholder(chunk)
        if let openField, rewrite != rewriting { openFieldParts.append((openField, rewriting)) }
        rewriting = rewrite
        guard rewrite, let source = chunk.baseAddress else { return chunk }
        if scratch.count < chunk.count {
            scratch.deallocate()
            scratch = .allocate(byteCount: max(chunk.count, 1 << 20), alignment: 16)
        }
        let from = source.assumingMemoryBound(to: UInt8.self)
        let to = scratch.baseAddress!.assumingMemoryBound(to: UInt8.self)
        // Plain byte loops, which the compiler vectorizes.
        switch (rewritesSpace, rewritesTab) {
        case (true, true):
            for i in 0..<chunk.count {
                let byte = from[i]
                to[i] = byte == 0x20 ? Self.space : byte == 0x09 ? Self.tab : byte
            }
        case (true, false):
            for i in 0..<chunk.count { to[i] = from[i] == 0x20 ? Self.space : from[i] }
        default:
            for i in 0..<chunk.count { to[i] = from[i] == 0x09 ? Self.tab : from[i] }
        }
        return UnsafeRawBufferPointer(start: scratch.baseAddress, count: chunk.count)
    }

    /// How the field libcsv hands over now is to be rewritten back; resets
    /// the open-field parts for the next field.
    @inline(__always)
    mutating func takeFieldRestore() -> FieldRestore {
        guard !openFieldParts.isEmpty else { return rewriting ? .whole : .none }
        let parts = openFieldParts
        openFieldParts.removeAll(keepingCapacity: true)
        return .parts(parts + [(Int.max, rewriting)])
    }

    enum FieldRestore {
        /// Fed as it is.
        case none
        /// Every byte came from rewritten chunks: restored as it is copied.
        case whole
        /// A field open across chunks fed both ways: where each part ends
        /// and whether it was rewritten (the last part runs to the end).
        case parts([(end: Int, rewritten: Bool)])
    }

    /// Rewrites the placeholders of `field` back, in place, in the parts
    /// that were rewritten.
    static func restore(_ field: UnsafeMutablePointer<UInt8>, count: Int, parts: [(end: Int, rewritten: Bool)]) {
        var start = 0
        for part in parts {
            let end = min(part.end, count)
            if part.rewritten, end > start {
                for i in start..<end { field[i] = restored(field[i]) }
            }
            start = max(start, end)
        }
    }

    /// `word` with each 0xFF byte made a space and each 0xFE a tab (its
    /// bytes unchanged when it has neither).
    @inline(__always)
    static func restored(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        // Zero exactly in the bytes that are 0xFE or 0xFF.
        let t = (word & (ones &* 0xFE)) ^ (ones &* 0xFE)
        // 0x80 in each zero byte of `t`, without carries between bytes.
        let zero = ~(((t & (ones &* 0x7F)) &+ (ones &* 0x7F)) | t) & (ones &* 0x80)
        let lanes = (zero >> 7) &* 0xFF
        // 0xFF (low bit 1) → 0x09 + 0x17 = 0x20; 0xFE → 0x09.
        let replacement = (ones &* 0x09) &+ (word & ones) &* 0x17
        return (word & ~lanes) | (replacement & lanes)
    }

    /// `restored` of four bytes.
    @inline(__always)
    static func restored(_ word: UInt32) -> UInt32 {
        UInt32(truncatingIfNeeded: restored(UInt64(word)))
    }

    /// `restored` of one byte.
    @inline(__always)
    static func restored(_ byte: UInt8) -> UInt8 {
        byte < tab ? byte : byte == space ? 0x20 : 0x09
    }

    private static func holdsPlaceholder(_ chunk: UnsafeRawBufferPointer) -> Bool {
        guard let base = chunk.baseAddress else { return false }
        return memchr(base, Int32(space), chunk.count) != nil || memchr(base, Int32(tab), chunk.count) != nil
    }
}
