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

    /// The upper half of the id's `byteHash`.
    private static func hash(_ id: String) -> UInt32 {
        UInt32(truncatingIfNeeded: byteHash(id) >> 32)
    }
}
