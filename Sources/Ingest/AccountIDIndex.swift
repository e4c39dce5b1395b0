import OnboardingModel

/// Finds an onboarded account's position from the raw bytes of an
/// `account_id` field, for the files that attach rows to accounts by the
/// million (events).
///
/// An open-addressing table over the ids' bytes, built once from the
/// accounts: a lookup hashes the field's bytes and compares them in place, so
/// a row costs no `String` and no allocation. Memory is about 20 bytes plus
/// the id's length per account.
struct AccountIDIndex: Sendable {
    /// Every account id's UTF-8 bytes, back to back, in account order.
    private let idBytes: [UInt8]
    /// End offset in `idBytes` of each account's id.
    private let idEnds: [Int]
    /// Account position + 1 per slot; 0 is an empty slot. Twice as many slots
    /// as accounts (a power of two) keeps probe runs short.
    private let slots: [Int32]
    private let mask: Int

    /// - Parameter accounts: unique ids (deals ingest guarantees it).
    init(_ accounts: [OnboardedAccount]) {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        ends.reserveCapacity(accounts.count)
        for account in accounts {
            bytes.append(contentsOf: account.accountID.utf8)
            ends.append(bytes.count)
        }
        var capacity = 16
        while capacity < 2 * accounts.count { capacity <<= 1 }
        var slots = [Int32](repeating: 0, count: capacity)
        bytes.withUnsafeBufferPointer { all in
            for position in ends.indices {
                let start = position == 0 ? 0 : ends[position - 1]
                var slot = Self.hash(UnsafeBufferPointer(rebasing: all[start..<ends[position]])) & (capacity - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
                slots[slot] = Int32(position + 1)
            }
        }
        self.idBytes = bytes
        self.idEnds = ends
        self.slots = slots
        self.mask = capacity - 1
    }

    /// The position in the accounts given to `init` of the account whose id is
    /// exactly `id`, or nil when there is none. The caller trims the field.
    ///
    /// - Parameter hint: a position to try first, such as the previous row's:
    ///   exports grouped by account then skip the table, whose probes are
    ///   cache misses at a million accounts. The position after it is tried
    ///   next, since exports sorted by account move on to the next one.
    func position(of id: UnsafeBufferPointer<UInt8>, hint: Int? = nil) -> Int? {
        idBytes.withUnsafeBufferPointer { all in
            if let hint {
                if holds(hint, id, all) { return hint }
                if hint + 1 < idEnds.count, holds(hint + 1, id, all) { return hint + 1 }
            }
            var slot = Self.hash(id) & mask
            while true {
                let entry = Int(slots[slot])
                if entry == 0 { return nil }
                if holds(entry - 1, id, all) { return entry - 1 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether the account at `position` has the id `id`.
    @inline(__always)
    private func holds(_ position: Int, _ id: UnsafeBufferPointer<UInt8>, _ all: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = position == 0 ? 0 : idEnds[position - 1]
        return idEnds[position] - start == id.count
            && (id.count == 0 || bytesEqual(all.baseAddress! + start, id.baseAddress!, id.count))
    }

    /// The position of the account whose id is `id` (already trimmed).
    func position(of id: String) -> Int? {
        var id = id
        return id.withUTF8 { position(of: $0) }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        Int(truncatingIfNeeded: byteHash(bytes))
    }
}

/// Whether `count` bytes at `a` and `b` are equal.
@inline(__always)
private func bytesEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    for i in 0..<count where a[i] != b[i] { return false }
    return true
}

/// `bytes` without surrounding spaces, tabs, CR or LF, as `trimmedField` trims.
func trimmedBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var lo = 0, hi = bytes.count
    while lo < hi, isFieldSpace(bytes[lo]) { lo += 1 }
    while hi > lo, isFieldSpace(bytes[hi - 1]) { hi -= 1 }
    return UnsafeBufferPointer(rebasing: bytes[lo..<hi])
}
