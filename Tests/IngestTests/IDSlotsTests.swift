@testable import Ingest
import Testing

struct IDSlotsTests {
    @Test func findsEveryInsertedIDAcrossGrowth() {
        // 5,000 ids outgrow the initial 1,024 slots several times; ids of 9 to
        // 20 bytes cover the 8-byte blocks and the tail of the hash.
        let ids = (0..<5_000).map { $0.isMultiple(of: 2) ? "ACC-\($0)" : "customer-account-\($0)" }
        var slots = IDSlots()
        for (slot, id) in ids.enumerated() {
            #expect(slots.slot(of: id, idAt: { ids[$0] }) == nil)
            slots.insert(id, slot: slot)
        }
        for (slot, id) in ids.enumerated() { #expect(slots.slot(of: id, idAt: { ids[$0] }) == slot) }
        #expect(slots.slot(of: "ACC-5000", idAt: { ids[$0] }) == nil)
        #expect(slots.slot(of: "", idAt: { ids[$0] }) == nil)
    }
}

struct AscendingIDSlotsTests {
    /// Records `ids` in order the way the deals ingest does: look up, insert when new.
    private func record(_ ids: [String]) -> (slots: AscendingIDSlots, found: [Int?], kept: [String]) {
        var slots = AscendingIDSlots()
        var kept: [String] = []
        var found: [Int?] = []
        for id in ids {
            let slot = slots.slot(of: id, idAt: { kept[$0] })
            found.append(slot)
            if slot == nil {
                slots.insert(id, slot: kept.count)
                kept.append(id)
            }
        }
        return (slots, found, kept)
    }

    @Test func ascendingIdsNeedNoTableAndARepeatOfTheLastIsFound() {
        let r = record(["A1", "A2", "A2", "B", "b"])
        #expect(r.found == [nil, nil, 1, nil, nil])
        #expect(r.slots.isAscending)
    }

    @Test func theFirstIdOutOfOrderFindsEveryEarlierId() {
        // "A10" sorts before "A9" in bytes; then a repeat of the first id.
        let r = record(["A1", "A9", "A10", "A1", "A9", "C", "A10", "B"])
        #expect(r.found == [nil, nil, nil, 0, 1, nil, 2, nil])
        #expect(r.kept == ["A1", "A9", "A10", "C", "B"])
        #expect(!r.slots.isAscending)
    }

    @Test func aLaterRepeatOfAnEarlierIdIsFoundEvenWhileIdsAscendAgain() {
        var ids = (0..<3000).map { "ACC-" + String(100_000 + $0) }
        ids.insert("ACC-100005", at: 2500)
        let r = record(ids)
        #expect(r.found.compactMap { $0 } == [5])
        #expect(r.kept.count == 3000)
    }
}
