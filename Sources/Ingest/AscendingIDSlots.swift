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

    /// The slot of `id`; when it has none, records it at `newSlot` (the
    /// number of ids recorded before it) and returns nil. `idAt` gives the id
    /// the caller keeps at a slot.
    ///
    /// One call, so that a new id costs one probe of the table, not a
    /// lookup and then an insert.
    mutating func slot(of id: String, orRecordAt newSlot: Int, idAt: (Int) -> String) -> Int? {
        precondition(newSlot == count, "AscendingIDSlots takes slots in order")
        if table == nil {
            if let last {
                if id == last.id { return last.slot }
                if !bytesPrecede(last.id, id) {
                    var built = ByteKeyTable(capacity: 2 * count)
                    for slot in 0..<count { built.insert(idAt(slot)) }
                    table = built
                }
            }
            if table == nil {
                last = (id, newSlot)
                count += 1
                return nil
            }
        }
        let (index, inserted) = table!.insert(id)
        guard inserted else { return index }
        count += 1
        return nil
    }
}
