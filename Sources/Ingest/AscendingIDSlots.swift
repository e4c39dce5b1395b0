import OnboardingModel

/// Id → slot (deal_id → its first line, account_id → its place in
/// `AccountBook`) that costs nothing while ids arrive in ascending byte order.
///
/// CRM exports are often sorted by id, or by a date that follows it: while
/// each new id sorts after the last one it cannot repeat an earlier one, so
/// no table is kept. The first id out of order builds a `ByteKeyTable` from
/// the ids so far, and the table answers from then on. Slots are given in
/// order (0, 1, 2, …), so a slot is its id's number in the table.
struct AscendingIDSlots {
    private var table: ByteKeyTable?
    private var last: (id: String, slot: Int)?
    /// Ids recorded so far.
    private var count = 0

    /// Whether every id so far arrived after the one before it in byte order:
    /// the caller's array is then already sorted by id.
    var isAscending: Bool { table == nil }

    /// The slot of `id`, or nil; `idAt` gives the id the caller keeps at a slot.
    mutating func slot(of id: String, idAt: (Int) -> String) -> Int? {
        if table == nil {
            guard let last else { return nil }
            if id == last.id { return last.slot }
            if bytesPrecede(last.id, id) { return nil }
            var built = ByteKeyTable(capacity: 2 * count)
            for slot in 0..<count { built.insert(idAt(slot)) }
            table = built
        }
        return table!.index(of: id)
    }

    /// Records that `id`, not yet present (`slot(of:)` said nil), is at `slot`,
    /// the number of ids recorded before it.
    mutating func insert(_ id: String, slot: Int) {
        precondition(slot == count, "AscendingIDSlots takes slots in order")
        count += 1
        if table == nil {
            last = (id, slot)
        } else {
            table!.insert(id)
        }
    }
}
