@testable import Ingest
import Testing

struct ByteKeyTableTests {
    @Test func numbersKeysInInsertionOrderAcrossGrowth() {
        // 5,000 keys outgrow the initial 16 slots many times; keys of 9 to 20
        // bytes cover the 8-byte blocks and the tail of the hash.
        let ids = (0..<5_000).map { $0.isMultiple(of: 2) ? "ACC-\($0)" : "customer-account-\($0)" }
        var table = ByteKeyTable()
        for (number, id) in ids.enumerated() {
            #expect(table.index(of: id) == nil)
            #expect(table.insert(id) == (number, true))
        }
        #expect(table.count == 5_000)
        for (number, id) in ids.enumerated() { #expect(table.index(of: id) == number) }
        #expect(table.insert(ids[42]) == (42, false))
        #expect(table.count == 5_000)
        #expect(table.index(of: "ACC-5000") == nil)
        #expect(table.index(of: "") == nil)
        #expect(table.withKey(4_999) { String(decoding: $0, as: UTF8.self) } == "customer-account-4999")
    }

    @Test func keysThatArePrefixesOrEmptyAreTheirOwnKeys() {
        var table = ByteKeyTable(capacity: 4)
        for key in ["", "A", "A1", "A10", "a1"] { table.insert(key) }
        #expect(["", "A", "A1", "A10", "a1", "A100"].map { table.index(of: $0) } == [0, 1, 2, 3, 4, nil])
    }

    @Test func bytesNeedNotBeUTF8() {
        var table = ByteKeyTable()
        let raw: [UInt8] = [0xFF, 0x00, 0xC3]
        raw.withUnsafeBufferPointer { _ = table.insert($0) }
        #expect(raw.withUnsafeBufferPointer { table.index(of: $0) } == 0)
        #expect([UInt8]([0xFF, 0x00]).withUnsafeBufferPointer { table.index(of: $0) } == nil)
    }
}

struct AscendingIDSlotsTests {
    /// Records `ids` in order the way the deals ingest does: look up, recorded when new.
    private func record(_ ids: [String]) -> (slots: AscendingIDSlots, found: [Int?], kept: [String]) {
        var slots = AscendingIDSlots()
        var kept: [String] = []
        var found: [Int?] = []
        for id in ids {
            let slot = slots.slot(of: id, orRecordAt: kept.count, idAt: { kept[$0] })
            found.append(slot)
            if slot == nil { kept.append(id) }
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
