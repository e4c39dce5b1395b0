/// A string id → its slot in an array the caller keeps (account_id → slot in
/// `AccountBook`, deal_id → its first line): an open-addressing table over the
/// ids' bytes, cheaper than `Dictionary<String, Int>` for a million short ids
/// (no SipHash, 8 bytes a slot) and rebuilt from stored hashes as it grows.
struct IDSlots {
    /// Per table slot: the id's hash (upper half) and slot + 1 (lower
    /// half); 0 is empty.
    private var table = [UInt64](repeating: 0, count: 1024)
    private var count = 0

    /// The slot of `id`, or nil; `idAt` gives the id the caller keeps at a slot.
    func slot(of id: String, idAt: (Int) -> String) -> Int? {
        let hash = Self.hash(id)
        let mask = table.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while table[index] != 0 {
            let entry = table[index]
            if entry >> 32 == UInt64(hash), idAt(Int(entry & 0xFFFF_FFFF) - 1) == id {
                return Int(entry & 0xFFFF_FFFF) - 1
            }
            index = (index + 1) & mask
        }
        return nil
    }

    /// Records that `id`, not yet present, is at `slot`.
    mutating func insert(_ id: String, slot: Int) {
        if 2 * (count + 1) > table.count { grow() }
        place(UInt64(Self.hash(id)) << 32 | UInt64(slot + 1))
        count += 1
    }

    private mutating func place(_ entry: UInt64) {
        let mask = table.count - 1
        var index = Int(truncatingIfNeeded: entry >> 32) & mask
        while table[index] != 0 { index = (index + 1) & mask }
        table[index] = entry
    }

    private mutating func grow() {
        let old = table
        table = [UInt64](repeating: 0, count: old.count * 2)
        for entry in old where entry != 0 { place(entry) }
    }

    /// A 32-bit multiply-xorshift hash of the id's UTF-8, eight bytes at a time.
    private static func hash(_ id: String) -> UInt32 {
        var id = id
        return id.withUTF8 { bytes in
            var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
            var offset = 0
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                while offset + 8 <= bytes.count {
                    h = mix(h ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                    offset += 8
                }
            }
            var tail: UInt64 = 0
            while offset < bytes.count {
                tail = tail << 8 | UInt64(bytes[offset])
                offset += 1
            }
            return UInt32(truncatingIfNeeded: mix(h ^ tail) >> 32)
        }
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 31
        x = x &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 29)
    }
}
