#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a few hundred distinct spellings of a field mean, looked up by the
/// field's bytes: a status or milestone name of a five-million-row file is
/// classified without making a `String` of it.
///
/// An open-addressing table over the spellings' bytes. Spellings past
/// `limit` (a file of all-different garbage) are worked out every time rather
/// than remembered, so memory stays bounded.
struct SpellingCache<Value: Sendable>: Sendable {
    /// Every remembered spelling's bytes, back to back.
    private var spellings: [UInt8] = []
    private var entries: [(start: Int, count: Int, value: Value)] = []
    /// Entry index + 1 per slot; 0 is empty. Four times `limit` slots keeps
    /// probe runs short.
    private var slots: [Int32]
    private let limit: Int

    init(limit: Int = 256) {
        self.limit = limit
        var capacity = 16
        while capacity < 4 * limit { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
    }

    /// The value remembered for `bytes`, or `compute(bytes)`, remembered.
    mutating func value(of bytes: UnsafeBufferPointer<UInt8>,
                        compute: (UnsafeBufferPointer<UInt8>) -> Value) -> Value {
        let mask = slots.count - 1
        var slot = Self.hash(bytes) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            if matches(entries[entry - 1], bytes) { return entries[entry - 1].value }
            slot = (slot + 1) & mask
        }
        let value = compute(bytes)
        if entries.count < limit {
            entries.append((spellings.count, bytes.count, value))
            spellings.append(contentsOf: bytes)
            slots[slot] = Int32(entries.count)
        }
        return value
    }

    /// The value remembered for `bytes`, if any.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        let mask = slots.count - 1
        var slot = Self.hash(bytes) & mask
        while slots[slot] != 0 {
            let entry = entries[Int(slots[slot]) - 1]
            if matches(entry, bytes) { return entry.value }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Remembers `value` for `bytes` (not yet remembered), while under `limit`.
    mutating func remember(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Value) {
        guard entries.count < limit else { return }
        let mask = slots.count - 1
        var slot = Self.hash(bytes) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        entries.append((spellings.count, bytes.count, value))
        spellings.append(contentsOf: bytes)
        slots[slot] = Int32(entries.count)
    }

    private func matches(_ entry: (start: Int, count: Int, value: Value), _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard entry.count == bytes.count else { return false }
        guard let base = bytes.baseAddress else { return true }
        return spellings.withUnsafeBufferPointer { memcmp($0.baseAddress! + entry.start, base, bytes.count) == 0 }
    }

    /// `byteHash`, folded: names such as a CSM's are looked up three times a deal.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let h = byteHash(bytes)
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }
}
