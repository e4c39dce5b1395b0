@testable import Ingest
import OnboardingModel
import Testing

/// The byte-level account lookup the events ingest relies on.
@Suite struct EventsAccountIndexTests {
    private func accounts(_ ids: [String]) -> [OnboardedAccount] {
        ids.map {
            OnboardedAccount(accountID: $0, dealID: "D", accountName: "", segmentIndex: 0,
                             closeDate: day("2025-01-01"), acvCents: 0, handoffPresent: [], milestones: [])
        }
    }

    @Test func findsEveryIdAndNothingElse() {
        // Lengths around the 8-byte word the hash takes at a time; a multi-byte id; a prefix of another.
        let ids = ["A", "ACC-0001", "ACC-00001", "ACC-000001", "ACC-0000010", "Zürich-7", "0012345678901234567"]
        let index = AccountIDIndex(accounts(ids))
        for (position, id) in ids.enumerated() { #expect(index.position(of: id) == position, "\(id)") }
        for absent in ["", "a", "ACC-000", "ACC-0000011", "acc-0001", "Zurich-7", "00123456789012345678"] {
            #expect(index.position(of: absent) == nil, "\(absent)")
        }
    }

    @Test func manySequentialIdsAllResolve() {
        // The benchmark's id shape: collisions must not lose or confuse any.
        let ids = (1...200_000).map { "ACC-" + String(repeating: "0", count: 7 - String($0).count) + String($0) }
        let index = AccountIDIndex(accounts(ids))
        var misplaced = 0
        for (position, id) in ids.enumerated() where index.position(of: id) != position { misplaced += 1 }
        #expect(misplaced == 0)
        #expect(index.position(of: "ACC-0200001") == nil)
    }

    @Test func aHintIsOnlyAGuess() {
        let index = AccountIDIndex(accounts(["A1", "A2", "A10"]))
        var a10 = "A10", a1 = "A1", a2 = "A2", a3 = "A3"
        let found1 = a1.withUTF8 { index.find($0) }, found2 = a2.withUTF8 { index.find($0) }
        let found10 = a10.withUTF8 { index.find($0) }
        #expect(found1?.position == 0 && found2?.position == 1 && found10?.position == 2)
        #expect(a10.withUTF8 { index.find($0, hint: found10) } == found10)
        // A wrong hint, one naming a prefix of the id, or one the id is a prefix of, falls back to the table.
        #expect(a10.withUTF8 { index.find($0, hint: found1) }?.position == 2)
        #expect(a1.withUTF8 { index.find($0, hint: found10) }?.position == 0)
        #expect(a3.withUTF8 { index.find($0, hint: found2) } == nil)
    }

    @Test func noAccountsFindsNothing() {
        #expect(AccountIDIndex([]).position(of: "A1") == nil)
    }

    @Test(arguments: [("  A1\t", "A1"), ("A1", "A1"), (" \r\n", ""), ("", ""), ("a b", "a b")])
    func trimmedBytesTrimsLikeTrimmedField(_ raw: String, _ expected: String) {
        var raw = raw
        let trimmed = raw.withUTF8 { String(decoding: trimmedBytes($0), as: UTF8.self) }
        #expect(trimmed == expected)
        #expect(trimmed == trimmedField(raw))
    }
}
