import CMemoryHints

/// Distinct byte strings (ids, names, spellings), each numbered in the order
/// it was first inserted: the one table ingest keys on bytes with, behind
/// `AccountIDIndex`, `AscendingIDSlots` and `SpellingCache`.
///
/// Open addressing over the keys' bytes, stored back to back. Each slot holds
/// the upper half of the key's `byteHash`, its number and where its bytes
/// are, so a probe that meets another key is told apart without reading that
/// key's bytes, and one that meets its key reads the bytes with nothing else
/// between (at a million keys, each of those reads is a cache miss, which
/// `prefetch` and `prefetchKey` start early). Lookups take the field's bytes
/// in place: a row costs no `String` and no allocation.
struct ByteKeyTable: Sendable {
    /// Every key's bytes, back to back, in number order.
    private var keyBytes: [UInt8] = []
    /// Per key: its start in `keyBytes` (upper 40 bits) and length (lower 24).
    private var spans: [UInt64] = []
    /// At most half full, so probe runs stay short.
    private var slots: [Slot]

    private struct Slot {
        /// Hash tag (upper 32 bits) and number + 1 (lower 32); 0 when empty.
        var tagged: UInt64 = 0
        /// Where the key's bytes are, as in `spans`.
        var span: UInt64 = 0
    }

    /// Keys longer than this are refused by `insert`; CSV fields are cut at 1 MiB.
    static let maxKeyLength = 1 << 24 - 1

    /// - Parameter capacity: how many keys to make room for before growing.
    init(capacity: Int = 0) {
        var size = 16
        while size < 2 * capacity { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
        spans.reserveCapacity(capacity)
    }

    /// How many keys the table holds.
    var count: Int { spans.count }

    /// The hash `index(of:hash:)` and `prefetch(hash:)` take: computed once
    /// when a row both prefetches and looks up.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { byteHash(bytes) }

    /// Where a lookup found its key: the key's number and where its bytes
    /// are, so that checking a later lookup against the same key (`matches`)
    /// reads only those bytes.
    struct Match: Sendable, Equatable {
        let number: Int
        fileprivate let span: UInt64
    }

    /// The number of the key equal to `bytes`, or nil.
    func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        match(of: bytes, hash: Self.hash(bytes))?.number
    }

    /// The key equal to `bytes`, whose `hash` the caller has, or nil.
    func match(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Match? {
        let tag = hash >> 32
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: tag) & mask
            while true {
                let entry = slots[slot]
                if entry.tagged == 0 { return nil }
                if entry.tagged >> 32 == tag, keyEquals(entry.span, bytes) {
                    return Match(number: Int(truncatingIfNeeded: entry.tagged & 0xFFFF_FFFF) - 1, span: entry.span)
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether `match`'s key is exactly `bytes`.
    func matches(_ match: Match, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool { keyEquals(match.span, bytes) }

    /// Asks the processor to bring the slot a lookup of `hash` starts at into
    /// cache, so that a lookup a few rows later does not wait for memory.
    @inline(__always)
    func prefetch(hash: UInt64) {
        slots.withUnsafeBufferPointer { slots in
            memory_prefetch(slots.baseAddress! + (Int(truncatingIfNeeded: hash >> 32) & (slots.count - 1)))
        }
    }

    /// After `prefetch(hash:)` has had time to work: asks for the bytes of the
    /// key the lookup's first slot names, when its tag matches.
    /// - Returns: that key's number, the lookup's likely answer, or nil.
    @inline(__always)
    @discardableResult
    func prefetchKey(hash: UInt64) -> Int? {
        let entry = slots.withUnsafeBufferPointer { $0[Int(truncatingIfNeeded: hash >> 32) & ($0.count - 1)] }
        guard entry.tagged >> 32 == hash >> 32, entry.tagged != 0 else { return nil }
        keyBytes.withUnsafeBufferPointer { memory_prefetch($0.baseAddress! + Int(entry.span >> 24)) }
        return Int(truncatingIfNeeded: entry.tagged & 0xFFFF_FFFF) - 1
    }

    /// The number of `bytes`, inserting it first when it is new.
    /// - Returns: the number and whether it was inserted.
    @discardableResult
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> (index: Int, inserted: Bool) {
        let hash = Self.hash(bytes)
        if let match = match(of: bytes, hash: hash) { return (match.number, false) }
        precondition(bytes.count <= Self.maxKeyLength, "ByteKeyTable key of \(bytes.count) bytes")
        if 2 * (count + 1) > slots.count { grow() }
        let index = count
        let span = UInt64(keyBytes.count) << 24 | UInt64(bytes.count)
        spans.append(span)
        keyBytes.append(contentsOf: bytes)
        place(Slot(tagged: (hash >> 32) << 32 | UInt64(index + 1), span: span))
        return (index, true)
    }

    /// The number of `key`, inserting it first when it is new.
    @discardableResult
    mutating func insert(_ key: String) -> (index: Int, inserted: Bool) {
        var key = key
        return key.withUTF8 { insert($0) }
    }

    /// The number of the key `key`, or nil.
    func index(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { index(of: $0) }
    }

    /// Calls `body` with the bytes of key number `index`.
    func withKey<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let span = spans[index]
        let start = Int(span >> 24), length = Int(span & 0xFF_FFFF)
        return keyBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<start + length])) }
    }

    @inline(__always)
    private func keyEquals(_ span: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(span & 0xFF_FFFF) == bytes.count else { return false }
        guard bytes.count > 0, let base = bytes.baseAddress else { return true }
        return keyBytes.withUnsafeBufferPointer { bytesEqual($0.baseAddress! + Int(span >> 24), base, bytes.count) }
    }

    private mutating func place(_ entry: Slot) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entry.tagged >> 32) & mask
        while slots[slot].tagged != 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    /// Doubles the slots; entries move by their stored tags, without rehashing keys.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: old.count * 2)
        for entry in old where entry.tagged != 0 { place(entry) }
    }
}

/// Whether `count` bytes at `a` and `b` are equal: eight at a time, since
/// ids and names are short and a `memcmp` call costs more than the compare.
@inline(__always)
func bytesEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    let a = UnsafeRawPointer(a), b = UnsafeRawPointer(b)
    var offset = 0
    while offset + 8 <= count {
        if a.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            != b.loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
        offset += 8
    }
    while offset < count {
        if a.load(fromByteOffset: offset, as: UInt8.self) != b.load(fromByteOffset: offset, as: UInt8.self) { return false }
        offset += 1
    }
    return true
}
