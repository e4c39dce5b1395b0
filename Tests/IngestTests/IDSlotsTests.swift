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
